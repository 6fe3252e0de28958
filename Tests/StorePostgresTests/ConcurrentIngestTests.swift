import Foundation
import Testing

/// Two `yardstick ingest` processes writing one PostgreSQL database at once, with documents in common: no document
/// is stored twice or in part, and the database ends as one ingest of the union would leave it.
@Suite("concurrent ingest into PostgreSQL")
struct ConcurrentIngestTests {
    /// Copies of the dev corpus, each a distinct document, `perFolder` to a folder b000, b001, …
    static func corpus(in dir: URL, documents: Int, perFolder: Int) throws -> URL {
        let out = dir.appendingPathComponent("corpus")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Paths.root.appendingPathComponent("Scripts/lib/copy-corpus.py").path, Paths.devDocs.path,
                       out.path, "\(documents)", "\(perFolder)"]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        return out
    }

    /// The numbers in an ingest summary: "documents: N new, N changed, N unchanged, N failed; claims: N added, …".
    static func summary(_ out: String) -> [String: Int] {
        let words = out.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "\n" })
        var numbers: [String: Int] = [:]
        for (n, word) in zip(words, words.dropFirst()) {
            if let value = Int(n) { numbers[String(word), default: 0] += value }
        }
        return numbers
    }

    @Test("two processes with overlapping documents: each document stored once and whole; totals equal one ingest of the union")
    func overlappingDocuments() throws {
        try Yardstick.requireBinaryAndShared()
        let dir = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // 12 folders of 100 documents: the first process takes folders 0-7, the second 4-11, both 4-7 (400 in
        // common), each in a different order, so their batches meet the shared documents at different times.
        let corpus = try Self.corpus(in: dir, documents: 1200, perFolder: 100)
        let folders = (0..<12).map { corpus.appendingPathComponent(String(format: "b%03d", $0)).path }
        let first = Array(folders[0..<8]), second = Array(folders[4..<12].reversed())
        let shared = try PostgresServer.freshDatabase()
        let a = try Yardstick.start(["ingest"] + first + ["--db", shared])
        let b = try Yardstick.start(["ingest"] + second + ["--db", shared])
        let ra = Yardstick.finish(a), rb = Yardstick.finish(b)
        #expect(ra.code == 0, "\(ra.err)")
        #expect(rb.code == 0, "\(rb.err)")

        let union = try PostgresServer.freshDatabase()
        let ru = try Yardstick.run(["ingest"] + folders + ["--db", union])
        #expect(ru.code == 0, "\(ru.err)")
        let (sa, sb, su) = (Self.summary(ra.out), Self.summary(rb.out), Self.summary(ru.out))
        #expect(su["new"] == 1200)
        // Every document was new to exactly one of the two; the other found it unchanged.
        #expect(sa["new", default: 0] + sb["new", default: 0] == 1200, "\(ra.out) / \(rb.out)")
        #expect(sa["unchanged", default: 0] + sb["unchanged", default: 0] == 400, "\(ra.out) / \(rb.out)")
        #expect(sa["changed", default: 0] + sb["changed", default: 0] == 0)
        #expect(sa["added", default: 0] + sb["added", default: 0] == su["added"])

        // The same rows, in the same order, as the single ingest of the union.
        let together = try Yardstick.run(["claims", "--format", "csv", "--db", shared])
        let alone = try Yardstick.run(["claims", "--format", "csv", "--db", union])
        #expect(together.code == 0 && alone.code == 0)
        #expect(together.out == alone.out)
        #expect(together.out.split(whereSeparator: \.isNewline).count == su["added", default: -1] + 1)
        let server = try PostgresServer.require()
        let perDocument = "SELECT d.path || ' ' || count(c.id) FROM document d LEFT JOIN claim c ON c.documentId = d.id GROUP BY d.path ORDER BY d.path"
        let name = PostgresServer.databaseName
        #expect(try server.psql(database: name(shared), perDocument) == server.psql(database: name(union), perDocument))
        #expect(try server.psql(database: name(shared), "SELECT count(*), count(DISTINCT path) FROM document")
                    .trimmingCharacters(in: .whitespacesAndNewlines) == "1200|1200")
    }

    @Test("processes opening a new database at once: one makes the tables, the others wait and use them")
    func tablesMadeOnce() throws {
        try Yardstick.requireBinaryAndShared()
        for round in 1...3 {
            let url = try PostgresServer.freshDatabase()
            let started = try (1...4).map { k in
                try Yardstick.start(["import-reference", Paths.officialReference.path, "--source", "s\(k)", "--db", url])
            }
            for (k, result) in started.map(Yardstick.finish).enumerated() {
                #expect(result.code == 0, "round \(round), process \(k + 1): \(result.err)")
            }
            let server = try PostgresServer.require()
            #expect(try server.psql(database: PostgresServer.databaseName(url), "SELECT count(DISTINCT dataset) FROM referenceValue")
                        .trimmingCharacters(in: .whitespacesAndNewlines) == "4")
        }
    }
}
