import Claims

/// Writes claims as JSON Lines with exactly the fields of `claims-schema.md`, in the schema's order.
public enum ClaimJSONLines {
    /// One claim as one JSON object on one line (no trailing newline).
    public static func line(_ c: Claim) -> String {
        var out: [UInt8] = []
        append(c, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends one claim (no newline) to a byte buffer.
    public static func append(_ c: Claim, to out: inout [UInt8]) {
        append(c, newline: false, to: &out)
    }

    /// Appends each claim as one line, newline included (the fast path for streams: the newline goes into the
    /// room reserved for the claim).
    public static func appendLines(_ claims: [Claim], to out: inout [UInt8]) {
        for c in claims { append(c, newline: true, to: &out) }
    }

    /// Appends one claim, written straight into the buffer's spare capacity: room enough for it unless its
    /// strings need escaping (or an `other:` slug or a period is unusually long), and more room tried when not.
    private static func append(_ c: Claim, newline: Bool, to out: inout [UInt8]) {
        let strings = c.doc.utf8.count + c.text.utf8.count + c.entity.utf8.count + (c.counterpart?.utf8.count ?? 0)
        FixedBytes.append(to: &out, room: strings + 320) { line in
            write(c, to: &line)
            if newline { line.write(byte: 0x0A) }
        }
    }

    /// Writes one claim as one JSON object.
    static func write(_ c: Claim, to out: inout FixedBytes) {
        out.write("{\"doc\":")
        out.write(jsonString: c.doc)
        out.write(",\"published\":")
        if let p = c.published {
            out.write(byte: 0x22)
            out.write(decimal: p.year, digits: 4)
            out.write(byte: 0x2D)
            out.write(decimal: p.month, digits: 2)
            out.write(byte: 0x2D)
            out.write(decimal: p.day, digits: 2)
            out.write(byte: 0x22)
        } else {
            out.write("null")
        }
        out.write(",\"span\":[")
        out.write(decimal: c.span.start, digits: 1)
        out.write(byte: 0x2C)
        out.write(decimal: c.span.end, digits: 1)
        out.write("],\"text\":")
        out.write(jsonString: c.text)
        out.write(",\"entity\":")
        out.write(jsonString: c.entity)
        out.write(",\"counterpart\":")
        if let s = c.counterpart { out.write(jsonString: s) } else { out.write("null") }
        out.write(",\"metric\":")
        if case .other(let slug) = c.metric {
            out.write(jsonString: slug, prefix: "other:")
        } else {
            out.write(byte: 0x22)
            out.write(gradedMetricName(c.metric))
            out.write(byte: 0x22)
        }
        out.write(",\"kind\":\"")
        out.write(kindName(c.kind))
        out.write("\",\"value\":")
        if c.value == c.value.rounded(), abs(c.value) < 9.0e15 {
            out.write(decimal: Int(c.value), digits: 1)
        } else {
            var number = JSONText.number(c.value)
            number.withUTF8 { out.write($0) }
        }
        out.write(",\"unit\":")
        out.write(jsonString: c.unit.rawValue)
        out.write(",\"period\":")
        writeQuoted(c.period, to: &out)
        out.write(",\"base_period\":")
        writeQuoted(c.basePeriod, to: &out)
        out.write(",\"bound\":\"")
        out.write(boundName(c.bound))
        out.write("\"}")
    }

    /// A period in the schema spelling, in quotes, or `null`.
    private static func writeQuoted(_ p: Period?, to out: inout FixedBytes) {
        guard let p else {
            out.write("null")
            return
        }
        out.write(byte: 0x22)
        write(p, to: &out)
        out.write(byte: 0x22)
    }

    /// The schema spelling of `Period.write(to:)`: `2023`, `2024-Q1`, `2024-05`, `2019/2024`.
    private static func write(_ p: Period, to out: inout FixedBytes) {
        switch p {
        case .year(let y):
            out.write(decimal: y, digits: 4)
        case .quarter(let y, let q):
            out.write(decimal: y, digits: 4)
            out.write("-Q")
            out.write(decimal: q, digits: 1)
        case .month(let y, let m):
            out.write(decimal: y, digits: 4)
            out.write(byte: 0x2D)
            out.write(decimal: m, digits: 2)
        case .span(let a, let b):
            write(a, to: &out)
            out.write(byte: 0x2F)
            write(b, to: &out)
        }
    }

    /// The schema spelling of a graded metric (plain ASCII: no escaping); `other:` metrics are spelled apart.
    private static func gradedMetricName(_ m: Metric) -> StaticString {
        switch m {
        case .gdp: "gdp"
        case .gdpGrowth: "gdp_growth"
        case .fdi: "fdi"
        case .investment: "investment"
        case .tradeTurnover: "trade_turnover"
        case .freightVolume: "freight_volume"
        case .other: "other"
        }
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
