import Claims
import Store

/// Runs every consistency check over stored claims and reference values, series by series.
public enum ConsistencyChecks {
    /// All findings, the most serious first.
    public static func run(claims: [StoredClaim], reference: [ReferenceValue]) -> [Finding] {
        let index = LevelIndex(claims: claims, reference: reference)
        let all = RelativeChecks.findings(claims, index) + ShareChecks.findings(claims, index)
            + LevelChecks.sameLevel(index) + LevelChecks.forecastVsOutcome(claims, index) + TargetChecks.findings(claims, index)
        return all.sorted { a, b in
            if a.severity != b.severity { return a.severity > b.severity }
            return (a.kind.rawValue, a.subject, a.message) < (b.kind.rawValue, b.subject, b.message)
        }
    }
}
