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
    public var published: Day?
    public var title: String?
    public var source: String?
    public var url: String?
    /// UTF-8 offset where the body starts.
    public var bodyStart: Int = 0

    /// Parses the front matter at the start of UTF-8 bytes.
    public static func parse(_ utf8: [UInt8]) throws(FrontMatterError) -> FrontMatter {
        let parsed = utf8.withUnsafeBufferPointer { bytes in Result(catching: { () throws(FrontMatterError) in try parse(bytes) }) }
        return try parsed.get()
    }

    /// Parses the front matter at the start of a buffer of UTF-8 bytes.
    public static func parse(_ utf8: UnsafeBufferPointer<UInt8>) throws(FrontMatterError) -> FrontMatter {
        var fm = FrontMatter()
        guard utf8.count >= 3, utf8[0] == 0x2D, utf8[1] == 0x2D, utf8[2] == 0x2D else { return fm }
        guard utf8.count == 3 || utf8[3] == 0x0A || utf8[3] == 0x0D else { return fm }
        // A file of just `---` has no byte 3: it opens a front matter that never closes.
        var lineStart = utf8.count > 3 && utf8[3] == 0x0D ? 5 : 4
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

    /// Reads one `key: value` line of the front matter; a key seen twice keeps its last value.
    private mutating func readField(_ utf8: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int, line: Int,
                                    lineStart: Int) throws(FrontMatterError) {
        var content: String { String(decoding: UnsafeBufferPointer(rebasing: utf8[lo..<hi]), as: UTF8.self) }
        var colon = lo
        while colon < hi, utf8[colon] != 0x3A { colon += 1 }
        guard colon < hi else {
            // A body line before any closing fence: the fence was never closed.
            if !hasClosingFence(utf8, after: lineStart) { throw .unclosed(openedAtLine: 1) }
            throw .malformedLine(line: line, text: content)
        }
        var keyEnd = colon
        while keyEnd > lo, utf8[keyEnd - 1] == 0x20 { keyEnd -= 1 }
        var v0 = colon + 1, v1 = hi
        while v0 < v1, utf8[v0] == 0x20 || utf8[v0] == 0x09 || utf8[v0] == 0x22 || utf8[v0] == 0x27 { v0 += 1 }
        while v1 > v0, utf8[v1 - 1] == 0x22 || utf8[v1 - 1] == 0x27 { v1 -= 1 }
        let key = UnsafeBufferPointer(rebasing: utf8[lo..<keyEnd])
        guard !key.isEmpty, !key.contains(0x20) else { throw .malformedLine(line: line, text: content) }
        let valueBytes = UnsafeBufferPointer(rebasing: utf8[v0..<v1])
        var value: String { String(decoding: valueBytes, as: UTF8.self) }
        switch FrontMatterKey(key) {
        case .title: title = value
        case .source: source = value
        case .url: url = value
        case .published:
            if valueBytes.isEmpty {
                published = nil
                return
            }
            // `YYYY-MM-DD`, optionally followed by a time: `2024-07-03T10:00:00Z`.
            guard valueBytes.count == 10 || (valueBytes.count > 10 && valueBytes[10] == 0x54),
                  let d = Day(utf8: UnsafeBufferPointer(rebasing: valueBytes.prefix(10)))
            else { throw .badDate(line: line, value: value) }
            published = d
        case nil: break
        }
    }
}

/// The front matter keys a document keeps, matched without regard to ASCII case.
private enum FrontMatterKey {
    case title, source, url
    /// `published`, or its synonym `date`.
    case published

    /// The key spelled by `bytes`; nil for any key the document does not keep.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        /// True when `bytes`, with A–Z taken as a–z, are exactly `name`.
        func matches(_ name: StaticString) -> Bool {
            guard bytes.count == name.utf8CodeUnitCount else { return false }
            let expected = name.utf8Start
            for i in 0..<bytes.count {
                let b = bytes[i]
                guard (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) == expected[i] else { return false }
            }
            return true
        }
        switch bytes.count {
        case 3 where matches("url"): self = .url
        case 4 where matches("date"): self = .published
        case 5 where matches("title"): self = .title
        case 6 where matches("source"): self = .source
        case 9 where matches("published"): self = .published
        default: return nil
        }
    }
}

/// True when a line holding only `---` comes after `offset`.
private func hasClosingFence(_ utf8: UnsafeBufferPointer<UInt8>, after offset: Int) -> Bool {
    var i = offset
    while i < min(utf8.count, 64 * 1024) {
        var end = i
        while end < utf8.count, utf8[end] != 0x0A { end += 1 }
        var lineEnd = end
        if lineEnd > i, utf8[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        if lineEnd - i == 3, utf8[i] == 0x2D, utf8[i + 1] == 0x2D, utf8[i + 2] == 0x2D { return true }
        i = end + 1
    }
    return false
}
