/// Checks raw bytes before they become a document: NUL bytes, UTF-8, line length.
enum TextValidation {
    /// Longest line accepted as running text.
    static let maxLineBytes = 1 << 20

    /// The first problem in `bytes`, as an input error for `path`; nil when the bytes are usable text.
    static func problem(in bytes: UnsafeBufferPointer<UInt8>, path: String) -> InputError? {
        if bytes.isEmpty { return .empty(path: path) }
        if bytes.count <= maxLineBytes { return problemInShortText(bytes, path: path) }
        var line = 1
        var lineStart = 0
        var i = 0
        let n = bytes.count
        let base = bytes.baseAddress!
        while i < n {
            // Eight plain ASCII bytes at a time: no high bit, no NUL, no newline.
            while i + 8 <= n {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let high = w & 0x8080_8080_8080_8080
                let zero = (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080
                let nl = w ^ 0x0A0A_0A0A_0A0A_0A0A
                let newline = (nl &- 0x0101_0101_0101_0101) & ~nl & 0x8080_8080_8080_8080
                if high | zero | newline != 0 { break }
                i += 8
            }
            guard i < n else { break }
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0A {
                    if i - lineStart > maxLineBytes {
                        return .lineTooLong(path: path, line: line, bytes: i - lineStart, limit: maxLineBytes)
                    }
                    line += 1
                    lineStart = i + 1
                } else if b == 0 {
                    return .binary(path: path, line: line)
                }
                i += 1
                continue
            }
            let length = sequenceLength(bytes, at: i)
            if length == 0 { return .invalidUTF8(path: path, line: line) }
            i += length
        }
        if n - lineStart > maxLineBytes {
            return .lineTooLong(path: path, line: line, bytes: n - lineStart, limit: maxLineBytes)
        }
        return nil
    }

    /// The first problem in text too short to hold an overlong line: NUL bytes and UTF-8 only, sixteen plain
    /// ASCII bytes at a time; lines are counted only to name the line of a problem.
    private static func problemInShortText(_ bytes: UnsafeBufferPointer<UInt8>, path: String) -> InputError? {
        let n = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        var i = 0
        while i < n {
            while i + 16 <= n {
                let a = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let b = UnsafeRawPointer(base + i + 8).loadUnaligned(as: UInt64.self)
                if hasHighOrZeroByte(a) || hasHighOrZeroByte(b) { break }
                i += 16
            }
            guard i < n else { break }
            let byte = bytes[i]
            if byte == 0 { return .binary(path: path, line: lineNumber(of: i, in: bytes)) }
            if byte < 0x80 {
                i += 1
                continue
            }
            let length = sequenceLength(bytes, at: i)
            if length == 0 { return .invalidUTF8(path: path, line: lineNumber(of: i, in: bytes)) }
            i += length
        }
        return nil
    }

    /// True when one of the eight bytes of `w` has its high bit set or is zero.
    private static func hasHighOrZeroByte(_ w: UInt64) -> Bool {
        let zero = (w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080
        return (w & 0x8080_8080_8080_8080) | zero != 0
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
