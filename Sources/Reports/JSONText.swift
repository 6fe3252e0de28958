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

    /// Appends a JSON string literal to a byte buffer; text that needs no escaping is copied as it is.
    public static func append(string s: String, to out: inout [UInt8]) {
        if needsEscaping(s) {
            out.append(contentsOf: string(s).utf8)
            return
        }
        out.append(0x22)
        out.append(contentsOf: s.utf8)
        out.append(0x22)
    }


    /// Most text needs no escaping: one pass over the bytes decides (0xE2 starts U+2028 and U+2029).
    private static func needsEscaping(_ s: String) -> Bool {
        s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 })
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
