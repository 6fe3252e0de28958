import Analysis
import Claims
import Reports
import Store

/// The `project` command's job: one series of yearly levels projected to a year. A series stated in several
/// units (tonnes and TEU, say) is projected once per unit, unless `unit` names one.
public struct ProjectJob: Sendable {
    public var entity: String
    public var metric: Metric
    public var counterpart: String?
    public var unit: String?
    public var to: Int
    public var model: ProjectionModel

    public init(entity: String, metric: Metric, counterpart: String?, unit: String?, to: Int, model: ProjectionModel) {
        self.entity = entity
        self.metric = metric
        self.counterpart = counterpart
        self.unit = unit
        self.to = to
        self.model = model
    }

    /// The yearly levels of the series, by unit (percent levels are rates, not projected).
    func series(store: any ClaimStore) throws(StoreError) -> [(unit: Unit, points: [SeriesPoint])] {
        let claims = try store.claims(matching: ClaimFilter(entity: entity, metric: metric, kind: .level))
        let points = SeriesBuilder.points(from: claims).filter {
            if case .year = $0.period {} else { return false }
            return $0.counterpart.map(ClaimFilter.folded) == counterpart.map(ClaimFilter.folded)
                && (unit == nil || $0.unit.rawValue == unit) && $0.unit != .percent
        }
        let units = Set(points.map(\.unit)).sorted { $0.rawValue < $1.rawValue }
        return units.map { u in (u, points.filter { $0.unit == u }) }
    }

    /// The projection of each unit's series, one after another; a series with no levels says so.
    public func run(store: any ClaimStore) throws(StoreError) -> String {
        let subject = "\(entity) \(metric.rawValue)"
        let each = try series(store: store)
        guard !each.isEmpty else {
            let result = Projector.project(years: [], levels: [], to: to, model: model)
            return ProjectionText.render(result, subject: subject, unit: unit ?? "")
        }
        return each.map { series in
            let result = Projector.project(years: series.points.map { $0.period.startYear }, levels: series.points.map(\.consensus),
                                           to: to, model: model)
            return ProjectionText.render(result, subject: subject, unit: series.unit.rawValue)
        }.joined(separator: "\n")
    }
}
