import Claims
import Dispatch
import Store

/// Runs every consistency check over stored claims and reference values, series by series.
public enum ConsistencyChecks {
    /// All findings, the most serious first.
    public static func run(claims: [StoredClaim], reference: [ReferenceValue]) -> [Finding] {
        let index = LevelIndex(claims: claims, reference: reference)
        // The check families are independent: they run side by side, and their findings are joined in this order.
        let families: [@Sendable () -> [Finding]] = [
            { TargetChecks.findings(claims, index) },
            { RelativeChecks.findings(claims, index) + ShareChecks.findings(claims, index) },
            { LevelChecks.sameLevel(index) + LevelChecks.forecastVsOutcome(claims, index) },
        ]
        let results = FamilyResults(count: families.count)
        DispatchQueue.concurrentPerform(iterations: families.count) { results.put(families[$0](), at: $0) }
        let all = results.take(1) + results.take(2) + results.take(0)
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

/// One slot per check family, each written by exactly one thread and read after all of them finished.
private final class FamilyResults: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<[Finding]>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = UnsafeMutablePointer<[Finding]>.allocate(capacity: count)
        slots.initialize(repeating: [], count: count)
    }

    func put(_ findings: [Finding], at i: Int) { slots[i] = findings }

    func take(_ i: Int) -> [Finding] { slots[i] }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
}
