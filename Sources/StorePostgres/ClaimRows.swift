import Claims
import PostgresNIO

/// The claims query and how its rows become `StoredClaim`s, exactly as `StoreSQLite`'s ClaimLoader makes them:
/// the same columns, the same order (paths byte by byte, then span, then insertion), rows with a metric, kind or
/// bound this build does not know skipped, and the entity filter tested on the rows read.
enum ClaimRows {
    /// The SELECT for `filter`'s conditions that SQL can test, with its bound values.
    static func query(_ filter: ClaimFilter) -> (sql: String, binds: PostgresBindings) {
        var sql = """
            SELECT c.spanStart, c.spanEnd, c.text, c.entity, c.counterpart, c.metric, c.kind, c.value, c.unit,
                   c.period, c.basePeriod, c.bound, c.lo, c.hi, d.id, d.docId, d.path, d.title, d.published,
                   c.entitySettled, c.periodSettled, c.basis, c.quote
            FROM claim c JOIN document d ON d.id = c.documentId
            """
        var conditions: [String] = []
        var binds = PostgresBindings()
        func condition(_ column: String, _ value: String) {
            binds.append(value)
            conditions.append("\(column) = $\(binds.count)")
        }
        if let m = filter.metric { condition("c.metric", m.rawValue) }
        if let k = filter.kind { condition("c.kind", k.rawValue) }
        if let p = filter.period { condition("c.period", p.description) }
        if let d = filter.doc { condition("d.docId", d) }
        if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
        sql += " ORDER BY d.path COLLATE \"C\", c.spanStart, c.spanEnd, c.id"
        return (sql, binds)
    }

    /// The claim in `row`, nil when this build cannot read it or `filter` does not match it.
    static func claim(_ row: PostgresRow, filter: ClaimFilter) throws -> StoredClaim? {
        var cells = Cells(row)
        let spanStart = Int(try cells.next(Int64.self)), spanEnd = Int(try cells.next(Int64.self))
        let text = try cells.next(String.self), entity = try cells.next(String.self)
        let counterpart = try cells.next(String?.self)
        guard let metric = Metric(rawValue: try cells.next(String.self)), let kind = Kind(rawValue: try cells.next(String.self))
        else { return nil }
        let value = try cells.next(Double.self)
        let unit = Unit(rawValue: try cells.next(String.self))
        let period = try cells.next(String?.self).flatMap { Period($0) }
        let basePeriod = try cells.next(String?.self).flatMap { Period($0) }
        guard let bound = Bound(rawValue: try cells.next(String.self)) else { return nil }
        let lo = try cells.next(Double?.self), hi = try cells.next(Double?.self)
        _ = try cells.next(Int64.self)
        let doc = try cells.next(String.self), path = try cells.next(String.self), title = try cells.next(String?.self)
        let published = try cells.next(String?.self).flatMap { Day($0) }
        let settled = Settlement(entity: Origin(rawValue: try cells.next(String.self)) ?? .stated,
                                 period: Origin(rawValue: try cells.next(String.self)) ?? .stated)
        let basis = try cells.next(String.self), quote = try cells.next(String?.self)
        let claim = Claim(doc: doc, published: published, span: Span(start: spanStart, end: max(spanStart, spanEnd)),
                          text: text, entity: entity, counterpart: counterpart, metric: metric, kind: kind, value: value,
                          unit: unit, period: period, basePeriod: basePeriod, bound: bound, settled: settled,
                          basis: basis.isEmpty ? nil : basis, quote: quote)
        guard filter.matches(claim) else { return nil }
        return StoredClaim(claim: claim, path: path, title: title, interval: ValueInterval(lo: lo, hi: hi))
    }

    /// A row's cells read one after another.
    private struct Cells {
        private var iterator: PostgresRow.Iterator

        init(_ row: PostgresRow) {
            iterator = row.makeIterator()
        }

        mutating func next<T: PostgresDecodable>(_ type: T.Type) throws -> T {
            guard let cell = iterator.next() else { throw PostgresDecodingError.Code.missingData }
            return try cell.decode(T.self)
        }
    }
}
