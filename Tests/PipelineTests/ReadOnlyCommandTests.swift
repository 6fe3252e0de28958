import Claims
import Foundation
import Pipeline
import Store
import StoreSQLite
import Testing

/// Commands that only read the store never make an empty database where none is; they say how to make one.
@Suite("Read-only commands and a missing database")
struct ReadOnlyCommandTests {
    static let readOnly: [[String]] = [
        ["check"], ["series"], ["claims"], ["growth"], ["project", "--entity", "Kazakhstan", "--metric", "gdp", "--to", "2030"],
        ["report", "--out", "R"],
    ]

    @Test("check, series, claims, growth, project and report in a folder without a database: exit 1, no file made, a hint",
          .enabled(if: FileManager.default.fileExists(atPath: CommandLineTests.binary.path)), arguments: readOnly)
    func noDatabaseMade(_ args: [String]) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ro-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("none.sqlite").path
        let (code, _, err) = try CommandLineTests.run(args + ["--db", db])
        #expect(code == 1)
        #expect(!FileManager.default.fileExists(atPath: db))
        #expect(err.contains(db) && err.contains("yardstick ingest"))
    }

    @Test("the opener refuses a missing SQLite file for reading but creates it for writing")
    func openerAccess() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ro-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: StoreError.missing(path: path)) { try StoreOpener.open(path, for: .readOnly) }
        _ = try StoreOpener.open(path, for: .readWrite)
        #expect(FileManager.default.fileExists(atPath: path))
        _ = try StoreOpener.open(path, for: .readOnly)
    }

    @Test("postgresql:// and postgres:// URLs select PostgreSQL; anything else is a SQLite path")
    func locations() {
        #expect(StoreLocation("postgresql://me@localhost/ys") == .postgres(url: "postgresql://me@localhost/ys"))
        #expect(StoreLocation("POSTGRES://h/db") == .postgres(url: "POSTGRES://h/db"))
        #expect(StoreLocation("data/postgresql.sqlite") == .sqlite(path: "data/postgresql.sqlite"))
    }
}

/// `project` on a series stated in tonnes and in TEU projects each unit instead of failing.
@Suite("Projection of a series in two units")
struct ProjectUnitsTests {
    static func claim(_ value: Double, _ unit: String, _ year: Int, doc: String) -> Claim {
        Claim(doc: doc, published: Day(year: 2025, month: 1, day: 1), span: Span(start: 0, end: 4), text: "\(value)",
              entity: "Aktau port", counterpart: nil, metric: .freightVolume, kind: .level, value: value,
              unit: Unit(rawValue: unit), period: .year(year), basePeriod: nil, bound: .exact)
    }

    static func store() throws -> SQLiteStore {
        let store = try SQLiteStore()
        for (i, year) in [2020, 2021, 2022, 2023].enumerated() {
            let doc = IngestDocument(path: "d\(year).txt", docId: "d\(year).txt", contentHash: "h\(year)", published: nil,
                                     source: nil, url: nil, title: nil)
            _ = try store.ingest(doc, claims: [claim(1_000_000 * Double(i + 1), "t", year, doc: doc.docId),
                                               claim(50_000 * Double(i + 2), "TEU", year, doc: doc.docId)])
        }
        return store
    }

    @Test("without --unit each unit gets its own projection; with --unit only that one")
    func eachUnit() throws {
        let store = try Self.store()
        let both = try ProjectJob(entity: "Aktau port", metric: .freightVolume, counterpart: nil, unit: nil, to: 2026,
                                  model: .loglinear).run(store: store)
        #expect(both.contains(" t") && both.contains("TEU"))
        let teu = try ProjectJob(entity: "Aktau port", metric: .freightVolume, counterpart: nil, unit: "TEU", to: 2026,
                                 model: .loglinear).run(store: store)
        #expect(teu.contains("TEU"))
        #expect(teu.count < both.count)
    }
}
