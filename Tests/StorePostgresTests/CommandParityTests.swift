import Foundation
import Testing

/// Every command that reads or writes claims prints the same on PostgreSQL as on SQLite, run as a user runs them
/// on the dev corpus and the official reference.
@Suite("commands on PostgreSQL print what they print on SQLite", .serialized)
struct CommandParityTests {
    /// The reading commands compared, after `ingest` and `import-reference`.
    static let queries: [[String]] = [
        ["claims", "--format", "csv"],
        ["claims", "--format", "jsonl", "--metric", "freight_volume"],
        ["series", "--format", "csv"],
        ["growth", "--format", "csv"],
        ["check", "--format", "jsonl"],
        ["check", "--format", "csv"],
        ["project", "--entity", "Middle Corridor", "--metric", "freight_volume", "--to", "2030"],
        ["project", "--entity", "Kazakhstan", "--metric", "gdp", "--to", "2030", "--model", "linear"],
        ["report", "--format", "text"],
    ]

    /// What each step prints on `db`: ingest, import-reference, then every query.
    static func outputs(_ db: String) throws -> [Yardstick.Result] {
        var results = [try Yardstick.run(["ingest", Paths.devDocs.path, "--db", db]),
                       try Yardstick.run(["import-reference", Paths.officialReference.path, "--source", "official", "--db", db])]
        for query in queries { results.append(try Yardstick.run(query + ["--db", db])) }
        // Ingesting again finds every document unchanged.
        results.append(try Yardstick.run(["ingest", Paths.devDocs.path, "--db", db]))
        return results
    }

    @Test("ingest, import-reference, claims, series, growth, check, project and report: identical output and exit codes")
    func sameOutput() throws {
        try Yardstick.requireBinaryAndShared()
        let url = try PostgresServer.freshDatabase()
        let dir = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lite = try Self.outputs(dir.appendingPathComponent("y.sqlite").path)
        let pg = try Self.outputs(url)
        let steps = [["ingest"], ["import-reference"]] + Self.queries + [["ingest (again)"]]
        for (step, (l, p)) in zip(steps, zip(lite, pg)) {
            #expect(p.code == l.code, "\(step.joined(separator: " ")): exit \(p.code) on PostgreSQL, \(l.code) on SQLite: \(p.err)")
            #expect(p.out == l.out, "\(step.joined(separator: " ")) prints differently on PostgreSQL")
        }
        #expect(lite[0].code == 0 && lite[0].out.contains("20 new"), "\(lite[0].out) \(lite[0].err)")
        #expect(lite[2].out.split(whereSeparator: \.isNewline).count > 20, "the dev corpus gives claims")
        #expect(lite.last?.out.contains("nothing changed") == true)
    }

    @Test("read-only commands on a PostgreSQL database without yardstick's tables say how to make them")
    func readOnlyOnEmptyDatabase() throws {
        try Yardstick.requireBinaryAndShared()
        let url = try PostgresServer.freshDatabase()
        let result = try Yardstick.run(["series", "--format", "csv", "--db", url])
        #expect(result.code != 0)
        #expect(result.err.contains("yardstick ingest"))
        #expect(result.out.isEmpty)
    }

    @Test("a password in the URL is never printed")
    func passwordNotPrinted() throws {
        try Yardstick.requireBinaryAndShared()
        let server = try PostgresServer.require()
        let result = try Yardstick.run(["series", "--db", "postgresql://yardstick:s3cr3t@/no_such_db?host=\(server.socketFolder)"])
        #expect(result.code != 0)
        #expect(result.err.contains("no_such_db") && result.err.contains("createdb"))
        #expect(!result.err.contains("s3cr3t") && !result.out.contains("s3cr3t"))
    }

    @Test("run --config with database = \"postgresql://…\" writes the reports a SQLite run writes")
    func runConfig() throws {
        try Yardstick.requireBinaryAndShared()
        let url = try PostgresServer.freshDatabase()
        let dir = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        func config(_ name: String, database: String) throws -> URL {
            let file = dir.appendingPathComponent("\(name).toml")
            try """
                database = "\(database)"
                reports = "\(name)-reports"
                inputs = ["\(Paths.devDocs.path)"]
                formats = ["csv", "text"]
                fail_on = ""

                [[reference]]
                file = "\(Paths.officialReference.path)"
                source = "official"
                """.write(to: file, atomically: true, encoding: .utf8)
            return file
        }
        let lite = try Yardstick.run(["run", "--config", try config("lite", database: "y.sqlite").path])
        let pg = try Yardstick.run(["run", "--config", try config("pg", database: url).path])
        #expect(lite.code == 0, "\(lite.err)")
        #expect(pg.code == 0, "\(pg.err)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("postgresql:").path),
                "the URL is not taken for a relative path")
        let liteReports = dir.appendingPathComponent("lite-reports/latest")
        let pgReports = dir.appendingPathComponent("pg-reports/latest")
        let files = try FileManager.default.contentsOfDirectory(atPath: liteReports.path).sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: pgReports.path).sorted() == files)
        #expect(files.contains { $0.hasSuffix(".csv") })
        for file in files where file.hasSuffix(".csv") {
            #expect(try Data(contentsOf: pgReports.appendingPathComponent(file)) == Data(contentsOf: liteReports.appendingPathComponent(file)),
                    "\(file) differs")
        }
    }
}
