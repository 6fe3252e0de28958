#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A byte-level reader for one JSON Lines document record, `{"id":…,"published":…,"text":…}`, that accepts only
/// strictly well-formed JSON (RFC 8259, UTF-8 checked) in the shapes it is sure of; everything else (broken
/// records, escaped keys, a field given twice, deep nesting) it leaves to `JSONDecoder`, which decides as before.
struct JSONRecordParser {
    /// The fields of one record, as JSONDecoder would give them.
    struct Fields: Equatable {
        var id: String
        var published: String?
        /// The text's UTF-8 bytes, escapes decoded.
        var text: [UInt8]
    }

    /// Nesting of unknown values read here; anything deeper is left to JSONDecoder (which allows 512).
    static let maxDepth = 64

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The fields of a record when it is a strictly well-formed object with string `id` and `text` (and
    /// `published` a string or null, or absent); nil for anything else.
    static func fields(of record: UnsafeBufferPointer<UInt8>) -> Fields? {
        var parser = JSONRecordParser(record)
        return parser.object()
    }

    /// The top-level object and nothing but whitespace after it.
    private mutating func object() -> Fields? {
        skipWhitespace()
        guard take(0x7B) else { return nil }
        var id: String?
        var published: String??
        var text: [UInt8]?
        skipWhitespace()
        if take(0x7D) { return nil }  // `{}` has no id
        while true {
            guard let key = string(), !key.escaped else { return nil }
            skipWhitespace()
            guard take(0x3A) else { return nil }
            skipWhitespace()
            switch RecordKey(UnsafeBufferPointer(rebasing: bytes[key.contents])) {
            case .id:
                guard id == nil, let value = string() else { return nil }
                id = String(decoding: decoded(value), as: UTF8.self)
            case .text:
                guard text == nil, let value = string() else { return nil }
                text = decoded(value)
            case .published:
                guard published == nil else { return nil }
                if let value = string() {
                    published = .some(String(decoding: decoded(value), as: UTF8.self))
                } else if literal("null") {
                    published = .some(nil)
                } else {
                    return nil
                }
            case nil:
                guard skipValue(depth: 1) else { return nil }
            }
            skipWhitespace()
            if take(0x2C) {
                skipWhitespace()
                continue
            }
            guard take(0x7D) else { return nil }
            break
        }
        skipWhitespace()
        guard i == bytes.count, let id, let text else { return nil }
        return Fields(id: id, published: published ?? nil, text: text)
    }

    // MARK: Strings

    /// The raw contents of a string literal and whether they hold escapes.
    private struct StringLiteral {
        var contents: Range<Int>
        var escaped: Bool
    }

    /// Reads a string literal at the current byte: escapes checked (surrogates paired), UTF-8 checked, no raw
    /// control characters; nil (and nothing read) when it is not one.
    private mutating func string() -> StringLiteral? {
        guard i < bytes.count, bytes[i] == 0x22 else { return nil }
        let start = i + 1
        var j = start
        var escaped = false
        let n = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        while true {
            // Eight plain ASCII bytes at a time: no high bit, no control character, no quote, no backslash.
            while j + 8 <= n {
                let w = UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self)
                if JSONRecordParser.hasSpecialByte(w) { break }
                j += 8
            }
            guard j < n else { return nil }
            let b = bytes[j]
            if b == 0x22 { break }
            if b < 0x20 { return nil }
            if b == 0x5C {
                guard let length = escapeLength(at: j) else { return nil }
                escaped = true
                j += length
            } else if b >= 0x80 {
                let length = TextValidation.sequenceLength(bytes, at: j)
                guard length > 0 else { return nil }
                j += length
            } else {
                j += 1
            }
        }
        i = j + 1
        return StringLiteral(contents: start..<j, escaped: escaped)
    }

    /// True when one of the eight bytes of `w` is not plain string text: a high bit, below 0x20, `"` or `\`.
    private static func hasSpecialByte(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let control = (w &- 0x20 &* ones) & ~w & highs
        let q = w ^ (0x22 &* ones)
        let quote = (q &- ones) & ~q & highs
        let s = w ^ (0x5C &* ones)
        let backslash = (s &- ones) & ~s & highs
        return (w & highs) | control | quote | backslash != 0
    }

    /// Length of the well-formed escape at `j` (a backslash): 2, 6, or 12 for a surrogate pair; nil when broken
    /// or when it names half a surrogate pair alone.
    private func escapeLength(at j: Int) -> Int? {
        guard j + 1 < bytes.count else { return nil }
        switch bytes[j + 1] {
        case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: return 2
        case 0x75:
            guard let unit = hex4(at: j + 2) else { return nil }
            if unit >= 0xDC00 && unit <= 0xDFFF { return nil }
            guard unit >= 0xD800 && unit <= 0xDBFF else { return 6 }
            guard j + 7 < bytes.count, bytes[j + 6] == 0x5C, bytes[j + 7] == 0x75, let low = hex4(at: j + 8),
                  low >= 0xDC00 && low <= 0xDFFF
            else { return nil }
            return 12
        default: return nil
        }
    }

    /// The value of the four hex digits at `j`; nil when there are not four.
    private func hex4(at j: Int) -> UInt32? {
        guard j + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for k in j..<(j + 4) {
            let b = bytes[k]
            let digit: UInt8
            switch b {
            case 0x30...0x39: digit = b - 0x30
            case 0x41...0x46: digit = b - 0x41 + 10
            case 0x61...0x66: digit = b - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// The UTF-8 bytes a string literal stands for (its escapes already checked by `string()`).
    private func decoded(_ literal: StringLiteral) -> [UInt8] {
        let raw = UnsafeBufferPointer(rebasing: bytes[literal.contents])
        guard literal.escaped else { return Array(raw) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var j = literal.contents.lowerBound
        let end = literal.contents.upperBound
        while j < end {
            let run = nextBackslash(from: j, before: end)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[j..<run]))
            j = run
            guard j < end, j + 1 < end else { break }
            switch bytes[j + 1] {
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                guard let unit = hex4(at: j + 2) else { return out }
                var scalar = unit
                if unit >= 0xD800 && unit <= 0xDBFF, let low = hex4(at: j + 8) {
                    scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    j += 6
                }
                JSONRecordParser.appendUTF8(scalar, to: &out)
                j += 4
            default: out.append(bytes[j + 1])  // `"`, `\` and `/` stand for themselves
            }
            j += 2
        }
        return out
    }

    /// The offset of the first backslash in `start..<end`, or `end` when there is none.
    private func nextBackslash(from start: Int, before end: Int) -> Int {
        guard start < end, let base = bytes.baseAddress,
              let found = memchr(base + start, 0x5C, end - start)
        else { return end }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// Appends the UTF-8 encoding of a Unicode scalar value.
    private static func appendUTF8(_ scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case ..<0x80:
            out.append(UInt8(scalar))
        case ..<0x800:
            out.append(UInt8(0xC0 | scalar >> 6))
            out.append(UInt8(0x80 | scalar & 0x3F))
        case ..<0x10000:
            out.append(UInt8(0xE0 | scalar >> 12))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        default:
            out.append(UInt8(0xF0 | scalar >> 18 & 0x07))
            out.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            out.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            out.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    // MARK: Other values

    /// Reads any JSON value (of a field the record does not use); false when it is not well-formed.
    private mutating func skipValue(depth: Int) -> Bool {
        guard i < bytes.count else { return false }
        switch bytes[i] {
        case 0x22: return string() != nil
        case 0x7B: return skipContainer(close: 0x7D, depth: depth, keyed: true)
        case 0x5B: return skipContainer(close: 0x5D, depth: depth, keyed: false)
        case 0x74: return literal("true")
        case 0x66: return literal("false")
        case 0x6E: return literal("null")
        default: return number()
        }
    }

    /// Reads an object (`keyed`) or an array whose opening bracket is the current byte.
    private mutating func skipContainer(close: UInt8, depth: Int, keyed: Bool) -> Bool {
        guard depth < JSONRecordParser.maxDepth else { return false }
        i += 1
        skipWhitespace()
        if take(close) { return true }
        while true {
            if keyed {
                guard string() != nil else { return false }
                skipWhitespace()
                guard take(0x3A) else { return false }
                skipWhitespace()
            }
            guard skipValue(depth: depth + 1) else { return false }
            skipWhitespace()
            if take(close) { return true }
            guard take(0x2C) else { return false }
            skipWhitespace()
        }
    }

    /// Reads a number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func number() -> Bool {
        take(0x2D)
        guard i < bytes.count else { return false }
        if bytes[i] == 0x30 {
            i += 1
        } else {
            guard digits() else { return false }
        }
        if take(0x2E) {
            guard digits() else { return false }
        }
        if take(0x65) || take(0x45) {
            if !take(0x2B) { take(0x2D) }
            guard digits() else { return false }
        }
        return true
    }

    /// Reads one or more decimal digits.
    private mutating func digits() -> Bool {
        let start = i
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
        return i > start
    }

    /// Reads exactly `word` (`true`, `false`, `null`).
    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        for k in 0..<count where bytes[i + k] != word.utf8Start[k] { return false }
        i += count
        return true
    }

    // MARK: Bytes

    /// Moves past `byte` when it is the current one.
    @discardableResult
    private mutating func take(_ byte: UInt8) -> Bool {
        guard i < bytes.count, bytes[i] == byte else { return false }
        i += 1
        return true
    }

    /// Moves past spaces, tabs, carriage returns and line feeds.
    private mutating func skipWhitespace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 }
    }
}

/// The record fields a document is made of.
private enum RecordKey {
    case id, published, text

    /// The field named by the raw bytes of a key; nil for any other key.
    init?(_ key: UnsafeBufferPointer<UInt8>) {
        if key.elementsEqual("id".utf8) { self = .id }
        else if key.elementsEqual("text".utf8) { self = .text }
        else if key.elementsEqual("published".utf8) { self = .published }
        else { return nil }
    }
}
