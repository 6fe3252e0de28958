import Claims
import Store

/// Runs every consistency check over stored claims and reference values, series by series.
public enum ConsistencyChecks {
    /// All findings, the most serious first.
    public static func run(claims: [StoredClaim], reference: [ReferenceValue]) -> [Finding] {
        let index = LevelIndex(claims: claims, reference: reference)
        let all = RelativeChecks.findings(claims, index) + ShareChecks.findings(claims, index)
            + LevelChecks.sameLevel(index) + LevelChecks.forecastVsOutcome(claims, index) + TargetChecks.findings(claims, index)
        // Most serious first; within a severity, by check and then in the (deterministic) order found.
        // Bucketed rather than sorted: findings are large values and there can be hundreds of thousands.
        var buckets = [[Finding]](repeating: [], count: Severity.allCases.count * FindingKind.allCases.count)
        let kinds = FindingKind.allCases, severities = Array(Severity.allCases.reversed())
        for f in all {
            let s = severities.firstIndex(of: f.severity)!, k = kinds.firstIndex(of: f.kind)!
            buckets[s * kinds.count + k].append(f)
        }
        return buckets.flatMap { $0 }
    }
}
