import Claims
import PostgresNIO

/// One ingest batch written in the caller's transaction, with SQLite's outcomes (per path: same hash = unchanged,
/// other hash = claims replaced and the row updated, unknown path = inserted), safe against another process
/// ingesting overlapping documents at the same time:
///
/// - `document.path` is UNIQUE, and new rows go in with `INSERT … ON CONFLICT (path) DO NOTHING RETURNING`: of two
///   transactions inserting one path, the second waits for the first to end and then inserts nothing, so a path
///   is never stored twice and the loser learns the row exists.
/// - Paths that were already there (or were just inserted by the other process) are read with `SELECT … FOR
///   UPDATE`, which waits for the other writer's commit and holds the row until this transaction ends, so the hash
///   compared is the committed one and no one changes the document in between.
/// - Both steps visit paths in one global order (their bytes, the "C" order of the path index), so two
///   transactions never wait on each other in a cycle; should the server still break a deadlock, the transaction
///   is rolled back whole and run again (`BlockingConnection.transaction`).
/// - Claims are written in the same transaction as their document row, so a document is stored with all its
///   claims or not at all, and a killed process loses only its uncommitted batch.
///
/// A per-batch advisory lock would also be safe, but would make every writer wait for the other's whole batch;
/// row locks only make them wait where their documents overlap.
struct BatchWrite {
    let batch: [IngestItem]
    /// When the batch is written (`document.ingestedAt`), as SQLite writes it.
    let now: String

    func run(_ s: BlockingConnection.Session) throws -> [IngestOutcome] {
        var outcomes = [IngestOutcome?](repeating: nil, count: batch.count)
        // A path given twice in one batch is written twice, in order, as SQLite does: each round holds one
        // occurrence of every path, and a round's claims are inserted before the next round looks.
        var rounds: [[Int]] = []
        var seen: [String: Int] = [:]
        for (i, item) in batch.enumerated() {
            let round = seen[item.document.path, default: 0]
            seen[item.document.path] = round + 1
            if round == rounds.count { rounds.append([]) }
            rounds[round].append(i)
        }
        for round in rounds {
            let ordered = round.sorted { batch[$0].document.path.utf8.lexicographicallyPrecedes(batch[$1].document.path.utf8) }
            try write(ordered, s, into: &outcomes)
        }
        return outcomes.map { $0! }
    }

    /// Writes the items at `indices` (distinct paths, in path order) and records their outcomes.
    private func write(_ indices: [Int], _ s: BlockingConnection.Session, into outcomes: inout [IngestOutcome?]) throws {
        var ids: [String: Int64] = [:]
        for row in try s.query(Self.insertSQL, documentBinds(indices, ids: nil)).rows {
            let (id, path) = try row.decode((Int64, String).self)
            ids[path] = id
        }
        var changed: [Int] = []
        var changedIds: [Int64] = []
        let existing = indices.filter { ids[batch[$0].document.path] == nil }
        if !existing.isEmpty {
            var binds = PostgresBindings()
            binds.append(ColumnArray(existing.map { batch[$0].document.path }))
            var stored: [String: (id: Int64, hash: String)] = [:]
            for row in try s.query(Self.lockSQL, binds).rows {
                let (id, path, hash) = try row.decode((Int64, String, String).self)
                stored[path] = (id, hash)
            }
            for i in existing {
                guard let row = stored[batch[i].document.path] else { throw BatchWriteError.vanished(batch[i].document.path) }
                if row.hash == batch[i].document.contentHash {
                    outcomes[i] = .unchanged
                } else {
                    changed.append(i)
                    changedIds.append(row.id)
                    ids[batch[i].document.path] = row.id
                }
            }
        }
        var removed: [Int64: Int] = [:]
        if !changed.isEmpty {
            var binds = PostgresBindings()
            binds.append(ColumnArray(changedIds))
            for row in try s.query(Self.deleteClaimsSQL, binds).rows {
                let (id, count) = try row.decode((Int64, Int64).self)
                removed[id] = Int(count)
            }
            try s.execute(Self.updateSQL, documentBinds(changed, ids: changedIds))
        }
        var claims = ClaimColumns()
        for i in indices.sorted() where outcomes[i] == nil {
            let item = batch[i]
            let id = ids[item.document.path]!
            for c in item.claims { claims.append(c, documentId: id) }
            outcomes[i] = changed.contains(i) ? .changed(added: item.claims.count, removed: removed[id] ?? 0)
                : .new(added: item.claims.count)
        }
        try claims.insert(s)
    }

    /// The document columns of the items at `indices`, with their row ids first when `ids` is given (for UPDATE).
    private func documentBinds(_ indices: [Int], ids: [Int64]?) -> PostgresBindings {
        let docs = indices.map { batch[$0].document }
        var b = PostgresBindings(capacity: 9)
        if let ids { b.append(ColumnArray(ids)) }
        b.append(ColumnArray(docs.map(\.path)))
        b.append(ColumnArray(docs.map(\.docId)))
        b.append(ColumnArray(docs.map(\.contentHash)))
        b.append(ColumnArray(docs.map { $0.published?.description }))
        b.append(ColumnArray(docs.map(\.source)))
        b.append(ColumnArray(docs.map(\.url)))
        b.append(ColumnArray(docs.map(\.title)))
        b.append(ColumnArray([String](repeating: now, count: docs.count)))
        return b
    }

    private static let insertSQL = """
        INSERT INTO document (path, docId, contentHash, published, source, url, title, ingestedAt)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
        ON CONFLICT (path) DO NOTHING
        RETURNING id, path
        """

    private static let lockSQL = """
        SELECT id, path, contentHash FROM document WHERE path = ANY($1::text[]) ORDER BY path COLLATE "C" FOR UPDATE
        """

    private static let deleteClaimsSQL = """
        WITH gone AS (DELETE FROM claim WHERE documentId = ANY($1::int8[]) RETURNING documentId)
        SELECT documentId, count(*) FROM gone GROUP BY documentId
        """

    private static let updateSQL = """
        UPDATE document AS d
        SET docId = u.docId, contentHash = u.contentHash, published = u.published, source = u.source, url = u.url,
            title = u.title, ingestedAt = u.ingestedAt
        FROM unnest($1::int8[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
            AS u(id, path, docId, contentHash, published, source, url, title, ingestedAt)
        WHERE d.id = u.id
        """
}

/// A document row another writer removed while this batch was being written (yardstick never deletes documents).
enum BatchWriteError: Error {
    case vanished(String)
}
