import Analysis
import Claims

/// Growth summaries as CSV, JSON Lines and a terminal table, for `yardstick growth` and the reports.
public enum GrowthTable {
    public static let columns = ["entity", "counterpart", "metric", "unit", "first_year", "last_year", "years", "cagr", "trend_growth",
                                 "trend_low95", "trend_high95", "yoy", "notes"]

    static func yoyList(_ g: GrowthSummary) -> String {
        g.yearOnYear.map { "\($0.year): \(NumberFormat.signedPercent($0.change))" }.joined(separator: "; ")
    }

    public static func csv(_ rows: [GrowthSummary], excelBOM: Bool = false) -> String {
        var w = CSVWriter(excelBOM: excelBOM)
        w.header(columns)
        for g in rows {
            w.row([.text(g.entity), g.counterpart.map { .text($0) } ?? .empty, .text(g.metric.rawValue), .text(g.unit.rawValue), g.years.first.map { .integer($0) } ?? .empty,
                   g.years.last.map { .integer($0) } ?? .empty, .integer(g.years.count),
                   g.cagr.map { .number($0.rate) } ?? .empty, g.trend.map { .number($0.growthRate) } ?? .empty,
                   g.trend.map { .number($0.growthLow95) } ?? .empty, g.trend.map { .number($0.growthHigh95) } ?? .empty,
                   .text(yoyList(g)), .text(g.notes.joined(separator: "; "))])
        }
        return w.output
    }

    public static func jsonl(_ rows: [GrowthSummary]) -> String {
        var out = ""
        for g in rows {
            let yoy = g.yearOnYear.map { "{\"year\":\($0.year),\"change\":" + JSONText.number($0.change) + "}" }
                .joined(separator: ",")
            out += "{\"entity\":" + JSONText.string(g.entity) + ",\"counterpart\":" + JSONText.optional(g.counterpart)
                + ",\"metric\":" + JSONText.string(g.metric.rawValue)
                + ",\"unit\":" + JSONText.string(g.unit.rawValue) + ",\"years\":[" + g.years.map(String.init).joined(separator: ",")
                + "],\"cagr\":" + JSONText.optional(g.cagr?.rate)
                + ",\"trend_growth\":" + JSONText.optional(g.trend?.growthRate)
                + ",\"trend_low95\":" + JSONText.optional(g.trend?.growthLow95)
                + ",\"trend_high95\":" + JSONText.optional(g.trend?.growthHigh95)
                + ",\"yoy\":[" + yoy + "],\"notes\":[" + g.notes.map(JSONText.string).joined(separator: ",") + "]}\n"
        }
        return out
    }

    public static func text(_ rows: [GrowthSummary]) -> String {
        let body = rows.map { g -> [String] in
            let trend = g.trend.map {
                "\(NumberFormat.signedPercent($0.growthRate)) [\(NumberFormat.signedPercent($0.growthLow95)), "
                    + "\(NumberFormat.signedPercent($0.growthHigh95))]"
            } ?? ""
            return [g.entity, g.counterpart ?? "", g.metric.rawValue, g.unit.rawValue,
                    g.years.first.map { "\($0)–\(g.years.last!)" } ?? "", String(g.years.count),
                    g.cagr.map { NumberFormat.signedPercent($0.rate) } ?? "", trend, yoyList(g), g.notes.joined(separator: "; ")]
        }
        return TextTable.render(header: ["entity", "with", "metric", "unit", "years", "n", "CAGR", "trend a year [95% CI]",
                                         "year on year", "notes"], rows: body, rightAligned: [5, 6])
    }
}
