import Claims
import Foundation
import PostgresNIO
import Store

/// The claim store in a shared PostgreSQL database, named by a `postgresql://` URL: the same tables, constraints,
/// named migrations and results as `SQLiteStore`, safe for several processes writing at once. One connection,
/// used synchronously, closed when the store goes away.
public final class PostgresStore: ClaimStore, Sendable {
    private let connection: BlockingConnection
    /// The URL without its password.
    public let location: String

    /// Connects to the database `url` names and brings its schema up to date. With `createSchema` false a database
    /// where yardstick never made its tables is refused with `StoreError.missing` (commands that only read).
    public init(url: String, createSchema: Bool = true) throws(StoreError) {
        let parsed = try PostgresURL(url)
        location = parsed.redacted
        connection = try BlockingConnection(parsed)
        if !createSchema, try !connection.session({ s in try PostgresSchema.exists(s) }) {
            throw .missing(path: location)
        }
        try PostgresSchema.migrate(connection)
    }

    // MARK: documents

    /// The content hash stored for every document path, to skip unchanged files without reading their claims.
    public func storedHashes() throws(StoreError) -> [String: String] {
        try connection.session { s in
            var out: [String: String] = [:]
            for row in try s.query("SELECT path, contentHash FROM document").rows {
                let (path, hash) = try row.decode((String, String).self)
                out[path] = hash
            }
            return out
        }
    }

    /// Stores whole documents with their claims in one transaction: all of the batch, or none of it. Safe while
    /// other processes ingest overlapping documents (see `BatchWrite`).
    public func ingest(_ batch: [IngestItem]) throws(StoreError) -> [IngestOutcome] {
        guard !batch.isEmpty else { return [] }
        let write = BatchWrite(batch: batch, now: ISO8601DateFormatter().string(from: Date()))
        return try connection.transaction { s in try write.run(s) }
    }

    // MARK: reference series

    /// Replaces every stored value of `dataset` with `values`, in one transaction; returns how many were replaced.
    public func replaceReference(dataset: String, with values: [ReferenceValue]) throws(StoreError) -> Int {
        try connection.transaction { s in
            var binds = PostgresBindings()
            binds.append(dataset)
            let removed = try s.query("DELETE FROM referenceValue WHERE dataset = $1", binds).metadata.rows ?? 0
            if !values.isEmpty { try s.execute(ReferenceRows.insertSQL, ReferenceRows.binds(values, dataset: dataset)) }
            return removed
        }
    }

    /// Every stored reference value, by source, entity, metric and period.
    public func referenceValues() throws(StoreError) -> [ReferenceValue] {
        try connection.session { s in
            try s.query(ReferenceRows.selectSQL).rows.compactMap(ReferenceRows.value)
        }
    }

    // MARK: queries

    /// The claims `filter` matches, in document and text order, handed to `each` in batches of `size`.
    public func claims(matching filter: ClaimFilter, batchesOf size: Int, _ each: ([StoredClaim]) -> Void) throws(StoreError) {
        let (sql, binds) = ClaimRows.query(filter)
        let rows = try connection.session { s in try s.query(sql, binds).rows }
        let size = max(1, size)
        var out: [StoredClaim] = []
        out.reserveCapacity(min(size, rows.count))
        do {
            for row in rows {
                guard let claim = try ClaimRows.claim(row, filter: filter) else { continue }
                out.append(claim)
                if out.count == size {
                    each(out)
                    out = []
                    out.reserveCapacity(min(size, rows.count))
                }
            }
        } catch {
            throw PostgresErrors.map(error, location: location, database: nil)
        }
        if !out.isEmpty { each(out) }
    }

    /// How many documents and claims are stored.
    public func counts() throws(StoreError) -> StoreCounts {
        try connection.session { s in
            var documents: Int64 = 0, claims: Int64 = 0
            if let row = try s.query("SELECT (SELECT count(*) FROM document), (SELECT count(*) FROM claim)").rows.first {
                (documents, claims) = try row.decode((Int64, Int64).self)
            }
            return StoreCounts(documents: Int(documents), claims: Int(claims))
        }
    }
}
