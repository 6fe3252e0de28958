import Analysis
import Claims
import Reports
import Store

/// The `series` command's job: one row per entity × metric × period of levels, stated or implied.
public struct SeriesJob: Sendable {
    public var entity: String?
    public var metric: Metric?
    /// Only levels a document states, not those implied by a change or multiple.
    public var statedOnly: Bool
    public var format: ClaimFormat

    public init(entity: String?, metric: Metric?, statedOnly: Bool, format: ClaimFormat) {
        self.entity = entity
        self.metric = metric
        self.statedOnly = statedOnly
        self.format = format
    }

    /// The series points as a table, CSV or JSON Lines.
    public func run(store: any ClaimStore) throws(StoreError) -> String {
        // Stated points are made of levels alone; derived ones need the changes and multiples too.
        let claims = try store.claims(matching: ClaimFilter(entity: entity, metric: metric, kind: statedOnly ? .level : nil))
        let stated = SeriesBuilder.points(from: claims)
        let points = statedOnly ? stated : ReportData.rows(stated: stated, derived: DerivedLevels.points(from: claims, stated: stated))
        switch format {
        case .table: return SeriesTable.text(points)
        case .csv: return SeriesTable.csv(points)
        case .jsonl: return SeriesTable.jsonl(points)
        }
    }
}
