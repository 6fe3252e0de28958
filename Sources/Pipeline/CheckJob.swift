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

    /// What one run found.
    public struct Summary: Sendable, Equatable {
        public var findings = 0
        public var worst: Severity?
        /// 3 when a finding reached the `--fail-on` severity, else 0.
        public var exitCode: Int32 = 0
    }

    /// Runs the checks against `store`; `write` gets the output text, in order.
    public func run(store: SQLiteStore, write: (String) -> Void) throws(StoreError) -> Summary {
        let findings = ParallelMap.findings(claims: try store.claims(matching: ClaimFilter()), reference: try store.referenceValues())
        var summary = Summary(findings: findings.count, worst: findings.map(\.severity).max())
        if let failOn, let worst = summary.worst, worst >= failOn { summary.exitCode = 3 }
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
        return summary
    }
}
