import Extraction
import Foundation
import Pipeline
import Testing

/// Bad inputs each get one message naming the file (and line), the other inputs are still processed,
/// and the run reports failure.
@Suite("Bad inputs to extract")
struct BadInputTests {
    static let good = "---\npublished: 2024-05-14\ntitle: Route\n---\n\nCargo on the Middle Corridor rose by 62% to 4.5 million tons in 2024.\n"

    /// Writes `bad` next to a good document, runs `extract` over both, and returns the summary, output and diagnostics.
    static func run(bad: Data) throws -> (ExtractJob.Summary, String, [Diagnostic]) {
        let dir = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(good.utf8).write(to: dir.appendingPathComponent("a-good.txt"))
        try bad.write(to: dir.appendingPathComponent("bad.txt"))
        var out = ""
        var diagnostics: [Diagnostic] = []
        let job = ExtractJob(paths: [dir.path], reader: DocumentReader(), format: .jsonl, options: ExtractionOptions())
        let summary = job.run(write: { out += $0 }, report: { diagnostics.append($0) })
        return (summary, out, diagnostics)
    }

    static func expectReported(_ r: (ExtractJob.Summary, String, [Diagnostic]), line: Int?, containing text: String,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        let (summary, out, diagnostics) = r
        #expect(summary.failedInputs == 1, sourceLocation: sourceLocation)
        #expect(summary.exitCode == 1, sourceLocation: sourceLocation)
        #expect(summary.documents == 1, "the good document is still processed", sourceLocation: sourceLocation)
        #expect(out.contains("4.5 million tons"), sourceLocation: sourceLocation)
        let errors = diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1, sourceLocation: sourceLocation)
        guard let d = errors.first else { return }
        #expect(d.file.hasSuffix("bad.txt"), sourceLocation: sourceLocation)
        #expect(d.line == line, sourceLocation: sourceLocation)
        #expect(d.message.contains(text), "\(d.message)", sourceLocation: sourceLocation)
        #expect(!d.description.contains("\n"), "one line", sourceLocation: sourceLocation)
    }

    @Test("a binary file is refused with its line")
    func binary() throws {
        var bytes = Data("first line\nsecond".utf8)
        bytes.append(contentsOf: [0, 1, 2, 0xFF, 0])
        Self.expectReported(try Self.run(bad: bytes), line: 2, containing: "binary")
    }

    @Test("invalid UTF-8 is refused with the line of the first bad byte")
    func invalidUTF8() throws {
        var bytes = Data("ok\nstill ok\ncaf".utf8)
        bytes.append(contentsOf: [0xE9, 0x20, 0x31])  // Latin-1 é
        Self.expectReported(try Self.run(bad: bytes), line: 3, containing: "UTF-8")
    }

    @Test("an empty file is reported")
    func empty() throws {
        Self.expectReported(try Self.run(bad: Data()), line: nil, containing: "empty")
    }

    @Test("a 10 MB single line is refused, naming line 1")
    func hugeLine() throws {
        let line = String(repeating: "Trade grew 5% to $1 billion in 2023 ", count: 10_000_000 / 36)
        Self.expectReported(try Self.run(bad: Data(line.utf8)), line: 1, containing: "limit")
    }

    @Test("unclosed front matter is refused, naming the line that opened it")
    func unclosedFrontMatter() throws {
        let text = "---\npublished: 2024-01-01\ntitle: no end\n\nCargo reached 4 million tons in 2023.\n"
        Self.expectReported(try Self.run(bad: Data(text.utf8)), line: 1, containing: "never closed")
    }

    @Test("a file holding only '---' is an unclosed front matter, not a crash")
    func fenceOnly() throws {
        Self.expectReported(try Self.run(bad: Data("---".utf8)), line: 1, containing: "never closed")
    }

    @Test("a broken published date names its line")
    func badDate() throws {
        let text = "---\ntitle: x\npublished: 14 May 2024\n---\n\nCargo reached 4 million tons in 2023.\n"
        Self.expectReported(try Self.run(bad: Data(text.utf8)), line: 3, containing: "YYYY-MM-DD")
    }

    @Test("a missing path is reported and the other inputs still run")
    func missingPath() throws {
        let dir = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let goodURL = dir.appendingPathComponent("good.txt")
        try Data(Self.good.utf8).write(to: goodURL)
        var out = ""
        var diagnostics: [Diagnostic] = []
        let job = ExtractJob(paths: [dir.appendingPathComponent("nope.txt").path, goodURL.path], reader: DocumentReader(),
                             format: .jsonl, options: ExtractionOptions())
        let summary = job.run(write: { out += $0 }, report: { diagnostics.append($0) })
        #expect(summary.exitCode == 1)
        #expect(diagnostics.count == 1 && diagnostics[0].file.hasSuffix("nope.txt"))
        #expect(out.contains("62%"))
    }

    @Test("a bad JSON Lines document names its line; the good lines are extracted")
    func badJSONLine() throws {
        let dir = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("docs.jsonl")
        let lines = [
            #"{"id":"a","published":"2024-05-14","text":"Cargo rose by 62% to 4.5 million tons in 2024."}"#,
            #"{"id":"b","text":42}"#,
            #"{"id":"c","published":"2024-05-14","text":"Trade turnover reached $9 billion in 2023."}"#,
        ]
        try Data(lines.joined(separator: "\n").utf8).write(to: url)
        var out = ""
        var diagnostics: [Diagnostic] = []
        let job = ExtractJob(paths: [url.path], reader: DocumentReader(format: .jsonl), format: .jsonl,
                             options: ExtractionOptions())
        let summary = job.run(write: { out += $0 }, report: { diagnostics.append($0) })
        #expect(summary.documents == 2 && summary.exitCode == 1)
        #expect(diagnostics.first?.line == 2)
        #expect(out.contains("\"doc\":\"a\"") && out.contains("\"doc\":\"c\""))
    }

    @Test("without any date a relative period stays null and a warning says so")
    func noDate() throws {
        let dir = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("undated.txt")
        try Data("Trade turnover with China reached $9 billion last year.\n".utf8).write(to: url)
        var out = ""
        var diagnostics: [Diagnostic] = []
        let job = ExtractJob(paths: [url.path], reader: DocumentReader(), format: .jsonl, options: ExtractionOptions())
        _ = job.run(write: { out += $0 }, report: { diagnostics.append($0) })
        #expect(out.contains("\"period\":null"))
        #expect(diagnostics.contains { $0.severity == .warning && $0.message.contains("publication date") })
    }
}
