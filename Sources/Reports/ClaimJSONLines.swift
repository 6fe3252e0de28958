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
            + (c.why.map { $0.entity.utf8.count + $0.metric.utf8.count + $0.kind.utf8.count + $0.period.utf8.count
                + $0.bound.utf8.count + 140 } ?? 0)
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
            writeGradedMetric(c.metric, to: &out)
            out.write(byte: 0x22)
        }
        out.write(",\"kind\":\"")
        writeKind(c.kind, to: &out)
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
        writeBound(c.bound, to: &out)
        out.write(byte: 0x22)
        if let why = c.why { write(why, settled: c.settled, to: &out) }
        out.write(byte: 0x7D)
    }

    /// `,"why":{…},"settled":{…}`: what decided each attribute, then whether the entity and period were stated in
    /// the claim's sentence or carried; only with `extract --explain`, the schema's fields stay as they are.
    private static func write(_ why: ClaimExplanation, settled: Settlement, to out: inout FixedBytes) {
        out.write(",\"why\":{\"entity\":")
        out.write(jsonString: why.entity)
        out.write(",\"metric\":")
        out.write(jsonString: why.metric)
        out.write(",\"kind\":")
        out.write(jsonString: why.kind)
        out.write(",\"period\":")
        out.write(jsonString: why.period)
        out.write(",\"bound\":")
        out.write(jsonString: why.bound)
        out.write("},\"settled\":{\"entity\":\"")
        out.write(settled.entity == .stated ? "stated" : "context")
        out.write("\",\"period\":\"")
        out.write(settled.period == .stated ? "stated" : "context")
        out.write("\"}")
    }

    /// A period in the schema spelling, in quotes, or `null`.
    private static func writeQuoted(_ p: Period?, to out: inout FixedBytes) {
        guard let p else {
            out.write("null")
            return
        }
        out.write(byte: 0x22)
        p.write(to: &out)
        out.write(byte: 0x22)
    }

    // The three spellings below are written case by case, each literal of a known length: stored without a
    // call to memcpy.

    /// Writes the schema spelling of a graded metric (plain ASCII: no escaping); `other:` metrics are spelled apart.
    private static func writeGradedMetric(_ m: Metric, to out: inout FixedBytes) {
        switch m {
        case .gdp: out.write("gdp")
        case .gdpGrowth: out.write("gdp_growth")
        case .fdi: out.write("fdi")
        case .investment: out.write("investment")
        case .tradeTurnover: out.write("trade_turnover")
        case .freightVolume: out.write("freight_volume")
        case .other: out.write("other")
        }
    }

    /// Writes the schema spelling of a kind (plain ASCII: no escaping).
    private static func writeKind(_ k: Kind, to out: inout FixedBytes) {
        switch k {
        case .level: out.write("level")
        case .change: out.write("change")
        case .multiple: out.write("multiple")
        case .share: out.write("share")
        case .target: out.write("target")
        case .forecast: out.write("forecast")
        }
    }

    /// Writes the schema spelling of a bound (plain ASCII: no escaping).
    private static func writeBound(_ b: Bound, to out: inout FixedBytes) {
        switch b {
        case .exact: out.write("exact")
        case .approx: out.write("approx")
        case .atLeast: out.write("at_least")
        case .atMost: out.write("at_most")
        }
    }
}
