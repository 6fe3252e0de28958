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
        guard let failOn, findings.contains(where: { $0.severity >= failOn }) else { return 0 }
        return 3
    }

    /// Runs the checks against `store`; `write` gets the output text, in order. Returns the exit code.
    public func run(store: any ClaimStore, write: (String) -> Void) throws(StoreError) -> Int32 {
        // The index of levels is built batch by batch on another thread while the store is still being read.
        let input = SerialFold(CheckInput(reference: try store.referenceValues()))
        try store.claims(matching: ClaimFilter(), batchesOf: batch) { batch in input.send { $0.add(batch[...]) } }
        let result = ConsistencyChecks.run(input.result(), runner: ParallelMap.all)
        // csv and jsonl are written in order straight from where each check task left its findings.
        let places = result.places
        let findings = places.lazy.map { result[$0] }
        switch format {
        case .table:
            write(FindingTable.text(Array(findings)))
        case .csv, .jsonl:
            // A large store has hundreds of thousands of findings: each round formats one chunk per core.
            let chunks = stride(from: 0, to: max(places.count, 1), by: CheckJob.chunk).map {
                $0..<min($0 + CheckJob.chunk, places.count)
            }
            let format = self.format
            var next = 0
            while next < chunks.count {
                let round = Array(chunks[next..<min(next + ParallelMap.workers, chunks.count)])
                let texts = ParallelMap.map(round.count) { i in
                    let rows = places[round[i]].lazy.map { result[$0] }
                    return format == .csv ? FindingTable.csv(rows, header: round[i].lowerBound == 0) : FindingTable.jsonl(rows)
                }
                texts.forEach(write)
                next += round.count
            }
        }
        return CheckJob.exitCode(result.parts.joined(), failOn: failOn)
    }
}
