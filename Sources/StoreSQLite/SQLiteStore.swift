import Claims
import Foundation
import GRDB
import Store

/// The claim store in one SQLite file (WAL mode), through GRDB. Each document is written in its own
/// transaction, so an interrupted run never leaves a document with part of its claims.
public final class SQLiteStore: ClaimStore, Sendable {
    private let writer: any DatabaseWriter
    /// The database file, or `:memory:`.
    public let path: String
    public var location: String { path }

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    public init(path: String) throws(StoreError) {
        self.path = path
        var config = Configuration()
        config.busyMode = .timeout(2)
        // In WAL mode NORMAL never corrupts the file; a killed or crashed process loses no committed transaction.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY") }
        do {
            writer = try DatabasePool(path: path, configuration: config)
        } catch {
            throw SQLiteStore.map(error, path: path)
        }
        try prepare()
    }

    /// A private database in memory, for tests and one-off pipelines.
    public init(inMemory: Void = ()) throws(StoreError) {
        path = ":memory:"
        do {
            writer = try DatabaseQueue()
        } catch {
            throw SQLiteStore.map(error, path: path)
        }
        try prepare()
    }

    private func prepare() throws(StoreError) {
        let migrator = Schema.migrator
        do {
            let applied = try writer.read { db in try migrator.appliedIdentifiers(db) }
            let unknown = applied.subtracting(migrator.migrations)
            if !unknown.isEmpty { throw StoreError.newerSchema(path: path, unknown: unknown.sorted()) }
            try migrator.migrate(writer)
            // A reader that looked before the migrations knows the old tables: one that later reads a table a
            // migration added columns to gets the old column names for `SELECT *`. Readers open afresh instead.
            if !migrator.migrations.allSatisfy(applied.contains) { (writer as? DatabasePool)?.invalidateReadOnlyConnections() }
        } catch let e as StoreError {
            throw e
        } catch {
            throw SQLiteStore.map(error, path: path)
        }
    }

    /// Turns a GRDB or SQLite error into a `StoreError` that says what to do.
    static func map(_ error: any Error, path: String) -> StoreError {
        guard let e = error as? DatabaseError else { return .cannotOpen(path: path, reason: "\(error)") }
        switch e.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM: return .readOnly(path: path)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .corrupt(path: path)
        case .SQLITE_CANTOPEN: return .cannotOpen(path: path, reason: e.message ?? "cannot open")
        default: return .database(path: path, reason: e.message ?? "\(e.resultCode)")
        }
    }

    private func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw SQLiteStore.map(error, path: path)
        }
    }

    private func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw SQLiteStore.map(error, path: path)
        }
    }

    // MARK: documents

    /// The content hash stored for every document path, to skip unchanged files without reading their claims.
    public func storedHashes() throws(StoreError) -> [String: String] {
        try read { db in
            var out: [String: String] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT path, contentHash FROM document")
            while let row = try rows.next() { out[row["path"]] = row["contentHash"] }
            return out
        }
    }

    /// Stores whole documents with their claims in one transaction: all of the batch, or none of it.
    public func ingest(_ batch: [IngestItem]) throws(StoreError) -> [IngestOutcome] {
        let now = ISO8601DateFormatter().string(from: Date())
        return try write { db in
            var rows: [(documentId: Int64, claim: Claim)] = []
            var pending: Set<Int64> = []
            let outcomes = try batch.map { item in
                let (outcome, documentId) = try SQLiteStore.store(item.document, claimCount: item.claims.count, at: now, db)
                if let documentId {
                    // A path twice in one batch with new content: the later version replaces the earlier one's claims,
                    // which are still waiting here (claims are written after all documents).
                    if !pending.insert(documentId).inserted { rows.removeAll { $0.documentId == documentId } }
                    rows += item.claims.map { (documentId, $0) }
                }
                return outcome
            }
            try ClaimInsert.insert(rows, db)
            return outcomes
        }
    }

    /// Inserts or updates the document's row; returns the outcome and, unless unchanged, the id its claims go under
    /// (the old claims of a changed document are already deleted).
    private static func store(_ doc: IngestDocument, claimCount: Int, at now: String,
                              _ db: Database) throws -> (IngestOutcome, Int64?) {
        let find = try db.cachedStatement(sql: "SELECT id, contentHash FROM document WHERE path = ?")
        let arguments: [any DatabaseValueConvertible & Sendable] = [
            doc.docId, doc.contentHash, doc.published?.description, doc.source, doc.url, doc.title, now, doc.path,
        ]
        if let row = try Row.fetchOne(find, arguments: [doc.path]) {
            let id: Int64 = row[0]
            if row[1] as String == doc.contentHash { return (.unchanged, nil) }
            let removed = try db.cachedStatement(sql: "DELETE FROM claim WHERE documentId = ?")
            try removed.execute(arguments: [id])
            let count = db.changesCount
            let update = try db.cachedStatement(sql: """
                UPDATE document SET docId = ?, contentHash = ?, published = ?, source = ?, url = ?, title = ?,
                                    ingestedAt = ? WHERE path = ?
                """)
            try update.execute(arguments: StatementArguments(arguments))
            return (.changed(added: claimCount, removed: count), id)
        }
        let insert = try db.cachedStatement(sql: """
            INSERT INTO document (docId, contentHash, published, source, url, title, ingestedAt, path)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try insert.execute(arguments: StatementArguments(arguments))
        return (.new(added: claimCount), db.lastInsertedRowID)
    }

    // MARK: reference series

    /// Replaces every stored value of `dataset` with `values`, in one transaction; returns how many were replaced.
    public func replaceReference(dataset: String, with values: [ReferenceValue]) throws(StoreError) -> Int {
        try write { db in
            let removed = try ReferenceValueRecord.filter(ReferenceValueRecord.Columns.dataset == dataset).deleteAll(db)
            for v in values {
                var r = ReferenceValueRecord(v, dataset: dataset)
                try r.insert(db)
            }
            return removed
        }
    }

    /// Every stored reference value, by source, entity, metric and period.
    public func referenceValues() throws(StoreError) -> [ReferenceValue] {
        try read { db in
            try ReferenceValueRecord.order(sql: "dataset, id").fetchAll(db).compactMap(\.referenceValue)
        }
    }

    // MARK: queries

    public func claims(matching filter: ClaimFilter, batchesOf size: Int, _ each: ([StoredClaim]) -> Void) throws(StoreError) {
        try read { db in
            let loader = try SQLiteStore.claimLoader(filter, db)
            try loader.load(filter: filter, db, batchesOf: max(1, size), each)
        }
    }

    /// A loader over the claims query for `filter`, the conditions SQL can test in the query.
    private static func claimLoader(_ filter: ClaimFilter, _ db: Database) throws -> ClaimLoader {
        var sql = "SELECT " + ClaimLoader.columns + " FROM claim c JOIN document d ON d.id = c.documentId"
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let m = filter.metric { conditions.append("c.metric = ?"); arguments.append(m.rawValue) }
        if let k = filter.kind { conditions.append("c.kind = ?"); arguments.append(k.rawValue) }
        if let p = filter.period { conditions.append("c.period = ?"); arguments.append(p.description) }
        if let d = filter.doc { conditions.append("d.docId = ?"); arguments.append(d) }
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY d.path, c.spanStart, c.spanEnd, c.id"
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(StatementArguments(arguments))
        var loader = ClaimLoader(statement: statement, documents: try ClaimLoader.documents(db))
        // Every claim is kept when no condition narrows the query: room for all of them at once, rather
        // than copying a few hundred megabytes each time the array grows.
        if conditions.isEmpty, filter.entity == nil { loader.expected = try ClaimRecord.fetchCount(db) }
        return loader
    }

    /// How many documents and claims are stored.
    public func counts() throws(StoreError) -> StoreCounts {
        try read { db in StoreCounts(documents: try DocumentRecord.fetchCount(db), claims: try ClaimRecord.fetchCount(db)) }
    }
}
