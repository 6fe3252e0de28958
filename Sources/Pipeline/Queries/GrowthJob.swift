import Analysis
import Claims
import Reports
import Store

/// The `growth` command's job: year-on-year changes, CAGR and the trend of each series of yearly levels.
public struct GrowthJob: Sendable {
    public var entity: String?
    public var metric: Metric?
    public var format: ClaimFormat

    public init(entity: String?, metric: Metric?, format: ClaimFormat) {
        self.entity = entity
        self.metric = metric
        self.format = format
    }

    /// The growth of each series as a table, CSV or JSON Lines.
    public func run(store: any ClaimStore) throws(StoreError) -> String {
        let claims = try store.claims(matching: ClaimFilter(entity: entity, metric: metric, kind: .level))
        let rows = GrowthSummary.all(from: SeriesBuilder.points(from: claims))
        switch format {
        case .table: return GrowthTable.text(rows)
        case .csv: return GrowthTable.csv(rows)
        case .jsonl: return GrowthTable.jsonl(rows)
        }
    }
}
