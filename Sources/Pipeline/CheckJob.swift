import Analysis
import Claims
import Dispatch
import Reports
import Store

/// The `check` command's job: every consistency check over the stored claims and reference series, the
/// findings written in order as they are formatted.
public struct CheckJob: Sendable {
    public var format: ClaimFormat
    /// The severity from which the run ends with exit code 3; nil never does.
    public var failOn: Severity?
    /// Claims read from the store at once; also the claims one check task works through.
    public var batch: Int

    public init(format: ClaimFormat, failOn: Severity?, batch: Int = 16_384) {
        self.format = format
        self.failOn = failOn
        self.batch = max(1, batch)
    }

    /// The severities `--fail-on` and `fail_on` take.
    public static let failOnChoices: [Severity] = [.tension, .conflict]

    /// 3 when a finding is at least `failOn` severe, else 0: what `check` and `run` exit with, for cron.
    static func exitCode(_ findings: some Sequence<Finding>, failOn: Severity?) -> Int32 {
        exitCode(worst: findings.lazy.map(\.severity).max(), failOn: failOn)
    }

    /// 3 when `worst` is at least `failOn`, else 0.
    static func exitCode(worst: Severity?, failOn: Severity?) -> Int32 {
        guard let failOn, let worst, worst >= failOn else { return 0 }
        return 3
    }

    /// Runs the checks against `store`; `write` gets the output as UTF-8, in order. Returns the exit code.
    public func run(store: any ClaimStore, write: ([UInt8]) -> Void) throws(StoreError) -> Int32 {
        // The index of levels is built batch by batch on another thread while the store is still being read.
        let fold = SerialFold(CheckInput(reference: try store.referenceValues(), expectedClaims: try store.counts().claims))
        try store.claims(matching: ClaimFilter(), batchesOf: batch) { batch in fold.send { $0.add(batch[...]) } }
        let input = fold.finish()
        let worst: Severity?
        switch format {
        case .table:
            let findings = ConsistencyChecks.run(input, runner: ParallelMap.all).ordered
            write(Array(FindingTable.text(findings).utf8))
            worst = findings.lazy.map(\.severity).max()
        case .csv, .jsonl:
            // Each check task formats its own findings as it makes them, sorted into the report's ranks; the
            // output is then each rank of every task in turn. No finding outlives its task: a large store has
            // hundreds of thousands, and keeping them all for a sort cost more than making them.
            let families = input.families()
            let format = self.format
            let parts = ParallelMap.map(families.count) { RankedText(families[$0](), format: format) }
            // The claims and their index are freed on another thread while the output is written.
            let leftovers = (consume input, consume families)
            DispatchQueue.global().async { withExtendedLifetime(leftovers) {} }
            if format == .csv { write(FindingTable.csvHeader()) }
            for rank in 0..<ConsistencyChecks.ranks {
                for part in parts where !part.texts[rank].isEmpty { write(part.texts[rank]) }
            }
            worst = parts.lazy.compactMap(\.worst).max()
        }
        return CheckJob.exitCode(worst: worst, failOn: failOn)
    }
}

/// One check task's findings as output text, one buffer per rank of the report order
/// (`ConsistencyChecks.rank`), and the most serious severity among them.
struct RankedText: Sendable {
    var texts: [[UInt8]]
    var worst: Severity?

    init(_ findings: [Finding], format: ClaimFormat) {
        var members = [[Int]](repeating: [], count: ConsistencyChecks.ranks)
        var worst: Severity?
        // Two fields read, not the finding: a copy of a finding is a dozen reference counts.
        for i in findings.indices {
            let severity = findings[i].severity
            members[ConsistencyChecks.rank(severity, findings[i].kind)].append(i)
            worst = max(worst ?? severity, severity)
        }
        texts = members.map { indices in
            guard !indices.isEmpty else { return [] }
            return format == .csv ? FindingTable.csvRows(findings, at: indices) : FindingTable.jsonlRows(findings, at: indices)
        }
        self.worst = worst
    }
}
