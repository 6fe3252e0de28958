import ArgumentParser
import Pipeline

extension YardstickCommand {
    /// `yardstick import-reference`: official series from a CSV, all rows or none.
    struct ImportReference: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import-reference",
            abstract: "Import official figures from a CSV (entity, metric, period, value, unit; optional source, note, url).")

        @Argument(help: "The CSV file.") var file: String
        @Option(help: "The name to keep these rows under; importing the same name again replaces them.") var source: String
        @OptionGroup var store: StoreOptions

        func run() throws {
            do {
                let db = try store.open(for: .readWrite)
                let summary = try ImportReferenceJob(path: file, dataset: source).run(into: db)
                StandardStreams.out(summary.description + "\n")
            } catch {
                StandardStreams.error("\(error)")
                throw ExitCode(1)
            }
        }
    }
}
