import Analysis
import Claims

/// One file of a report: its name in the report folder and its text.
public struct ReportFile: Sendable, Equatable {
    public var name: String
    public var contents: String

    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }
}

/// The spreadsheet files of a report: claims, series (long and wide), growth, projections, findings.
public enum CSVReport {
    /// The CSV files of the report.
    public static func files(_ data: ReportData, excelBOM: Bool) -> [ReportFile] {
        [
            ReportFile(name: "claims.csv", contents: StoredClaimTable.csv(data.claims, excelBOM: excelBOM)),
            ReportFile(name: "series.csv", contents: SeriesTable.csv(data.seriesRows, excelBOM: excelBOM, stated: false)),
            ReportFile(name: "series_wide.csv", contents: seriesWide(data, excelBOM: excelBOM)),
            ReportFile(name: "growth.csv", contents: GrowthTable.csv(data.growth, excelBOM: excelBOM)),
            ReportFile(name: "projections.csv", contents: projections(data, excelBOM: excelBOM)),
            ReportFile(name: "findings.csv", contents: FindingTable.csv(data.findings, excelBOM: excelBOM)),
        ]
    }

    /// One row per series, one column per year: what a spreadsheet user pivots to anyway.
    static func seriesWide(_ data: ReportData, excelBOM: Bool) -> String {
        let series = data.yearlySeries
        let years = Array(Set(series.flatMap { $0.points.map(\.year) })).sorted()
        var w = CSVWriter(excelBOM: excelBOM)
        w.header(["entity", "counterpart", "metric", "unit"] + years.map(String.init))
        for s in series {
            let byYear = Dictionary(s.points.map { ($0.year, $0.point.consensus) }, uniquingKeysWith: { a, _ in a })
            w.row([.text(s.entity), s.counterpart.map { .text($0) } ?? .empty, .text(s.metric.rawValue), .text(s.unit.rawValue)]
                  + years.map { y in byYear[y].map { .number($0) } ?? .empty })
        }
        return w.output
    }

    static func projections(_ data: ReportData, excelBOM: Bool) -> String {
        var w = CSVWriter(excelBOM: excelBOM)
        w.header(["entity", "counterpart", "metric", "unit", "model", "from_years", "year", "value", "low80", "high80",
                  "low95", "high95", "note", "why_model", "beyond_data", "too_wide_to_judge", "warnings"])
        for p in data.projections {
            let r = p.result
            let years = r.years.first.map { "\($0)–\(r.years.last!)" } ?? ""
            w.row([.text(p.entity), p.counterpart.map { .text($0) } ?? .empty, .text(p.metric.rawValue), .text(p.unit.rawValue),
                   .text(r.model.rawValue), .text(years), r.projection.map { .integer($0.year) } ?? .empty,
                   r.projection.map { .number($0.value) } ?? .empty, r.projection.map { .number($0.low80) } ?? .empty,
                   r.projection.map { .number($0.high80) } ?? .empty, r.projection.map { .number($0.low95) } ?? .empty,
                   r.projection.map { .number($0.high95) } ?? .empty, r.note.map { .text($0) } ?? .empty,
                   r.choice.map { .text($0) } ?? .empty, .text(r.beyondData ? "true" : "false"),
                   .text(r.tooWideToJudge ? "true" : "false"), .text(r.warnings.joined(separator: " | "))])
        }
        return w.output
    }
}
