#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks raw bytes before they become a document: NUL bytes, UTF-8, line length.
enum TextValidation {
    /// Longest line accepted as running text.
    static let maxLineBytes = 1 << 20

    /// The first problem in `bytes`, as an input error for `path`; nil when the bytes are usable text.
    static func problem(in bytes: UnsafeBufferPointer<UInt8>, path: String) -> InputError? {
        if bytes.isEmpty { return .empty(path: path) }
        let encoding = firstEncodingProblem(bytes)
        // Text of at most maxLineBytes cannot hold an overlong line; a longer one is looked for only before the
        // first NUL or invalid byte, the problem that comes first in the text being the one reported.
        if bytes.count > maxLineBytes, let long = firstOverlongLine(bytes, before: encoding?.offset) {
            return .lineTooLong(path: path, line: long.line, bytes: long.length, limit: maxLineBytes)
        }
        guard let encoding else { return nil }
        let line = lineNumber(of: encoding.offset, in: bytes)
        return encoding.isNUL ? .binary(path: path, line: line) : .invalidUTF8(path: path, line: line)
    }

    /// Where the first NUL byte or malformed UTF-8 sequence is, sixteen plain ASCII bytes at a time.
    private static func firstEncodingProblem(_ bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, isNUL: Bool)? {
        let n = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        var i = 0
        while i < n {
            while i + 16 <= n {
                let a = highOrZeroBytes(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                let b = highOrZeroBytes(UnsafeRawPointer(base + i + 8).loadUnaligned(as: UInt64.self))
                if a | b != 0 {
                    // Straight to the first byte that is not plain ASCII, past the plain bytes before it.
                    i += a != 0 ? a.trailingZeroBitCount >> 3 : 8 + b.trailingZeroBitCount >> 3
                    break
                }
                i += 16
            }
            guard i < n else { break }
            let byte = bytes[i]
            if byte == 0 { return (i, true) }
            if byte < 0x80 {
                i += 1
                continue
            }
            let length = sequenceLength(bytes, at: i)
            if length == 0 { return (i, false) }
            i += length
        }
        return nil
    }

    /// The first line over `maxLineBytes` that ends before `limit` (its newline, or the end of the text when
    /// there is no limit): its number and length.
    private static func firstOverlongLine(_ bytes: UnsafeBufferPointer<UInt8>, before limit: Int?)
        -> (line: Int, length: Int)? {
        guard let base = bytes.baseAddress else { return nil }
        let n = bytes.count
        var line = 1
        var lineStart = 0
        while lineStart < n {
            guard let found = memchr(base + lineStart, 0x0A, n - lineStart) else { break }
            let newline = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if let limit, newline >= limit { return nil }
            if newline - lineStart > maxLineBytes { return (line, newline - lineStart) }
            line += 1
            lineStart = newline + 1
        }
        // The last line, without a newline, ends with the text: only a text with no other problem gets that far.
        guard limit == nil, n - lineStart > maxLineBytes else { return nil }
        return (line, n - lineStart)
    }

    /// The bytes of `w` (little-endian) that have their high bit set or are zero, as a word with the high bit of
    /// each such byte set; the lowest set bit is exact (the borrows of the zero test only run upwards).
    private static func highOrZeroBytes(_ w: UInt64) -> UInt64 {
        let zero = (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080
        return (w & 0x8080_8080_8080_8080) | zero
    }

    /// The 1-based line that byte `offset` is on.
    private static func lineNumber(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        for k in 0..<offset where bytes[k] == 0x0A { line += 1 }
        return line
    }

    /// Length of the well-formed UTF-8 sequence at `i`, or 0 when it is malformed (RFC 3629).
    static func sequenceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = b.count
        let b0 = b[i]
        func cont(_ k: Int) -> Bool { k < n && b[k] & 0xC0 == 0x80 }
        switch b0 {
        case 0xC2...0xDF: return cont(i + 1) ? 2 : 0
        case 0xE0: return i + 1 < n && (0xA0...0xBF).contains(b[i + 1]) && cont(i + 2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(i + 1) && cont(i + 2) ? 3 : 0
        case 0xED: return i + 1 < n && (0x80...0x9F).contains(b[i + 1]) && cont(i + 2) ? 3 : 0
        case 0xF0: return i + 1 < n && (0x90...0xBF).contains(b[i + 1]) && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF1...0xF3: return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF4: return i + 1 < n && (0x80...0x8F).contains(b[i + 1]) && cont(i + 2) && cont(i + 3) ? 4 : 0
        default: return 0
        }
    }
}
