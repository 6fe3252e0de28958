import Foundation
import Testing
@testable import Pipeline

/// Reading JSON Lines input: lines across read chunks, a last line without `\n`, lines over the limit skipped.
@Suite("Line reader")
struct LineReaderTests {
    /// Every line of `bytes` read back through a `LineReader` with `limit`.
    static func lines(_ bytes: [UInt8], limit: Int) throws -> [String] {
        let url = try Paths.temporaryFolder().appendingPathComponent("in.jsonl")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        try Data(bytes).write(to: url)
        let fd = open(url.path, O_RDONLY)
        defer { close(fd) }
        var reader = LineReader(fd: fd, limit: limit)
        var out: [String] = []
        while let line = reader.next() {
            switch line {
            case .text(let d): out.append("\(reader.lineNumber):" + String(decoding: d, as: UTF8.self))
            case .tooLong(let n): out.append("\(reader.lineNumber):too long \(n)")
            }
        }
        return out
    }

    @Test("lines that cross the reader's chunk boundary come back whole, with their numbers")
    func acrossChunks() throws {
        let long = String(repeating: "x", count: LineReader.chunk - 3)
        let text = "a\r\n" + long + "\nlast line"
        #expect(try Self.lines(Array(text.utf8), limit: 4 * LineReader.chunk) == ["1:a\r", "2:" + long, "3:last line"])
    }

    @Test("a line over the limit is reported with its length and the lines around it survive")
    func overLimit() throws {
        let huge = String(repeating: "y", count: 3 * LineReader.chunk)
        let text = "first\n" + huge + "\nafter\n" + huge
        #expect(try Self.lines(Array(text.utf8), limit: 1000)
                == ["1:first", "2:too long \(huge.utf8.count)", "3:after", "4:too long \(huge.utf8.count)"])
    }

    @Test("empty input gives no lines; a lone newline gives one empty line")
    func emptyInput() throws {
        #expect(try Self.lines([], limit: 10).isEmpty)
        #expect(try Self.lines([0x0A], limit: 10) == ["1:"])
    }
}
