import Claims
import Foundation
import Testing
@testable import StoreSQLite
import Store

/// Migration v6: claims keep the basis their words name and the sentence they stand in.
@Suite("Stored basis and sentence")
struct BasisStoreTests {
    @Test("basis and sentence are written by ingest and read back, across statement chunks; the usual basis reads as nil")
    func roundTrip() throws {
        let store = try SQLiteStore()
        let bases: [String?] = [nil, "net", "seaports only"]
        let claims = (0..<(ClaimInsert.rowsPerStatement + 3)).map { i in
            var c = SQLiteStoreTests.claim("\(i) Mt", Double(i) * 1e6, start: i * 10)
            c.basis = bases[i % bases.count]
            c.quote = i % 2 == 0 ? "Cargo reached \(i) Mt in 2024." : nil
            return c
        }
        _ = try store.ingest(SQLiteStoreTests.doc("h"), claims: claims)
        let back = try store.claims(matching: ClaimFilter()).map(\.claim)
        #expect(back.map(\.basis) == claims.map(\.basis))
        #expect(back.map(\.quote) == claims.map(\.quote))
    }

    @Test("a v5 database opens: its claims read as the usual basis with no sentence")
    func migratesFromV5() throws {
        let dir = try SQLiteStoreTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try SQLiteStoreTests.olderDatabase(in: dir, """
            ALTER TABLE claim DROP COLUMN basis;
            ALTER TABLE claim DROP COLUMN quote;
            DELETE FROM grdb_migrations WHERE identifier LIKE 'v6:%';
            INSERT INTO document (path, docId, contentHash, ingestedAt) VALUES ('old.txt', 'old.txt', 'h', 'now');
            INSERT INTO claim (documentId, spanStart, spanEnd, text, entity, metric, kind, value, unit, bound)
              VALUES (1, 10, 14, '4 Mt', 'TITR', 'freight_volume', 'level', 4e6, 't', 'exact');
            """)
        let old = try SQLiteStore(path: path).claims(matching: ClaimFilter())
        #expect(old.map(\.claim.value) == [4e6])
        #expect(old.first?.claim.basis == nil && old.first?.claim.quote == nil)
    }
}
