import Claims

/// What is wrong with a document's front matter, with the line it is on.
public enum FrontMatterError: Error, Equatable, Sendable {
    /// The opening `---` has no closing `---`.
    case unclosed(openedAtLine: Int)
    /// A line between the `---` lines is not `key: value`.
    case malformedLine(line: Int, text: String)
    /// `published` is not a `YYYY-MM-DD` date.
    case badDate(line: Int, value: String)

    /// The line the problem is on.
    public var line: Int {
        switch self {
        case .unclosed(let l): l
        case .malformedLine(let l, _): l
        case .badDate(let l, _): l
        }
    }

    /// One sentence saying what is wrong and what to do.
    public var message: String {
        switch self {
        case .unclosed(let l):
            "front matter opened with '---' at line \(l) is never closed; add a '---' line after the fields"
        case .malformedLine(_, let text):
            "front matter line is not 'key: value' (\(text.prefix(60))); fix it or remove the front matter"
        case .badDate(_, let value):
            "published date '\(value.prefix(40))' is not YYYY-MM-DD; fix it or pass --published"
        }
    }
}

/// The `---` block at the top of a document: `published`, `source`, `url`, `title`.
public struct FrontMatter: Sendable {
    public var fields: [String: String] = [:]
    public var published: Day?
    /// UTF-8 offset where the body starts.
    public var bodyStart: Int = 0

    /// Parses the front matter at the start of UTF-8 bytes.
    public static func parse(_ utf8: [UInt8]) throws(FrontMatterError) -> FrontMatter {
        var fm = FrontMatter()
        guard utf8.count >= 3, utf8[0] == 0x2D, utf8[1] == 0x2D, utf8[2] == 0x2D else { return fm }
        guard utf8.count == 3 || utf8[3] == 0x0A || utf8[3] == 0x0D else { return fm }
        var lineStart = utf8[3] == 0x0D ? 5 : 4
        var line = 2
        let limit = min(utf8.count, 64 * 1024)
        while lineStart < limit {
            var nl = lineStart
            while nl < utf8.count, utf8[nl] != 0x0A { nl += 1 }
            var lo = lineStart, hi = nl
            while lo < hi, utf8[lo] == 0x20 || utf8[lo] == 0x09 { lo += 1 }
            while hi > lo, utf8[hi - 1] == 0x20 || utf8[hi - 1] == 0x09 || utf8[hi - 1] == 0x0D { hi -= 1 }
            if hi - lo == 3, utf8[lo] == 0x2D, utf8[lo + 1] == 0x2D, utf8[lo + 2] == 0x2D {
                var body = min(nl + 1, utf8.count)
                // One blank line after the closing fence belongs to the front matter.
                if body < utf8.count, utf8[body] == 0x0A { body += 1 }
                else if body + 1 < utf8.count, utf8[body] == 0x0D, utf8[body + 1] == 0x0A { body += 2 }
                fm.bodyStart = body
                return fm
            }
            if lo < hi {
                try fm.readField(utf8, lo, hi, line: line, lineStart: lineStart)
            }
            lineStart = nl + 1
            line += 1
        }
        throw .unclosed(openedAtLine: 1)
    }

    /// Reads one `key: value` line of the front matter.
    private mutating func readField(_ utf8: [UInt8], _ lo: Int, _ hi: Int, line: Int, lineStart: Int) throws(FrontMatterError) {
        var content: String { String(decoding: utf8[lo..<hi], as: UTF8.self) }
        guard let colon = utf8[lo..<hi].firstIndex(of: 0x3A) else {
            // A body line before any closing fence: the fence was never closed.
            if !hasClosingFence(utf8, after: lineStart) { throw .unclosed(openedAtLine: 1) }
            throw .malformedLine(line: line, text: content)
        }
        var keyEnd = colon
        while keyEnd > lo, utf8[keyEnd - 1] == 0x20 { keyEnd -= 1 }
        var v0 = colon + 1, v1 = hi
        while v0 < v1, utf8[v0] == 0x20 || utf8[v0] == 0x09 || utf8[v0] == 0x22 || utf8[v0] == 0x27 { v0 += 1 }
        while v1 > v0, utf8[v1 - 1] == 0x22 || utf8[v1 - 1] == 0x27 { v1 -= 1 }
        guard keyEnd > lo, !utf8[lo..<keyEnd].contains(0x20) else { throw .malformedLine(line: line, text: content) }
        let key = String(decoding: utf8[lo..<keyEnd].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        let value = String(decoding: utf8[v0..<v1], as: UTF8.self)
        fields[key] = value
        guard key == "published" || key == "date" else { return }
        if v0 == v1 {
            published = nil
            return
        }
        // `YYYY-MM-DD`, optionally followed by a time: `2024-07-03T10:00:00Z`.
        guard v1 - v0 == 10 || (v1 - v0 > 10 && utf8[v0 + 10] == 0x54), let d = Day(utf8: utf8[v0..<(v0 + min(10, v1 - v0))])
        else { throw .badDate(line: line, value: value) }
        published = d
    }
}

/// True when a line holding only `---` comes after `offset`.
private func hasClosingFence(_ utf8: [UInt8], after offset: Int) -> Bool {
    var i = offset
    while i < min(utf8.count, 64 * 1024) {
        var end = i
        while end < utf8.count, utf8[end] != 0x0A { end += 1 }
        var line = utf8[i..<end]
        if line.last == 0x0D { line = line.dropLast() }
        if Array(line) == Array("---".utf8) { return true }
        i = end + 1
    }
    return false
}

