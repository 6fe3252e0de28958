import Claims
import StoreSQLite
import Extraction
import Foundation
import Pipeline
import Store
import Testing

/// Ingesting the dev corpus: the second run changes nothing and says so; editing one document replaces exactly its claims.
@Suite("Ingest", .enabled(if: Paths.hasShared, "../shared/corpus/dev is absent"))
struct IngestTests {
    @Test("ingesting the dev corpus twice: the second run changes nothing and says so")
    func twice() throws {
        let dir = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try SQLiteStore(path: dir.appendingPathComponent("y.sqlite").path)
        let job = IngestJob(paths: [Paths.devDocs.path], reader: DocumentReader())
        let first = try job.run(into: store, report: { _ in })
        #expect(first.new == 20 && first.claimsAdded > 100 && first.failed == 0)
        let second = try job.run(into: store, report: { _ in })
        #expect(second.unchanged == 20 && second.changedNothing)
        #expect(second.description.contains("nothing changed"))
        #expect(try store.counts().claims == first.claimsAdded)
    }

    @Test("editing one document replaces exactly its claims")
    func editOne() throws {
        let dir = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let docs = dir.appendingPathComponent("docs")
        try FileManager.default.copyItem(at: Paths.devDocs, to: docs)
        let store = try SQLiteStore(path: dir.appendingPathComponent("y.sqlite").path)
        let job = IngestJob(paths: [docs.path], reader: DocumentReader())
        _ = try job.run(into: store, report: { _ in })
        let before = try store.claims(matching: ClaimFilter())
        let s04 = docs.appendingPathComponent("s04.txt")
        let text = try String(contentsOf: s04, encoding: .utf8).replacingOccurrences(of: "4.5 million tons", with: "4.6 million tons")
        try text.write(to: s04, atomically: true, encoding: .utf8)
        let run = try job.run(into: store, report: { _ in })
        #expect(run.changed == 1 && run.unchanged == 19)
        let after = try store.claims(matching: ClaimFilter())
        #expect(before.filter { $0.claim.doc != "s04.txt" } == after.filter { $0.claim.doc != "s04.txt" })
        #expect(after.contains { $0.claim.doc == "s04.txt" && $0.claim.value == 4.6e6 })
        #expect(!after.contains { $0.claim.doc == "s04.txt" && $0.claim.value == 4.5e6 })
    }
}

/// A database another process holds is reported as locked, and nothing is written.
@Suite("Locked database")
struct LockedDatabaseTests {
    @Test("ingest into a database another process is writing reports 'locked' and changes nothing")
    func locked() throws {
        let dir = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("y.sqlite").path
        let store = try SQLiteStore(path: path)
        let before = try store.counts()
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["python3", "-c", """
            import sqlite3, sys, time
            c = sqlite3.connect(sys.argv[1], isolation_level=None)
            c.execute("BEGIN EXCLUSIVE")
            print("locked", flush=True)
            time.sleep(5)
            """, path]
        let out = Pipe()
        holder.standardOutput = out
        try holder.run()
        _ = out.fileHandleForReading.availableData  // wait for "locked"
        let doc = dir.appendingPathComponent("a.txt")
        try "---\npublished: 2024-05-14\n---\n\nCargo on the Middle Corridor reached 4.5 million tons in 2024.\n"
            .write(to: doc, atomically: true, encoding: .utf8)
        #expect(throws: StoreError.locked(path: path)) {
            _ = try IngestJob(paths: [doc.path], reader: DocumentReader()).run(into: store, report: { _ in })
        }
        holder.terminate()
        holder.waitUntilExit()
        #expect(try store.counts() == before)
    }
}
