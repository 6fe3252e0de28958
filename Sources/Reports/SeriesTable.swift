import Analysis
import Claims

/// Series points as CSV (long form), JSON Lines and a terminal table, for `yardstick series`.
public enum SeriesTable {
    public static let columns = ["entity", "counterpart", "metric", "period", "value", "lo", "hi", "unit", "sources", "derived",
                                 "disagree", "stated"]

    /// "s02.txt=2760000; d15.txt=4500000": the stated values and their documents (for a derived point, the level
    /// each implying claim gives).
    static func statedList(_ p: SeriesPoint) -> String {
        p.stated.map { "\($0.doc)=\(NumberFormat.plain($0.value))" }.joined(separator: "; ")
    }

    /// One row per point; `stated` adds the column listing each document's value (the report's series.csv leaves it out).
    public static func csv(_ points: [SeriesPoint], excelBOM: Bool = false, stated: Bool = true) -> String {
        var w = CSVWriter(excelBOM: excelBOM)
        w.header(stated ? columns : columns.dropLast())
        for p in points {
            let cells: [CSVWriter.Cell] = [
                .text(p.entity), p.counterpart.map { .text($0) } ?? .empty, .text(p.metric.rawValue), .text(p.period.description),
                .number(p.consensus), p.interval.lo.map { .number($0) } ?? .empty, p.interval.hi.map { .number($0) } ?? .empty,
                .text(p.unit.rawValue), .integer(p.sources), .text(p.derived ? "yes" : "no"), .text(p.disagree ? "yes" : "no"),
            ]
            w.row(stated ? cells + [.text(statedList(p))] : cells)
        }
        return w.output
    }

    public static func jsonl(_ points: [SeriesPoint]) -> String {
        var out = ""
        for p in points {
            let stated = p.stated.map {
                "{\"doc\":" + JSONText.string($0.doc) + ",\"value\":" + JSONText.number($0.value) + ",\"quote\":"
                    + JSONText.string($0.quote) + "}"
            }.joined(separator: ",")
            out += "{\"entity\":" + JSONText.string(p.entity) + ",\"counterpart\":" + JSONText.optional(p.counterpart)
                + ",\"metric\":" + JSONText.string(p.metric.rawValue)
                + ",\"period\":" + JSONText.string(p.period.description) + ",\"unit\":" + JSONText.string(p.unit.rawValue)
                + ",\"value\":" + JSONText.number(p.consensus)
                + ",\"lo\":" + JSONText.optional(p.interval.lo)
                + ",\"hi\":" + JSONText.optional(p.interval.hi)
                + ",\"sources\":\(p.sources),\"derived\":\(p.derived),\"disagree\":\(p.disagree),\"stated\":[" + stated + "]}\n"
        }
        return out
    }

    public static func text(_ points: [SeriesPoint]) -> String {
        let rows = points.map { p in
            [p.entity, p.counterpart ?? "", p.metric.rawValue, p.period.description, NumberFormat.plain(p.consensus),
             p.interval.lo.map(NumberFormat.plain) ?? "", p.interval.hi.map(NumberFormat.plain) ?? "", p.unit.rawValue,
             String(p.sources), [p.derived ? "implied" : "", p.disagree ? "DISAGREE" : ""].filter { !$0.isEmpty }.joined(separator: " "),
             statedList(p)]
        }
        return TextTable.render(header: ["entity", "with", "metric", "period", "value", "lo", "hi", "unit", "sources", "", "stated"],
                                rows: rows, rightAligned: [4, 5, 6, 8])
    }
}
