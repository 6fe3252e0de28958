import Analysis
import ArgumentParser
import Claims
import Pipeline
import Reports
import Store

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
            if let f = failOn, f != "tension", f != "conflict" { throw ValidationError("--fail-on takes tension or conflict") }
        }

        func run() throws {
            let findings: [Finding]
            do {
                let db = try SQLiteStore(path: store.path)
                findings = ConsistencyChecks.run(claims: try db.claims(matching: ClaimFilter()), reference: try db.referenceValues())
            } catch {
                StandardStreams.error("\(error)")
                throw ExitCode(1)
            }
            // Written in chunks: a large store has hundreds of thousands of findings.
            switch format {
            case .table: StandardStreams.out(FindingTable.text(findings))
            case .csv, .jsonl:
                var start = 0
                repeat {
                    let chunk = findings[start..<min(start + 5000, findings.count)]
                    StandardStreams.out(format == .csv ? FindingTable.csv(chunk, header: start == 0) : FindingTable.jsonl(chunk))
                    start += 5000
                } while start < findings.count
            }
            if let threshold = failOn.flatMap(Severity.init(rawValue:)), findings.contains(where: { $0.severity >= threshold }) {
                throw ExitCode(3)
            }
        }
    }
}
