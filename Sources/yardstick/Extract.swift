import ArgumentParser
import Claims
import Extraction
import Foundation
import Pipeline

extension YardstickCommand {
    /// `yardstick extract`: a pure filter from documents to claims.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract: "Print the claims found in documents (files, folders, or - for standard input).")

        @Argument(help: "Files or folders (.txt, .md; recursive), or - for standard input.")
        var paths: [String] = []

        @Option(help: "Output format: jsonl, csv or table.")
        var format: ClaimFormat = .jsonl

        @Option(help: "Input format: text (files with optional front matter) or jsonl ({\"id\",\"published\",\"text\"} a line).")
        var input: InputFormat = .text

        @Option(help: "Publication date YYYY-MM-DD for every document (supplies or overrides front matter).")
        var published: String?

        @Flag(help: "Print every amount, percentage, tonnage and count, the rest as other:SLUG.")
        var all = false

        @Flag(help: "Add to each JSON Lines record a \"why\" object: the words or rules that decided its entity, metric, kind, period and bound.")
        var explain = false

        func validate() throws {
            if let p = published, Day(p) == nil {
                throw ValidationError("--published must be a date written YYYY-MM-DD, not '\(p)'")
            }
        }

        func run() throws {
            let job = ExtractJob(paths: paths, reader: DocumentReader(format: input, published: published.flatMap { Day($0) }),
                                 format: format, options: ExtractionOptions(includeOther: all, explain: explain))
            let summary = job.run(writeBytes: StandardStreams.out(bytes:), report: StandardStreams.diagnostic)
            if summary.exitCode != 0 { throw ExitCode(summary.exitCode) }
        }
    }
}

extension ClaimFormat: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}
