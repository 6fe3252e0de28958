import Claims
import Reports
import Store

/// The `claims` command's job: stored claims that pass a filter, with their document, span and quote.
public struct ClaimsJob: Sendable {
    public var filter: ClaimFilter
    public var format: ClaimFormat

    public init(filter: ClaimFilter, format: ClaimFormat) {
        self.filter = filter
        self.format = format
    }

    /// The claims as a table, CSV or JSON Lines.
    public func run(store: any ClaimStore) throws(StoreError) -> String {
        let rows = try store.claims(matching: filter)
        switch format {
        case .table: return StoredClaimTable.text(rows)
        case .csv: return StoredClaimTable.csv(rows)
        case .jsonl: return StoredClaimTable.jsonl(rows)
        }
    }
}
