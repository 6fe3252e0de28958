import ArgumentParser
import Claims
import Pipeline

extension YardstickCommand {
    /// `yardstick series`: stated levels as series points, with a consensus and whether the sources disagree.
    struct SeriesCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "series",
            abstract: "One row per entity × metric × period of levels, stated or implied: values, consensus, sources, disagreement.")

        @Option(help: "Only this entity (case and spacing ignored).") var entity: String?
        @Option(help: "Only this metric.") var metric: String?
        @Option(help: "Output format: table, csv or jsonl.") var format: ClaimFormat = .table
        @Flag(help: "Only levels a document states, not those implied by a change or multiple.") var statedOnly = false
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if let m = metric, Metric(rawValue: m) == nil { throw ValidationError("unknown metric '\(m)'") }
        }

        func run() throws {
            let job = SeriesJob(entity: entity, metric: metric.flatMap(Metric.init(rawValue:)), statedOnly: statedOnly, format: format)
            do {
                StandardStreams.out(try job.run(store: try store.open(for: .readOnly)))
            } catch {
                StandardStreams.error("\(error)")
                throw ExitCode(1)
            }
        }
    }
}
