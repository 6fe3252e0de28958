import Claims

/// Stored claims with their provenance (document, span, quote) and value interval, for `yardstick claims`.
public enum StoredClaimTable {
    public static let columns = ["doc", "path", "span_start", "span_end", "quote", "entity", "counterpart", "metric",
                                 "kind", "value", "lo", "hi", "unit", "period", "base_period", "bound", "published"]

    /// RFC 4180 CSV with a header row.
    public static func csv(_ rows: [StoredClaim], excelBOM: Bool = false) -> String {
        var w = CSVWriter(excelBOM: excelBOM)
        w.header(columns)
        for s in rows {
            let c = s.claim
            w.row([
                .text(c.doc), .text(s.path), .integer(c.span.start), .integer(c.span.end), .text(c.text), .text(c.entity),
                c.counterpart.map { .text($0) } ?? .empty, .text(c.metric.rawValue), .text(c.kind.rawValue),
                .number(c.value), s.interval.lo.map { .number($0) } ?? .empty, s.interval.hi.map { .number($0) } ?? .empty,
                .text(c.unit.rawValue), c.period.map { .text($0.description) } ?? .empty,
                c.basePeriod.map { .text($0.description) } ?? .empty, .text(c.bound.rawValue),
                c.published.map { .text($0.description) } ?? .empty,
            ])
        }
        return w.output
    }

    /// JSON Lines: the schema record followed by `path`, `lo` and `hi`.
    public static func jsonl(_ rows: [StoredClaim]) -> String {
        var out = ""
        for s in rows {
            var line = ClaimJSONLines.line(s.claim)
            line.removeLast()
            line += ",\"path\":" + JSONText.string(s.path)
            line += ",\"lo\":" + JSONText.optional(s.interval.lo)
            line += ",\"hi\":" + JSONText.optional(s.interval.hi) + "}\n"
            out += line
        }
        return out
    }

    /// An aligned table for the terminal.
    public static func text(_ rows: [StoredClaim]) -> String {
        let head = ["doc", "quote", "entity", "counterpart", "metric", "kind", "value", "lo", "hi", "unit", "period", "base"]
        let body = rows.map { s -> [String] in
            let c = s.claim
            return [c.doc, c.text, c.entity, c.counterpart ?? "", c.metric.rawValue, c.kind.rawValue,
                    NumberFormat.plain(c.value), s.interval.lo.map(NumberFormat.plain) ?? "", s.interval.hi.map(NumberFormat.plain) ?? "",
                    c.unit.rawValue, c.period?.description ?? "-", c.basePeriod?.description ?? ""]
        }
        return TextTable.render(header: head, rows: body, rightAligned: [6, 7, 8])
    }
}
