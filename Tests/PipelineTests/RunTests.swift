import StoreSQLite
import Claims
import Foundation
import Logging
import Pipeline
import Store
import Testing

/// The scheduled run: one at a time, reports replaced whole, quiet when nothing changed.
@Suite("yardstick run")
struct RunTests {
    /// A configuration over the sample briefs, writing into a fresh folder.
    static func config() throws -> RunConfig {
        let dir = try Paths.temporaryFolder()
        let text = """
            database = "\(dir.path)/y.sqlite"
            reports = "\(dir.path)/Reports"
            inputs = ["\(Paths.root.appendingPathComponent("Data/samples").path)"]
            [[reference]]
            file = "\(Paths.root.appendingPathComponent("Data/reference/official-excerpt.csv").path)"
            source = "official"
            """
        let url = dir.appendingPathComponent("y.toml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return try RunConfig.load(url.path)
    }

    static let logger = Logger(label: "test")

    @Test("a run writes Reports/DATE and Reports/latest; with --if-changed an unchanged second run writes nothing new")
    func runAndIfChanged() throws {
        let cfg = try Self.config()
        let first = try RunJob(config: cfg, today: Day("2026-11-25")!).run(logger: Self.logger, report: { _ in })
        #expect(first.reportFolder?.hasSuffix("2026-11-25") == true)
        let latest = URL(fileURLWithPath: cfg.reports).appendingPathComponent("latest")
        #expect(FileManager.default.fileExists(atPath: latest.appendingPathComponent("report.html").path))
        let second = try RunJob(config: cfg, today: Day("2026-11-26")!, ifChanged: true).run(logger: Self.logger, report: { _ in })
        #expect(second.reportFolder == nil)
        #expect(!FileManager.default.fileExists(atPath: URL(fileURLWithPath: cfg.reports).appendingPathComponent("2026-11-26").path))
    }

    @Test("a reference file imported before under a source whose name ends in this one's is imported again under this one")
    func referenceSourceNamesAreWholeLines() throws {
        var cfg = try Self.config()
        cfg.references[0].source = "unofficial"
        _ = try RunJob(config: cfg, today: Day("2026-11-25")!).run(logger: Self.logger, report: { _ in })
        cfg.references[0].source = "official"
        _ = try RunJob(config: cfg, today: Day("2026-11-26")!).run(logger: Self.logger, report: { _ in })
        // Replacing a dataset reports how many rows it held: the same file's rows under each name.
        let store = try SQLiteStore(path: cfg.database)
        let official = try store.replaceReference(dataset: "official", with: [])
        #expect(official > 0)
        #expect(try store.replaceReference(dataset: "unofficial", with: []) == official)
    }

    @Test("a second run while one holds the lock exits with the lock message")
    func busy() throws {
        let cfg = try Self.config()
        try FileManager.default.createDirectory(atPath: cfg.reports, withIntermediateDirectories: true)
        let held = try RunLock(path: cfg.reports + "/.yardstick.lock", wait: false)
        let error = #expect(throws: RunError.self) {
            try RunJob(config: cfg, today: Day("2026-11-25")!).run(logger: Self.logger, report: { _ in })
        }
        #expect(error.map { "\($0)".contains("another yardstick run is in progress") } == true)
        withExtendedLifetime(held) {}
    }

    @Test("a report that fails half-way leaves the previous folder as it was and no partial folder behind")
    func atomicReplace() throws {
        let dir = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let latest = dir.appendingPathComponent("latest")
        try AtomicFolder.replace(latest) { tmp in try? Data("old".utf8).write(to: tmp.appendingPathComponent("report.txt")) }
        #expect(throws: ReportError.self) {
            try AtomicFolder.replace(latest) { tmp throws(ReportError) in
                try? Data("half".utf8).write(to: tmp.appendingPathComponent("report.txt"))
                throw ReportError.write(path: tmp.path, reason: "killed")
            }
        }
        #expect(try String(contentsOf: latest.appendingPathComponent("report.txt"), encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["latest"])
    }

    @Test("a broken configuration names the key and what it needs")
    func badConfig() throws {
        let url = try Paths.temporaryFolder().appendingPathComponent("bad.toml")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        try "inputs = []\n".write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: RunConfig.Problem.invalid(path: url.path, key: "inputs", reason: "must list at least one file or folder")) {
            try RunConfig.load(url.path)
        }
    }
}
