import Analysis
import ArgumentParser
import Claims
import Pipeline

extension YardstickCommand {
    /// `yardstick check`: consistency checks over the stored claims and reference series.
    struct CheckCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check stored claims against each other and the reference series; exit 3 with --fail-on when findings reach it.")

        @Option(help: "Exit with code 3 when a finding is at least this severe: tension or conflict.") var failOn: String?
        @Option(help: "Output format: table (text), csv or jsonl.") var format: ClaimFormat = .table
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if let f = failOn, !CheckJob.failOnChoices.contains(where: { $0.rawValue == f }) {
                throw ValidationError("--fail-on takes tension or conflict")
            }
        }

        func run() throws {
            let job = CheckJob(format: format, failOn: failOn.flatMap(Severity.init(rawValue:)))
            let exitCode: Int32
            do {
                exitCode = try job.run(store: try store.open(for: .readOnly), write: { StandardStreams.out(bytes: $0) })
            } catch {
                StandardStreams.error("\(error)")
                throw ExitCode(1)
            }
            if exitCode != 0 { throw ExitCode(exitCode) }
        }
    }
}
