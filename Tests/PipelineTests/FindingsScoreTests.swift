import Claims
import Foundation
import Pipeline
import StoreSQLite
import Testing

/// The whole chain (extract, store, import the reference, check) scored against the findings a careful analyst
/// derives from the gold claims (`../shared/tools/compare_findings.py`): every reported conflict real, and at least
/// the share of the real ones found. Under CI a missing `../shared` fails instead of skipping.
@Suite("Conflicts against the analyst's findings", .enabled(if: Paths.hasShared || Paths.isCI, "../shared is absent"))
struct FindingsScoreTests {
    /// Precision and found/real conflicts of `check --format jsonl` on a corpus.
    static func score(docs: URL, expected: URL) throws -> (precision: Double, found: Int, real: Int, reported: Int) {
        let store = try CheckTests.ingested([docs.path], withReference: true)
        var jsonl = ""
        _ = try CheckJob(format: .jsonl, failOn: nil).run(store: store) { jsonl += String(decoding: $0, as: UTF8.self) }
        let dir = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let product = dir.appendingPathComponent("findings.jsonl")
        try jsonl.write(to: product, atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", Paths.shared.appendingPathComponent("tools/compare_findings.py").path,
                       "--expected", expected.path, "--product", product.path]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out  // the JSON summary goes to standard error, the words to standard output
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        // One JSON object: {"precision": …, "recall": …, "reported": …, "confirmed": …, "real": …, "found": …}.
        let text = String(decoding: data, as: UTF8.self)
        let start = try #require(text.firstIndex(of: "{"), "no summary in: \(text)")
        let first = text[start...].prefix { $0 != "}" } + "}"
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        return ((object["precision"] as? Double) ?? 0, (object["found"] as? Int) ?? 0, (object["real"] as? Int) ?? 0,
                (object["reported"] as? Int) ?? 0)
    }

    @Test("dev: every reported conflict is real (precision 1.0) and at least 8 of the 10 real ones are found")
    func dev() throws {
        let s = try Self.score(docs: Paths.devDocs, expected: Paths.shared.appendingPathComponent("corpus/dev/findings.jsonl"))
        #expect(s.reported > 0)
        #expect(s.precision == 1.0)
        #expect(s.found >= 8, "found \(s.found) of \(s.real)")
    }

    @Test("dev2: precision 1.0 and at least 4 of the 5 real conflicts found (5 today)")
    func dev2() throws {
        let s = try Self.score(docs: Paths.dev2Docs, expected: Paths.shared.appendingPathComponent("corpus/dev2/findings.jsonl"))
        #expect(s.reported > 0)
        #expect(s.precision == 1.0)
        #expect(s.found >= 4, "found \(s.found) of \(s.real)")
    }
}
