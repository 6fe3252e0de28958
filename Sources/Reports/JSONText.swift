/// JSON text for strings and numbers, written by hand so the output is byte-for-byte stable.
public enum JSONText {
    /// A JSON string literal: quotes, backslashes and control characters escaped, everything else as is.
    public static func string(_ s: String) -> String {
        if !needsEscaping(s) { return "\"" + s + "\"" }
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Most text needs no escaping: one pass over the bytes decides.
    private static func needsEscaping(_ s: String) -> Bool {
        var text = s
        return text.withUTF8(needsEscaping)
    }

    /// True when a byte calls for the careful path: a control character, a quote, a backslash, or 0xE2 (which
    /// starts U+2028 and U+2029).
    static func needsEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        if let base = bytes.baseAddress {
            while i + 8 <= bytes.count {
                if needsEscaping(word: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { return true }
                i += 8
            }
        }
        while i < bytes.count {
            if needsEscaping(byte: bytes[i]) { return true }
            i += 1
        }
        return false
    }

    /// True when one of the eight bytes of `w` calls for the careful path (see `needsEscaping(byte:)`).
    @inline(__always)
    static func needsEscaping(word w: UInt64) -> Bool {
        // A byte below 0x20, or equal to one of the three, makes a zero byte.
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let quote = w ^ (0x22 &* ones), backslash = w ^ (0x5C &* ones), e2 = w ^ (0xE2 &* ones)
        let control = (w &- 0x20 &* ones) & ~w
        let found = control | (quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (e2 &- ones) & ~e2
        return found & highs != 0
    }

    /// True for a control character, a quote, a backslash, or 0xE2 (which starts U+2028 and U+2029).
    @inline(__always)
    static func needsEscaping(byte b: UInt8) -> Bool {
        b < 0x20 || b == 0x22 || b == 0x5C || b == 0xE2
    }

    /// A string literal, or `null`.
    public static func optional(_ s: String?) -> String { s.map(string) ?? "null" }

    /// A number, or `null`.
    public static func optional(_ v: Double?) -> String { v.map(number) ?? "null" }

    /// A number: whole values without a fraction (`23000000000`), others in the shortest exact form.
    public static func number(_ v: Double) -> String {
        var out: [UInt8] = []
        FixedBytes.append(to: &out, room: 32) { $0.write(number: v) }
        return String(decoding: out, as: UTF8.self)
    }
}
