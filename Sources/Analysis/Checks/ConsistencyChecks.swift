import Claims
import Store

/// Runs every consistency check over stored claims and reference values, series by series.
public enum ConsistencyChecks {
    /// The check families over one index of levels: independent of each other, so a caller may run them on
    /// separate threads. Each kind of finding comes from exactly one family.
    public static func families(claims: [StoredClaim], reference: [ReferenceValue]) -> [@Sendable () -> [Finding]] {
        let index = LevelIndex(claims: claims, reference: reference)
        return [
            { TargetChecks.findings(claims, index) },
            { RelativeChecks.findings(claims, index) + ShareChecks.findings(claims, index) },
            { LevelChecks.sameLevel(index) + LevelChecks.forecastVsOutcome(claims, index) },
        ]
    }

    /// Findings most serious first; within a severity, by check and then in the (deterministic) order found.
    /// Bucketed rather than sorted: findings are large values and there can be hundreds of thousands.
    public static func ordered(_ findings: some Sequence<Finding>) -> [Finding] {
        var buckets = [[Finding]](repeating: [], count: Severity.allCases.count * FindingKind.allCases.count)
        let kinds = FindingKind.allCases, severities = Array(Severity.allCases.reversed())
        for f in findings {
            let s = severities.firstIndex(of: f.severity)!, k = kinds.firstIndex(of: f.kind)!
            buckets[s * kinds.count + k].append(f)
        }
        return buckets.flatMap { $0 }
    }

    /// All findings, the most serious first, the families run one after another.
    public static func run(claims: [StoredClaim], reference: [ReferenceValue]) -> [Finding] {
        ordered(families(claims: claims, reference: reference).lazy.flatMap { $0() })
    }
}
