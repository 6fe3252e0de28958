import Claims

/// Claims as CSV rows and as an aligned plain-text table for the terminal.
public enum ClaimTable {
    /// The CSV columns for claims: the schema fields in order.
    public static let columns = ["doc", "published", "span_start", "span_end", "text", "entity", "counterpart", "metric",
                                 "kind", "value", "unit", "period", "base_period", "bound"]

    /// Claims as CSV (RFC 4180, CRLF, header row).
    public static func csv(_ claims: [Claim], excelBOM: Bool = false, header: Bool = true) -> String {
        var w = CSVWriter(excelBOM: excelBOM)
        if header { w.header(columns) }
        for c in claims {
            w.row([
                .text(c.doc), c.published.map { .text($0.description) } ?? .empty, .integer(c.span.start),
                .integer(c.span.end), .text(c.text), .text(c.entity), c.counterpart.map { .text($0) } ?? .empty,
                .text(c.metric.rawValue), .text(c.kind.rawValue), .number(c.value), .text(c.unit.rawValue),
                c.period.map { .text($0.description) } ?? .empty, c.basePeriod.map { .text($0.description) } ?? .empty,
                .text(c.bound.rawValue),
            ])
        }
        return w.output
    }

    /// Claims as a table whose columns fit their content.
    public static func text(_ claims: [Claim]) -> String {
        let head = ["doc", "text", "entity", "counterpart", "metric", "kind", "value", "unit", "period", "base", "bound"]
        let rows = claims.map { c in
            [c.doc, c.text, c.entity, c.counterpart ?? "", c.metric.rawValue, c.kind.rawValue, NumberFormat.plain(c.value),
             c.unit.rawValue, c.period?.description ?? "-", c.basePeriod?.description ?? "", c.bound.rawValue]
        }
        return TextTable.render(header: head, rows: rows, rightAligned: [6])
    }
}
