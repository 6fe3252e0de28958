import Claims

/// Writes claims as JSON Lines with exactly the fields of `claims-schema.md`, in the schema's order.
public enum ClaimJSONLines {
    /// One claim as one JSON object on one line (no trailing newline).
    public static func line(_ c: Claim) -> String {
        var out: [UInt8] = []
        append(c, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends one claim (no newline) to a byte buffer (the fast path for streams).
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
        if let s = c.counterpart { JSONText.append(string: s, to: &out) } else { raw("null", &out) }
        raw(",\"metric\":", &out)
        metric(c.metric, &out)
        raw(",\"kind\":\"", &out)
        raw(kindName(c.kind), &out)
        raw("\",\"value\":", &out)
        if c.value == c.value.rounded(), abs(c.value) < 9.0e15 {
            Padded.write(Int(c.value), digits: 1, to: &out)
        } else {
            out.append(contentsOf: JSONText.number(c.value).utf8)
        }
        raw(",\"unit\":", &out)
        JSONText.append(string: c.unit.rawValue, to: &out)
        raw(",\"period\":", &out)
        if let p = c.period { quoted(p.write, &out) } else { raw("null", &out) }
        raw(",\"base_period\":", &out)
        if let p = c.basePeriod { quoted(p.write, &out) } else { raw("null", &out) }
        raw(",\"bound\":\"", &out)
        raw(boundName(c.bound), &out)
        raw("\"}", &out)
    }

    /// Appends literal ASCII text known when the program is built.
    private static func raw(_ s: StaticString, _ out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// Appends a value that writes itself as plain ASCII, in quotes.
    private static func quoted(_ write: (inout [UInt8]) -> Void, _ out: inout [UInt8]) {
        out.append(0x22)
        write(&out)
        out.append(0x22)
    }

    /// Appends the metric's schema spelling as a JSON string, `other:SLUG` without building the spelling first.
    private static func metric(_ m: Metric, _ out: inout [UInt8]) {
        guard case .other(let slug) = m else {
            JSONText.append(string: m.rawValue, to: &out)
            return
        }
        // "other:" needs no escaping, so the slug's literal with "other:" put after its opening quote is the
        // literal of the whole spelling.
        let start = out.count
        JSONText.append(string: slug, to: &out)
        out.insert(contentsOf: "other:".utf8, at: start + 1)
    }

    /// The schema spelling of a kind (plain ASCII: no escaping).
    private static func kindName(_ k: Kind) -> StaticString {
        switch k {
        case .level: "level"
        case .change: "change"
        case .multiple: "multiple"
        case .share: "share"
        case .target: "target"
        case .forecast: "forecast"
        }
    }

    /// The schema spelling of a bound (plain ASCII: no escaping).
    private static func boundName(_ b: Bound) -> StaticString {
        switch b {
        case .exact: "exact"
        case .approx: "approx"
        case .atLeast: "at_least"
        case .atMost: "at_most"
        }
    }
}
