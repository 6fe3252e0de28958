import Analysis
import Claims
import Reports
import Store

/// The `check` command's job: every consistency check over the stored claims and reference series, the
/// findings written in order as they are formatted.
public struct CheckJob: Sendable {
    public var format: ClaimFormat
    /// The severity from which the run ends with exit code 3; nil never does.
    public var failOn: Severity?

    /// Findings formatted at once, per thread; the output is written one chunk after another.
    static let chunk = 5000

    public init(format: ClaimFormat, failOn: Severity?) {
        self.format = format
        self.failOn = failOn
    }

    /// The severities `--fail-on` and `fail_on` take.
    public static let failOnChoices: [Severity] = [.tension, .conflict]

    /// 3 when a finding is at least `failOn` severe, else 0: what `check` and `run` exit with, for cron.
    static func exitCode(_ findings: [Finding], failOn: Severity?) -> Int32 {
        guard let failOn, findings.contains(where: { $0.severity >= failOn }) else { return 0 }
        return 3
    }

    /// Runs the checks against `store`; `write` gets the output text, in order. Returns the exit code.
    public func run(store: SQLiteStore, write: (String) -> Void) throws(StoreError) -> Int32 {
        let findings = ParallelMap.findings(claims: try store.claims(matching: ClaimFilter()), reference: try store.referenceValues())
        switch format {
        case .table:
            write(FindingTable.text(findings))
        case .csv, .jsonl:
            // A large store has hundreds of thousands of findings: each round formats one chunk per core.
            let chunks = stride(from: 0, to: max(findings.count, 1), by: CheckJob.chunk).map {
                $0..<min($0 + CheckJob.chunk, findings.count)
            }
            let format = self.format
            var next = 0
            while next < chunks.count {
                let round = Array(chunks[next..<min(next + ParallelMap.workers, chunks.count)])
                let texts = ParallelMap.map(round.count) { i in
                    format == .csv ? FindingTable.csv(findings[round[i]], header: round[i].lowerBound == 0)
                        : FindingTable.jsonl(findings[round[i]])
                }
                texts.forEach(write)
                next += round.count
            }
        }
        return CheckJob.exitCode(findings, failOn: failOn)
    }
}
