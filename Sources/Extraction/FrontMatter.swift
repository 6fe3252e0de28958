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

    /// Parses the front matter at the start of `text`; a text without one has an empty front matter.
    public static func parse(_ text: String) throws(FrontMatterError) -> FrontMatter {
        var fm = FrontMatter()
        guard text.utf8.starts(with: "---".utf8) else { return fm }
        let utf8 = Array(text.utf8.prefix(64 * 1024))
        guard utf8.starts(with: Array("---".utf8)), utf8.count == 3 || utf8[3] == 0x0A || utf8[3] == 0x0D else { return fm }
        var lineStart = utf8[3] == 0x0D ? 5 : 4
        var line = 2
        while lineStart <= utf8.count {
            guard let nl = utf8[lineStart...].firstIndex(of: 0x0A) ?? (lineStart < utf8.count ? utf8.count : nil) else { break }
            var raw = utf8[lineStart..<nl]
            if raw.last == 0x0D { raw = raw.dropLast() }
            let content = String(decoding: raw, as: UTF8.self)
            if content.trimmingCharacters(in: " \t") == "---" {
                var body = min(nl + 1, utf8.count)
                // One blank line after the closing fence belongs to the front matter.
                if body < utf8.count, utf8[body] == 0x0A { body += 1 }
                else if body + 1 < utf8.count, utf8[body] == 0x0D, utf8[body + 1] == 0x0A { body += 2 }
                fm.bodyStart = body
                return fm
            }
            if !content.trimmingCharacters(in: " \t").isEmpty {
                guard let colon = content.firstIndex(of: ":") else {
                    // A body line before any closing fence: the fence was never closed.
                    if !hasClosingFence(utf8, after: lineStart) { throw .unclosed(openedAtLine: 1) }
                    throw .malformedLine(line: line, text: content)
                }
                let key = content[..<colon].trimmingCharacters(in: " \t").lowercased()
                let value = content[content.index(after: colon)...].trimmingCharacters(in: " \t\"'")
                guard !key.isEmpty, !key.contains(" ") else { throw .malformedLine(line: line, text: content) }
                fm.fields[key] = value
                if key == "published" || key == "date" {
                    if value.isEmpty {
                        fm.published = nil
                    } else {
                        guard let d = Day(value.prefix(10)), value.count == 10 || value.dropFirst(10).first == "T" else {
                            throw .badDate(line: line, value: value)
                        }
                        fm.published = d
                    }
                }
            }
            lineStart = nl + 1
            line += 1
        }
        throw .unclosed(openedAtLine: 1)
    }
}

/// True when a line holding only `---` comes after `offset`.
private func hasClosingFence(_ utf8: [UInt8], after offset: Int) -> Bool {
    var i = offset
    while i < utf8.count {
        var end = i
        while end < utf8.count, utf8[end] != 0x0A { end += 1 }
        var line = utf8[i..<end]
        if line.last == 0x0D { line = line.dropLast() }
        if Array(line) == Array("---".utf8) { return true }
        i = end + 1
    }
    return false
}

extension String {
    /// The string without the given characters at either end.
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}
