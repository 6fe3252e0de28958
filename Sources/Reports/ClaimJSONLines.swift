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
        out.reserveCapacity(out.count + 320)
        raw("{\"doc\":", &out)
        JSONText.append(string: c.doc, to: &out)
        raw(",\"published\":", &out)
        optional(c.published?.description, &out)
        raw(",\"span\":[", &out)
        raw(String(c.span.start), &out)
        out.append(0x2C)
        raw(String(c.span.end), &out)
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
        raw(JSONText.number(c.value), &out)
        raw(",\"unit\":", &out)
        JSONText.append(string: c.unit.rawValue, to: &out)
        raw(",\"period\":", &out)
        optional(c.period?.description, &out)
        raw(",\"base_period\":", &out)
        optional(c.basePeriod?.description, &out)
        raw(",\"bound\":", &out)
        JSONText.append(string: c.bound.rawValue, to: &out)
        out.append(0x7D)
    }

    private static func raw(_ s: String, _ out: inout [UInt8]) { out.append(contentsOf: s.utf8) }

    private static func optional(_ s: String?, _ out: inout [UInt8]) {
        if let s { JSONText.append(string: s, to: &out) } else { raw("null", &out) }
    }
}
