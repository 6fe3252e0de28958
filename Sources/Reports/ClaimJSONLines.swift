import Claims

/// Writes claims as JSON Lines with exactly the fields of `claims-schema.md`, in the schema's order.
public enum ClaimJSONLines {
    /// One claim as one JSON object on one line (no trailing newline).
    public static func line(_ c: Claim) -> String {
        var out: [UInt8] = []
        append(c, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends one claim and a newline to a byte buffer (the fast path for streams).
    public static func append(_ c: Claim, to out: inout [UInt8]) {
        raw("{\"doc\":", &out)
        JSONText.append(string: c.doc, to: &out)
        raw(",\"published\":", &out)
        if let p = c.published { quoted(p.write, &out) } else { raw("null", &out) }
        raw(",\"span\":[", &out)
        Padded.write(c.span.start, digits: 1, to: &out)
        out.append(0x2C)
        Padded.write(c.span.end, digits: 1, to: &out)
        raw("],\"text\":", &out)
        JSONText.append(string: c.text, to: &out)
        raw(",\"entity\":", &out)
        JSONText.append(string: c.entity, to: &out)
        raw(",\"counterpart\":", &out)
        optional(c.counterpart, &out)
        raw(",\"metric\":", &out)
        JSONText.append(string: c.metric.rawValue, to: &out)
        raw(",\"kind\":", &out)
        JSONText.append(string: c.kind.rawValue, to: &out)
        raw(",\"value\":", &out)
        if c.value == c.value.rounded(), abs(c.value) < 9.0e15 {
            Padded.write(Int(c.value), digits: 1, to: &out)
        } else {
            raw(JSONText.number(c.value), &out)
        }
        raw(",\"unit\":", &out)
        JSONText.append(string: c.unit.rawValue, to: &out)
        raw(",\"period\":", &out)
        if let p = c.period { quoted(p.write, &out) } else { raw("null", &out) }
        raw(",\"base_period\":", &out)
        if let p = c.basePeriod { quoted(p.write, &out) } else { raw("null", &out) }
        raw(",\"bound\":", &out)
        JSONText.append(string: c.bound.rawValue, to: &out)
        out.append(0x7D)
    }

    private static func raw(_ s: String, _ out: inout [UInt8]) { out.append(contentsOf: s.utf8) }

    /// Appends a value that writes itself as plain ASCII, in quotes.
    private static func quoted(_ write: (inout [UInt8]) -> Void, _ out: inout [UInt8]) {
        out.append(0x22)
        write(&out)
        out.append(0x22)
    }

    private static func optional(_ s: String?, _ out: inout [UInt8]) {
        if let s { JSONText.append(string: s, to: &out) } else { raw("null", &out) }
    }
}
