import Claims
import Store

/// The claims for the consistency checks, taken batch by batch as a store hands them over: the index of levels
/// grows with every batch, so it is ready when the last one has been read instead of being built afterwards.
public struct CheckInput: Sendable {
    private var index: LevelIndex
    private var runs: [ArraySlice<StoredClaim>] = []

    public init(reference: [ReferenceValue]) {
        index = LevelIndex(reference: reference)
    }

    /// Adds the next batch of claims, in store order.
    public mutating func add(_ batch: [StoredClaim]) {
        index.add(batch[...])
        runs.append(batch[...])
    }

    /// The check families over everything added, one task per batch for the claim-by-claim checks (see
    /// `ConsistencyChecks.families`).
    public func families() -> [@Sendable () -> [Finding]] {
        ConsistencyChecks.families(runs: runs, index: index)
    }
}
