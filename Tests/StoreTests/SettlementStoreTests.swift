import Claims
import Foundation
import Testing
@testable import StoreSQLite
import Store

/// Migration v5: claims keep whether their entity and period were stated in their sentence or carried.
@Suite("Stored settlement")
struct SettlementStoreTests {
    @Test("each claim's settlement is written by ingest and read back, in one statement and across chunks")
    func roundTrip() throws {
        let store = try SQLiteStore()
        let origins: [Settlement] = [.stated, Settlement(entity: .context, period: .stated),
                                     Settlement(entity: .stated, period: .context), Settlement(entity: .context, period: .context)]
        let claims = (0..<(ClaimInsert.rowsPerStatement + 3)).map { i in
            var c = SQLiteStoreTests.claim("\(i) Mt", Double(i) * 1e6, start: i * 10)
            c.settled = origins[i % origins.count]
            return c
        }
        _ = try store.ingest(SQLiteStoreTests.doc("h"), claims: claims)
        #expect(try store.claims(matching: ClaimFilter()).map(\.claim.settled) == claims.map(\.settled))
    }

    @Test("a v4 database opens: its claims stay, read as stated (checked as before), and new claims keep theirs")
    func migratesFromV4() throws {
        let dir = try SQLiteStoreTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try SQLiteStoreTests.olderDatabase(in: dir, """
            ALTER TABLE claim DROP COLUMN entitySettled;
            ALTER TABLE claim DROP COLUMN periodSettled;
            DELETE FROM grdb_migrations WHERE identifier LIKE 'v5:%';
            INSERT INTO document (path, docId, contentHash, ingestedAt) VALUES ('old.txt', 'old.txt', 'h', 'now');
            INSERT INTO claim (documentId, spanStart, spanEnd, text, entity, metric, kind, value, unit, bound)
              VALUES (1, 10, 14, '4 Mt', 'TITR', 'freight_volume', 'level', 4e6, 't', 'exact');
            """)
        let store = try SQLiteStore(path: path)
        let old = try store.claims(matching: ClaimFilter())
        #expect(old.map(\.claim.value) == [4e6])
        #expect(old.first?.claim.settled == .stated)
        var new = SQLiteStoreTests.claim("5 Mt", 5e6, start: 0)
        new.settled = Settlement(entity: .context, period: .context)
        _ = try store.ingest(SQLiteStoreTests.doc("h2"), claims: [new])
        #expect(try store.claims(matching: ClaimFilter()).map(\.claim.settled).contains(new.settled))
    }

    @Test("the schema refuses a settlement other than stated or context")
    func checked() throws {
        let dir = try SQLiteStoreTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("db.sqlite").path
        _ = try SQLiteStore(path: path)
        try SQLiteStoreTests.python(path, """
            c.execute("INSERT INTO document (path, docId, contentHash, ingestedAt) VALUES ('a', 'a', 'h', 'now')")
            try:
                c.execute("INSERT INTO claim (documentId, spanStart, spanEnd, text, entity, metric, kind, value, unit, bound, entitySettled) VALUES (1, 0, 1, 'x', 'e', 'gdp', 'level', 1, 'USD', 'exact', 'maybe')")
                sys.exit(1)
            except sqlite3.IntegrityError:
                pass
            """)
    }
}
