import ArgumentParser
import Claims
import Foundation
import Pipeline

extension YardstickCommand {
    /// `yardstick ingest`: extract and store documents; unchanged ones are skipped, changed ones replaced.
    struct Ingest: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ingest",
            abstract: "Extract claims from documents and keep them in the database (one transaction per document).")

        @Argument(help: "Files or folders (.txt, .md; recursive), or - for standard input.")
        var paths: [String] = []

        @Option(help: "Input format: text or jsonl.")
        var input: InputFormat = .text

        @Option(help: "Publication date YYYY-MM-DD for every document (supplies or overrides front matter).")
        var published: String?

        @OptionGroup var store: StoreOptions

        func validate() throws {
            if let p = published, Day(p) == nil {
                throw ValidationError("--published must be a date written YYYY-MM-DD, not '\(p)'")
            }
        }

        func run() throws {
            let job = IngestJob(paths: paths, reader: DocumentReader(format: input, published: published.flatMap { Day($0) }))
            let summary: IngestJob.Summary
            do {
                let db = try store.open(for: .readWrite)
                summary = try job.run(into: db, report: StandardStreams.diagnostic, progress: StandardStreams.progress)
            } catch {
                StandardStreams.error("\(error)")
                throw ExitCode(1)
            }
            StandardStreams.out(summary.description + "\n")
            if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
        }
    }
}
