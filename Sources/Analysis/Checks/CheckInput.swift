import Claims

/// The claims for the consistency checks, taken batch by batch as a store hands them over: the index of levels
/// grows with every batch, so it is ready when the last one has been read instead of being built afterwards.
public struct CheckInput: Sendable {
    private var index: LevelIndex
    private var runs: [ArraySlice<StoredClaim>] = []
    /// How many claims are expected in all (0: unknown), to size the index by once the first batch is in.
    private let expectedClaims: Int

    /// Claims taken batch by batch; `expectedClaims`, when known, is how many will come in all.
    public init(reference: [ReferenceValue], expectedClaims: Int = 0) {
        index = LevelIndex(reference: reference)
        self.expectedClaims = expectedClaims
    }

    /// All of `claims` at once, cut into `pieces` batches so that their claim-by-claim checks can run side by side.
    public init(claims: [StoredClaim], reference: [ReferenceValue], pieces: Int = 1) {
        self.init(reference: reference)
        let size = max(1, (claims.count + max(1, pieces) - 1) / max(1, pieces))
        for start in stride(from: 0, to: claims.count, by: size) { add(claims[start..<min(start + size, claims.count)]) }
    }

    /// Adds the next batch of claims, in store order.
    public mutating func add(_ batch: ArraySlice<StoredClaim>) {
        index.add(batch)
        runs.append(batch)
        // The first batch tells how many series a claim brings; a dictionary left to grow as it fills rehashes every
        // key each time it doubles, which on a large store cost more than the rest of the index.
        if runs.count == 1, !batch.isEmpty, expectedClaims > batch.count {
            index.reserve(scale: Double(expectedClaims) / Double(batch.count))
        }
    }

    /// The check families over everything added: same-level checks over the index, and the claim-by-claim
    /// checks one task per batch. Each kind of finding comes from exactly one family, and a family's batches come in
    /// claim order, so joining the results in the order given keeps every kind's findings in the order found.
    public func families() -> [@Sendable () -> [Finding]] {
        let index = self.index
        var work: [@Sendable () -> [Finding]] = [{ LevelChecks.sameLevel(index) }]
        work += runs.map { run in { @Sendable in TargetChecks.findings(run, index) } }
        work += runs.map { run in { @Sendable in RelativeChecks.findings(run, index) + ShareChecks.findings(run, index) } }
        work += runs.map { run in { @Sendable in LevelChecks.forecastVsOutcome(run, index) } }
        // The one place where evidence strength is judged: every family's findings pass through it.
        return work.map { family in { @Sendable in EvidenceStrength.judged(family()) } }
    }
}
