import Analysis
import Claims

/// One series' projection, for the report.
public struct SeriesProjection: Sendable {
    public var entity: String
    public var counterpart: String?
    public var metric: Metric
    public var unit: Unit
    public var result: ProjectionResult

    public init(entity: String, counterpart: String?, metric: Metric, unit: Unit, result: ProjectionResult) {
        self.entity = entity
        self.counterpart = counterpart
        self.metric = metric
        self.unit = unit
        self.result = result
    }
}

/// Everything a report shows, computed beforehand (the renderers compute nothing).
public struct ReportData: Sendable {
    public var generated: Day
    public var documents: Int
    public var claims: [StoredClaim]
    public var points: [SeriesPoint]
    /// Levels implied by a change or multiple where no document states one (`SeriesPoint.derived`).
    public var derived: [SeriesPoint]
    public var growth: [GrowthSummary]
    public var projections: [SeriesProjection]
    public var findings: [Finding]

    public init(generated: Day, documents: Int, claims: [StoredClaim], points: [SeriesPoint], derived: [SeriesPoint] = [],
                growth: [GrowthSummary], projections: [SeriesProjection], findings: [Finding]) {
        self.generated = generated
        self.documents = documents
        self.claims = claims
        self.points = points
        self.derived = derived
        self.growth = growth
        self.projections = projections
        self.findings = findings
    }

    /// Stated and derived points together, in series and period order (a derived point fills a gap, so the two never share a period).
    public var seriesRows: [SeriesPoint] { ReportData.rows(stated: points, derived: derived) }

    /// `stated` and `derived` points in one list, in series and period order.
    public static func rows(stated: [SeriesPoint], derived: [SeriesPoint]) -> [SeriesPoint] {
        (stated + derived).sorted(by: SeriesPoint.inSeriesOrder)
    }

    /// The yearly series: one per entity, counterpart, metric and unit with calendar-year points, levels only.
    public var yearlySeries: [YearlySeries] {
        var order: [String] = []
        var groups: [String: YearlySeries] = [:]
        for p in points {
            guard case .year(let y) = p.period, p.unit != .percent, p.unit != .times else { continue }
            let key = "\(p.entity)|\(p.counterpart ?? "")|\(p.metric.rawValue)|\(p.unit.rawValue)"
            if groups[key] == nil {
                order.append(key)
                groups[key] = YearlySeries(entity: p.entity, counterpart: p.counterpart, metric: p.metric, unit: p.unit, points: [])
            }
            groups[key]!.points.append(YearlyPoint(year: y, point: p))
        }
        return order.map { groups[$0]! }
    }
}

/// A series of yearly levels.
public struct YearlySeries: Sendable {
    public var entity: String
    public var counterpart: String?
    public var metric: Metric
    public var unit: Unit
    public var points: [YearlyPoint]

    /// "Middle Corridor freight_volume (t)".
    public var title: String {
        "\(entity)\(counterpart.map { "–\($0)" } ?? "") \(metric.rawValue) (\(unit.rawValue))"
    }
}

/// One year of a yearly series.
public struct YearlyPoint: Sendable {
    public var year: Int
    public var point: SeriesPoint
}
