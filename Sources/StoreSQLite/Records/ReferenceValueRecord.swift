import Claims
import GRDB

/// One stored official figure.
struct ReferenceValueRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "referenceValue"

    var id: Int64?
    /// The import it came with (`import-reference --source NAME`); re-importing a dataset replaces it.
    var dataset: String
    var source: String
    var entity: String
    var metric: String
    var period: String
    var value: Double
    var unit: String
    var note: String?
    var url: String?
    /// `exact`, `approx`, `at_least` or `at_most` (migration v4; older rows read as exact).
    var bound: String
    /// Empty for the usual definition (migration v4).
    var basis: String

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The table's columns.
    enum Columns {
        static let dataset = Column(CodingKeys.dataset)
    }

    init(_ r: ReferenceValue, dataset: String) {
        id = nil
        self.dataset = dataset
        source = r.source
        entity = r.entity
        metric = r.metric.rawValue
        period = r.period.description
        value = r.value
        unit = r.unit.rawValue
        note = r.note
        url = r.url
        bound = r.bound.rawValue
        basis = r.basis ?? ""
    }

    /// The value again; nil for a row this build cannot read.
    var referenceValue: ReferenceValue? {
        guard let m = Metric(rawValue: metric), let p = Period(period), let b = Bound(rawValue: bound) else { return nil }
        return ReferenceValue(source: source, entity: entity, metric: m, period: p, value: value, unit: Unit(rawValue: unit),
                              note: note, url: url, bound: b, basis: basis)
    }
}
