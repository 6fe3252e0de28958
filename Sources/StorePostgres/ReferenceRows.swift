import Claims
import PostgresNIO

/// Reference values as rows of `referenceValue`, written and read as `StoreSQLite`'s ReferenceValueRecord does
/// (period as its text, an empty basis for the usual one, rows this build cannot read skipped).
enum ReferenceRows {
    static let insertSQL = """
        INSERT INTO referenceValue (dataset, source, entity, metric, period, value, unit, note, url, bound, basis)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::text[],
                             $8::text[], $9::text[], $10::text[], $11::text[])
        """

    static let selectSQL = """
        SELECT source, entity, metric, period, value, unit, note, url, bound, basis
        FROM referenceValue ORDER BY dataset COLLATE "C", id
        """

    /// `values` as the eleven column arrays of `insertSQL`, in order (ids follow it).
    static func binds(_ values: [ReferenceValue], dataset: String) -> PostgresBindings {
        var b = PostgresBindings(capacity: 11)
        b.append(ColumnArray([String](repeating: dataset, count: values.count)))
        b.append(ColumnArray(values.map(\.source)))
        b.append(ColumnArray(values.map(\.entity)))
        b.append(ColumnArray(values.map(\.metric.rawValue)))
        b.append(ColumnArray(values.map(\.period.description)))
        b.append(ColumnArray(values.map(\.value)))
        b.append(ColumnArray(values.map(\.unit.rawValue)))
        b.append(ColumnArray(values.map(\.note)))
        b.append(ColumnArray(values.map(\.url)))
        b.append(ColumnArray(values.map(\.bound.rawValue)))
        b.append(ColumnArray(values.map { $0.basis ?? "" }))
        return b
    }

    /// The value in `row`; nil for a row this build cannot read.
    static func value(_ row: PostgresRow) throws -> ReferenceValue? {
        let (source, entity, metric, period, value, unit, note, url, bound, basis) =
            try row.decode((String, String, String, String, Double, String, String?, String?, String, String).self)
        guard let m = Metric(rawValue: metric), let p = Period(period), let b = Bound(rawValue: bound) else { return nil }
        return ReferenceValue(source: source, entity: entity, metric: m, period: p, value: value, unit: Unit(rawValue: unit),
                              note: note, url: url, bound: b, basis: basis)
    }
}
