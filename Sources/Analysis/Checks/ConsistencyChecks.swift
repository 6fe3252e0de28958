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
        let kindOrder = Dictionary(uniqueKeysWithValues: FindingKind.allCases.enumerated().map { ($1, $0) })
        return all.enumerated().sorted { a, b in
            if a.element.severity != b.element.severity { return a.element.severity > b.element.severity }
            let ka = kindOrder[a.element.kind]!, kb = kindOrder[b.element.kind]!
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
    }
}
