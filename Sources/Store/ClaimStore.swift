import Claims

/// Where claims and reference series are kept: one SQLite file (the embedded default) or a shared PostgreSQL
/// database. Every command reads and writes through this, so both behave the same.
public protocol ClaimStore: Sendable {
    /// Where the store is, as the user named it (a path, or a URL without its password): for messages.
    var location: String { get }

    /// Stored claims that pass the filter, with their documents, in document and text order.
    func claims(matching filter: ClaimFilter) throws(StoreError) -> [StoredClaim]
    /// The same claims in the same order, handed to `each` in batches of `size` as they are read, so a caller
    /// can work on the first while the rest are still coming. `each` is called one batch after another, possibly
    /// on a thread other than the caller's, and never after this returns.
    func claims(matching filter: ClaimFilter, batchesOf size: Int, _ each: ([StoredClaim]) -> Void) throws(StoreError)

    /// The content hash stored for every document path, to skip unchanged files without reading their claims.
    func storedHashes() throws(StoreError) -> [String: String]
    /// Stores whole documents with their claims in one transaction: all of the batch, or none of it. A document
    /// whose path is stored with the same content is left alone; one whose content changed has its claims replaced.
    func ingest(_ batch: [IngestItem]) throws(StoreError) -> [IngestOutcome]

    /// Replaces every stored value of `dataset` with `values`, in one transaction; returns how many were replaced.
    func replaceReference(dataset: String, with values: [ReferenceValue]) throws(StoreError) -> Int
    /// Every stored reference value, by source, entity, metric and period.
    func referenceValues() throws(StoreError) -> [ReferenceValue]

    /// How many documents and claims are stored.
    func counts() throws(StoreError) -> StoreCounts
}

extension ClaimStore {
    /// Every stored claim that passes the filter, read in one go.
    public func claims(matching filter: ClaimFilter) throws(StoreError) -> [StoredClaim] {
        var all: [StoredClaim] = []
        try claims(matching: filter, batchesOf: .max) { batch in if all.isEmpty { all = batch } else { all += batch } }
        return all
    }

    /// Stores one document and its claims in one transaction.
    public func ingest(_ doc: IngestDocument, claims: [Claim]) throws(StoreError) -> IngestOutcome {
        try ingest([IngestItem(document: doc, claims: claims)])[0]
    }
}
