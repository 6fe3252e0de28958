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
            // Eight bytes a step: a byte below 0x20, or equal to one of the three, makes a zero byte.
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            while i + 8 <= bytes.count {
                let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                let quote = w ^ (0x22 &* ones), backslash = w ^ (0x5C &* ones), e2 = w ^ (0xE2 &* ones)
                let control = (w &- 0x20 &* ones) & ~w
                let found = control | (quote &- ones) & ~quote | (backslash &- ones) & ~backslash | (e2 &- ones) & ~e2
                if found & highs != 0 { return true }
                i += 8
            }
        }
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x20 || b == 0x22 || b == 0x5C || b == 0xE2 { return true }
            i += 1
        }
        return false
    }

    /// A string literal, or `null`.
    public static func optional(_ s: String?) -> String { s.map(string) ?? "null" }

    /// A number, or `null`.
    public static func optional(_ v: Double?) -> String { v.map(number) ?? "null" }

    /// A number: whole values without a fraction (`23000000000`), others in the shortest exact form.
    public static func number(_ v: Double) -> String {
        guard v.isFinite else { return "null" }
        if v == v.rounded(), abs(v) < 9.0e15 { return String(Int64(v)) }
        return String(v)
    }
}
