import Claims
import Foundation
import Store
@testable import StorePostgres
@testable import StoreSQLite
import Testing

/// The PostgreSQL store against a throwaway server: the same outcomes, rows and order as the SQLite store for the
/// same input; the same migrations and constraints; refusing newer schemas; errors that say what to do.
@Suite("PostgreSQL store")
struct PostgresStoreTests {
    static func claim(_ text: String, _ value: Double, start: Int, doc: String = "a.txt", entity: String = "Middle Corridor",
                      kind: Kind = .level, metric: Metric = .freightVolume, period: Period? = .year(2024),
                      bound: Bound = .exact, counterpart: String? = nil, settled: Settlement = .stated) -> Claim {
        Claim(doc: doc, published: Day("2024-05-14"), span: Span(start: start, end: start + text.count), text: text,
              entity: entity, counterpart: counterpart, metric: metric, kind: kind, value: value,
              unit: kind == .change ? .percent : .tonnes, period: period, basePeriod: kind == .change ? .year(2023) : nil,
              bound: bound, settled: settled)
    }

    static func doc(_ path: String, _ hash: String, published: String? = "2024-05-14", title: String? = "Route") -> IngestDocument {
        IngestDocument(path: path, docId: URL(fileURLWithPath: path).lastPathComponent, contentHash: hash,
                       published: published.flatMap { Day($0) }, source: nil, url: nil, title: title)
    }

    /// Documents whose paths sort differently by bytes than by a language's rules, with awkward doubles, NULLs,
    /// several kinds and metrics, and claims sharing a span.
    static let batch: [IngestItem] = [
        IngestItem(document: doc("docs/b/ä.txt", "h1"), claims: [
            claim("4.5 million tons", 4.5e6, start: 10, doc: "ä.txt"),
            claim("0.1+0.2", 0.1 + 0.2, start: 10, doc: "ä.txt", bound: .approx),
            claim("a third", 1.0 / 3.0, start: 30, doc: "ä.txt", kind: .change, metric: .gdpGrowth, period: nil),
        ]),
        IngestItem(document: doc("docs/B.txt", "h2", published: nil, title: nil), claims: [
            claim("tiny", 1e-300, start: 0, doc: "B.txt", counterpart: "China", settled: Settlement(entity: .context, period: .stated)),
            claim("huge", 1.7976931348623157e308, start: 5, doc: "B.txt", bound: .atLeast),
            claim("other", 12.5, start: 9, doc: "B.txt", metric: .other("port calls"), bound: .atMost,
                  settled: Settlement(entity: .stated, period: .context)),
        ]),
        IngestItem(document: doc("docs/a b.txt", "h3"), claims: []),
        IngestItem(document: doc("docs/Z.txt", "h4"), claims: [
            claim("2.76 million tons", 2.76e6, start: 40, doc: "Z.txt", entity: "Kazakhstan", kind: .target),
            claim("2.76 million tons", 2.76e6, start: 40, doc: "Z.txt", entity: "Kazakhstan", kind: .forecast),
        ]),
    ]

    static let references: [ReferenceValue] = [
        ReferenceValue(source: "official", entity: "Kazakhstan", metric: .gdp, period: .year(2023), value: 261.4e9, unit: .usd,
                       note: "current prices", url: "https://example.org/gdp", bound: .approx, basis: "nominal"),
        ReferenceValue(source: "official", entity: "Middle Corridor", metric: .freightVolume, period: .year(2024),
                       value: 4.5e6, unit: .tonnes),
    ]

    @Test("the same batch and reference values read back exactly as from SQLite: rows, order, doubles, NULLs")
    func sameAsSQLite() throws {
        let pg = try PostgresStore(url: try PostgresServer.freshDatabase())
        let lite = try SQLiteStore()
        #expect(try pg.ingest(Self.batch) == lite.ingest(Self.batch))
        #expect(try pg.counts() == lite.counts())
        #expect(try pg.storedHashes() == lite.storedHashes())
        let all = try pg.claims(matching: ClaimFilter())
        #expect(all == (try lite.claims(matching: ClaimFilter())))
        #expect(all.map(\.path).first == "docs/B.txt")
        #expect(all.contains { $0.claim.value == 0.1 + 0.2 } && all.contains { $0.claim.value == 1e-300 })
        for filter in [ClaimFilter(metric: .freightVolume), ClaimFilter(kind: .change), ClaimFilter(period: .year(2024)),
                       ClaimFilter(entity: "kazakhstan"), ClaimFilter(doc: "B.txt")] {
            #expect(try pg.claims(matching: filter) == lite.claims(matching: filter), "\(filter)")
        }
        var batches: [Int] = []
        try pg.claims(matching: ClaimFilter(), batchesOf: 3) { batches.append($0.count) }
        #expect(batches == [3, 3, 2])
        _ = try lite.replaceReference(dataset: "official", with: Self.references)
        #expect(try pg.replaceReference(dataset: "official", with: Self.references) == 0)
        #expect(try pg.replaceReference(dataset: "official", with: Self.references) == 2)
        #expect(try pg.referenceValues() == lite.referenceValues())
    }

    @Test("a new document stores its claims; the same content again changes nothing; changed content replaces them")
    func newUnchangedChanged() throws {
        let store = try PostgresStore(url: try PostgresServer.freshDatabase())
        let a = Self.doc("docs/a.txt", "h1")
        #expect(try store.ingest(a, claims: [Self.claim("4.5 million tons", 4.5e6, start: 10),
                                             Self.claim("2.76 million tons", 2.76e6, start: 40)]) == .new(added: 2))
        #expect(try store.ingest(a, claims: []) == .unchanged)
        _ = try store.ingest(Self.doc("docs/b.txt", "o1"), claims: [Self.claim("1 million tons", 1e6, start: 5, doc: "b.txt")])
        var changed = a
        changed.contentHash = "h2"
        changed.title = "New title"
        #expect(try store.ingest(changed, claims: [Self.claim("4.4 million tons", 4.4e6, start: 12)]) == .changed(added: 1, removed: 2))
        let all = try store.claims(matching: ClaimFilter())
        #expect(all.map(\.claim.text) == ["4.4 million tons", "1 million tons"])
        #expect(all.first?.title == "New title")
        #expect(try store.counts() == StoreCounts(documents: 2, claims: 2))
    }

    @Test("a path twice in one batch is written in order: the later content replaces the earlier one's claims")
    func pathTwiceInOneBatch() throws {
        let pg = try PostgresStore(url: try PostgresServer.freshDatabase())
        let batch = [
            IngestItem(document: Self.doc("docs/a.txt", "h1"), claims: [Self.claim("1 t", 1, start: 0)]),
            IngestItem(document: Self.doc("docs/c.txt", "c1"), claims: [Self.claim("3 t", 3, start: 0, doc: "c.txt")]),
            IngestItem(document: Self.doc("docs/a.txt", "h2"), claims: [Self.claim("2 t", 2, start: 0), Self.claim("5 t", 5, start: 4)]),
            IngestItem(document: Self.doc("docs/a.txt", "h2"), claims: []),
        ]
        #expect(try pg.ingest(batch) == [.new(added: 1), .new(added: 1), .changed(added: 2, removed: 1), .unchanged])
        #expect(try pg.claims(matching: ClaimFilter()).map(\.claim.value) == [2, 5, 3])
        #expect(try pg.storedHashes() == ["docs/a.txt": "h2", "docs/c.txt": "c1"])
    }

    @Test("a batch of more claims than one statement takes keeps every claim with its own document, in order")
    func batchAcrossStatements() throws {
        let store = try PostgresStore(url: try PostgresServer.freshDatabase())
        let sizes = [ClaimColumns.rowsPerStatement + 6, 1, 7]
        let batch = sizes.enumerated().map { i, n in
            IngestItem(document: Self.doc("docs/\(i).txt", "h\(i)"),
                       claims: (0..<n).map { Self.claim("\(i) tons", Double(i * 100_000 + $0), start: $0, doc: "\(i).txt") })
        }
        #expect(try store.ingest(batch) == sizes.map { IngestOutcome.new(added: $0) })
        let stored = try store.claims(matching: ClaimFilter())
        #expect(stored.count == sizes.reduce(0, +))
        for (i, n) in sizes.enumerated() {
            #expect(stored.filter { $0.claim.doc == "\(i).txt" }.map(\.claim.value) == (0..<n).map { Double(i * 100_000 + $0) })
        }
    }

    @Test("the migrations are SQLite's, by name and order, and are recorded")
    func migrationsMirrorSQLite() throws {
        #expect(PostgresSchema.migrations.map(\.name) == Schema.migrator.migrations)
        let url = try PostgresServer.freshDatabase()
        _ = try PostgresStore(url: url)
        _ = try PostgresStore(url: url)  // opening again applies nothing twice
        let server = try PostgresServer.require()
        let names = try server.psql(database: Self.name(url), "SELECT identifier FROM yardstick_migrations ORDER BY appliedAt, identifier")
        #expect(names.split(separator: "\n").map(String.init).sorted() == Schema.migrator.migrations.sorted())
    }

    @Test("the schema's constraints refuse what SQLite's refuse", arguments: [
        "INSERT INTO claim (documentId, spanStart, spanEnd, text, entity, metric, kind, value, unit, bound) VALUES (1, 0, 1, 't', 'e', 'gdp', 'guess', 1, 't', 'exact')",
        "INSERT INTO claim (documentId, spanStart, spanEnd, text, entity, metric, kind, value, unit, bound) VALUES (1, 0, 1, 't', 'e', 'weather', 'level', 1, 't', 'exact')",
        "INSERT INTO claim (documentId, spanStart, spanEnd, text, entity, metric, kind, value, unit, bound) VALUES (1, 0, 1, 't', 'e', 'gdp', 'level', 1, 't', 'roughly')",
        "INSERT INTO claim (documentId, spanStart, spanEnd, text, entity, metric, kind, value, unit, bound) VALUES (1, 5, 1, 't', 'e', 'gdp', 'level', 1, 't', 'exact')",
        "INSERT INTO claim (documentId, spanStart, spanEnd, text, entity, metric, kind, value, unit, bound) VALUES (1, -1, 1, 't', 'e', 'gdp', 'level', 1, 't', 'exact')",
        "INSERT INTO claim (documentId, spanStart, spanEnd, text, entity, metric, kind, value, unit, bound, entitySettled) VALUES (1, 0, 1, 't', 'e', 'gdp', 'level', 1, 't', 'exact', 'guessed')",
        "INSERT INTO claim (documentId, spanStart, spanEnd, text, entity, metric, kind, value, unit, bound) VALUES (99, 0, 1, 't', 'e', 'gdp', 'level', 1, 't', 'exact')",
        "INSERT INTO document (path, docId, contentHash, ingestedAt) VALUES ('docs/a.txt', 'x', 'y', 'now')",
        "INSERT INTO referenceValue (dataset, source, entity, metric, period, value, unit, bound) VALUES ('d', 's', 'e', 'gdp', '2024', 1, 'USD', 'roughly')",
    ])
    func constraints(sql: String) throws {
        let url = try PostgresServer.freshDatabase()
        let store = try PostgresStore(url: url)
        _ = try store.ingest(Self.doc("docs/a.txt", "h1"), claims: [Self.claim("1 t", 1, start: 0)])
        let server = try PostgresServer.require()
        // The same row with valid values goes in, so only the bad value is refused.
        #expect(throws: (any Error).self) { try server.psql(database: Self.name(url), sql) }
        #expect(try store.counts() == StoreCounts(documents: 1, claims: 1))
        _ = try server.psql(database: Self.name(url), "DELETE FROM document")
        #expect(try store.counts() == StoreCounts(documents: 0, claims: 0), "claims go with their document")
    }

    @Test("a database with a migration this build does not know is refused, naming it")
    func newerSchemaRefused() throws {
        let url = try PostgresServer.freshDatabase()
        let store = try PostgresStore(url: url)
        _ = try store.ingest(Self.doc("docs/a.txt", "h1"), claims: [Self.claim("1 t", 1, start: 0)])
        let server = try PostgresServer.require()
        _ = try server.psql(database: Self.name(url), "INSERT INTO yardstick_migrations (identifier) VALUES ('v99: from the future')")
        #expect(throws: StoreError.newerSchema(path: url, unknown: ["v99: from the future"])) { try PostgresStore(url: url) }
    }

    @Test("a read-only open of a database without yardstick's tables says how to make them, and creates nothing")
    func readOnlyOnEmptyDatabase() throws {
        let url = try PostgresServer.freshDatabase()
        #expect(throws: StoreError.missing(path: url)) { try PostgresStore(url: url, createSchema: false) }
        let server = try PostgresServer.require()
        #expect(try server.psql(database: Self.name(url), "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
                    .trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }

    @Test("a database that does not exist, and a server that is not there, are errors that say what to do")
    func connectionErrors() throws {
        let server = try PostgresServer.require()
        let missing = server.url("no_such_db")
        #expect(throws: StoreError.noSuchDatabase(path: missing, name: "no_such_db")) { try PostgresStore(url: missing) }
        let nowhere = "postgresql://yardstick@/x?host=/nonexistent/socket/folder"
        #expect {
            try PostgresStore(url: nowhere)
        } throws: { error in
            guard case .unreachable(let path, _) = error as? StoreError else { return false }
            return path == nowhere
        }
    }

    /// The database name in a test URL.
    static func name(_ url: String) -> String { PostgresServer.databaseName(url) }
}
