import Claims
import Foundation
import Testing
@testable import StoreSQLite
import Store

/// Storing documents and their claims: new, unchanged, changed; constraints; refusing bad databases.
@Suite("SQLite store")
struct SQLiteStoreTests {
    static func claim(_ text: String, _ value: Double, start: Int) -> Claim {
        Claim(doc: "a.txt", published: Day("2024-05-14"), span: Span(start: start, end: start + text.count), text: text,
              entity: "Middle Corridor", counterpart: nil, metric: .freightVolume, kind: .level, value: value,
              unit: .tonnes, period: .year(2024), basePeriod: nil, bound: .exact)
    }

    static func doc(_ hash: String) -> IngestDocument {
        IngestDocument(path: "docs/a.txt", docId: "a.txt", contentHash: hash, published: Day("2024-05-14"),
                       source: nil, url: nil, title: "Route")
    }

    @Test("a new document stores its claims; the same content again changes nothing")
    func newThenUnchanged() throws {
        let store = try SQLiteStore()
        #expect(try store.ingest(Self.doc("h1"), claims: [Self.claim("4.5 million tons", 4.5e6, start: 10)]) == .new(added: 1))
        #expect(try store.ingest(Self.doc("h1"), claims: []) == .unchanged)
        #expect(try store.counts() == StoreCounts(documents: 1, claims: 1))
    }

    @Test("changed content replaces exactly that document's claims")
    func changedReplaces() throws {
        let store = try SQLiteStore()
        _ = try store.ingest(Self.doc("h1"), claims: [Self.claim("4.5 million tons", 4.5e6, start: 10),
                                                        Self.claim("2.76 million tons", 2.76e6, start: 40)])
        var other = Self.doc("o1")
        other.path = "docs/b.txt"
        _ = try store.ingest(other, claims: [Self.claim("1 million tons", 1e6, start: 5)])
        let outcome = try store.ingest(Self.doc("h2"), claims: [Self.claim("4.4 million tons", 4.4e6, start: 12)])
        #expect(outcome == .changed(added: 1, removed: 2))
        let all = try store.claims(matching: ClaimFilter())
        #expect(all.map(\.claim.text) == ["4.4 million tons", "1 million tons"])
    }

    @Test("a batch whose claims span several multi-row statements keeps every claim with its own document")
    func batchAcrossStatementChunks() throws {
        let store = try SQLiteStore()
        let sizes = [ClaimInsert.rowsPerStatement + 6, 1, ClaimInsert.rowsPerStatement]
        let batch = sizes.enumerated().map { i, n in
            var d = Self.doc("h\(i)")
            d.path = "docs/\(i).txt"
            d.docId = "\(i).txt"
            return IngestItem(document: d, claims: (0..<n).map { Self.claim("\(i) tons", Double(i * 1000 + $0), start: $0) })
        }
        #expect(try store.ingest(batch) == sizes.map { IngestOutcome.new(added: $0) })
        let stored = try store.claims(matching: ClaimFilter())
        #expect(stored.count == sizes.reduce(0, +))
        for (i, n) in sizes.enumerated() {
            let mine = stored.filter { $0.claim.doc == "\(i).txt" }
            #expect(mine.map(\.claim.value) == (0..<n).map { Double(i * 1000 + $0) })
        }
    }

    @Test("claims read back exactly as written, whole or in batches (full ones also when a filter drops rows after reading), when their columns repeat and when they vary more than the loader remembers")
    func readBackVaried() throws {
        let store = try SQLiteStore()
        let metrics: [Metric] = [.freightVolume, .fdi, .gdp, .gdpGrowth, .tradeTurnover, .investment, .other("delegates"),
                                 .other("emissions"), .other("athletes"), .other("events")]
        let kinds: [Kind] = [.level, .change, .multiple, .share, .target, .forecast]
        let units: [Claims.Unit] = [.tonnes, .percent, .times, .usd, Claims.Unit(rawValue: "EUR"), Claims.Unit(rawValue: "KZT"),
                                    Claims.Unit(rawValue: "TEU"), Claims.Unit(rawValue: "CNY"), Claims.Unit(rawValue: "RUB")]
        let bounds: [Bound] = [.exact, .approx, .atLeast, .atMost]
        // Runs of one entity, then a new one; periods and base periods beyond what the loader keeps in mind.
        let claims = (0..<240).map { i in
            Claim(doc: "a.txt", published: Day("2024-05-14"), span: Span(start: i * 10, end: i * 10 + 5), text: "text \(i)",
                  entity: "Entity \(i / 3)", counterpart: i % 5 == 0 ? nil : "Partner \(i % 7)", metric: metrics[i % metrics.count],
                  kind: kinds[i % kinds.count], value: Double(i), unit: units[i % units.count],
                  period: i % 11 == 0 ? nil : .year(1990 + i % 37), basePeriod: i % 2 == 0 ? nil : .year(1980 + i % 23),
                  bound: bounds[i % bounds.count])
        }
        _ = try store.ingest(Self.doc("h1"), claims: claims)
        #expect(try store.claims(matching: ClaimFilter()).map(\.claim) == claims)
        var batches: [[StoredClaim]] = []
        try store.claims(matching: ClaimFilter(), batchesOf: 50) { batches.append($0) }
        #expect(batches.map(\.count) == [50, 50, 50, 50, 40])
        #expect(batches.joined().map(\.claim) == claims)
        // The entity is matched by its folded name after the rows are read, so most rows are dropped then: the
        // batches still fill before they are handed on.
        var filtered: [[StoredClaim]] = []
        try store.claims(matching: ClaimFilter(entity: "entity 7"), batchesOf: 2) { filtered.append($0) }
        #expect(filtered.map(\.count) == [2, 1])
        #expect(filtered.joined().map(\.claim) == claims.filter { $0.entity == "Entity 7" })
    }

    @Test("filters select by entity, metric, kind and period")
    func filters() throws {
        let store = try SQLiteStore()
        _ = try store.ingest(Self.doc("h1"), claims: [Self.claim("4.5 million tons", 4.5e6, start: 10)])
        #expect(try store.claims(matching: ClaimFilter(entity: "middle corridor", period: .year(2024))).count == 1)
        #expect(try store.claims(matching: ClaimFilter(metric: .gdp)).isEmpty)
    }

    @Test("a file that is not a database is refused as corrupt, and left as it was")
    func corruptFile() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("bad.sqlite")
        let junk = Data(repeating: 0x41, count: 8192)
        try junk.write(to: url)
        #expect(throws: StoreError.corrupt(path: url.path)) { try SQLiteStore(path: url.path) }
        #expect(try Data(contentsOf: url) == junk)
    }

    @Test("a database from a newer yardstick is refused with the migrations it does not know")
    func newerSchema() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("db.sqlite").path
        _ = try SQLiteStore(path: path)
        try SQLiteStoreTests.addFutureMigration(path)
        #expect(throws: StoreError.newerSchema(path: path, unknown: ["v99: from the future"])) { try SQLiteStore(path: path) }
    }

    @Test("a database written by the first release is migrated on open: its claims stay, read in document order, and the only claim index left is the one every query reads by")
    func migratesFirstRelease() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Back to the v1 schema, with one document whose claims were inserted out of span order.
        let path = try SQLiteStoreTests.olderDatabase(in: dir, """
            DROP INDEX claim_in_document_order;
            CREATE INDEX claim_on_documentId ON claim(documentId);
            CREATE INDEX claim_on_series ON claim(entity, metric, period);
            CREATE INDEX claim_on_kind ON claim(kind, metric);
            DELETE FROM grdb_migrations WHERE identifier LIKE 'v2:%' OR identifier LIKE 'v3:%';
            INSERT INTO document (path, docId, contentHash, ingestedAt) VALUES ('a.txt', 'a.txt', 'h', 'now');
            INSERT INTO claim (documentId, spanStart, spanEnd, text, entity, metric, kind, value, unit, bound)
              VALUES (1, 40, 44, '9 Mt', 'TITR', 'freight_volume', 'level', 9e6, 't', 'exact'),
                     (1, 10, 14, '4 Mt', 'TITR', 'freight_volume', 'level', 4e6, 't', 'exact');
            """)
        let store = try SQLiteStore(path: path)
        #expect(try store.claims(matching: ClaimFilter()).map(\.claim.value) == [4e6, 9e6])
        try SQLiteStoreTests.python(path, """
            claim = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'claim'")}
            assert claim == {'claim_in_document_order'}, claim
            """)
    }

    @Test("a database from before reference bounds is migrated on open: its reference rows stay, read as exact on the usual basis")
    func migratesReferenceWithoutBound() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try SQLiteStoreTests.olderDatabase(in: dir, """
            ALTER TABLE referenceValue DROP COLUMN bound;
            ALTER TABLE referenceValue DROP COLUMN basis;
            DELETE FROM grdb_migrations WHERE identifier LIKE 'v4:%';
            INSERT INTO referenceValue (dataset, source, entity, metric, period, value, unit)
              VALUES ('official', 'KTZ', 'Middle Corridor', 'freight_volume', '2023', 2.8e6, 't');
            """)
        let values = try SQLiteStore(path: path).referenceValues()
        #expect(values.map(\.value) == [2.8e6])
        #expect(values.first?.bound == .exact)
        #expect(values.first?.basis == nil)
    }

    @Test("a read-only folder is reported, not crashed on", .enabled(if: getuid() != 0, "root can write anywhere"))
    func readOnlyFolder() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: dir.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: dir.path) }
        #expect(throws: StoreError.self) { try SQLiteStore(path: dir.appendingPathComponent("db.sqlite").path) }
    }

    @Test("a database in a folder nobody can create files in is reported, even for root")
    func unwritableLocation() {
        #expect(throws: StoreError.self) { try SQLiteStore(path: "/proc/self/yardstick.sqlite") }
    }

    /// A fresh empty folder.
    static func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A database of this build in `dir`, then taken back to an older schema by `script` (SQL run by python3's
    /// sqlite3, committed), as an older yardstick would have left it; its path.
    static func olderDatabase(in dir: URL, _ script: String) throws -> String {
        let path = dir.appendingPathComponent("db.sqlite").path
        _ = try SQLiteStore(path: path)
        try python(path, "c.executescript(\"\"\"\n\(script)\n\"\"\")\nc.commit()")
        return path
    }

    /// Records a migration this build does not know, as a newer yardstick would.
    static func addFutureMigration(_ path: String) throws {
        try python(path, "c.execute(\"INSERT INTO grdb_migrations VALUES ('v99: from the future')\"); c.commit()")
    }

    /// Runs `code` in python3 with `c` an sqlite3 connection to `path`; expects it to succeed.
    static func python(_ path: String, _ code: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", "import sqlite3,sys\nc=sqlite3.connect(sys.argv[1])\n" + code, path]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
    }
}

/// A batch that carries one path twice (a file changed while a run read it, a list naming it twice) stores the later
/// version only, as PostgreSQL's store does.
@Suite("One path twice in a batch")
struct RepeatedPathTests {
    @Test("the later version's claims replace the earlier one's, which never reach the table")
    func laterVersionWins() throws {
        let store = try SQLiteStore()
        let first = IngestItem(document: SQLiteStoreTests.doc("h1"), claims: [SQLiteStoreTests.claim("4 Mt", 4e6, start: 0)])
        let second = IngestItem(document: SQLiteStoreTests.doc("h2"),
                                claims: [SQLiteStoreTests.claim("5 Mt", 5e6, start: 0), SQLiteStoreTests.claim("6 Mt", 6e6, start: 10)])
        _ = try store.ingest([first, second])
        #expect(try store.claims(matching: ClaimFilter()).map(\.claim.value) == [5e6, 6e6])
        #expect(try store.counts() == StoreCounts(documents: 1, claims: 2))
    }
}
