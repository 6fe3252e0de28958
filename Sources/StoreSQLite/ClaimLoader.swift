import Claims
import GRDB
import GRDBSQLite

/// Reads the rows of a claims query straight from SQLite into `StoredClaim`s. The strings of a document
/// (id, path, title, date) are made once per document, and the short repetitive columns (metric, kind, unit,
/// periods, a run of one entity) once while they repeat: a large store has hundreds of thousands of claims,
/// and decoding each column generically dominated `check`.
struct ClaimLoader {
    /// The query's columns, in this order.
    static let columns = """
        c.spanStart, c.spanEnd, c.text, c.entity, c.counterpart, c.metric, c.kind, c.value, c.unit,
        c.period, c.basePeriod, c.bound, c.lo, c.hi, d.id, d.docId, d.path, d.title, d.published,
        c.entitySettled, c.periodSettled, c.basis, c.quote
        """

    /// A SELECT of `columns`.
    let statement: Statement
    /// How many rows the query is expected to give, to reserve room for; 0 when unknown.
    var expected = 0
    private var metrics = ColumnTexts<Metric?>(capacity: 8)
    private var kinds = ColumnTexts<Kind?>(capacity: 8)
    private var bounds = ColumnTexts<Bound?>(capacity: 4)
    private var units = ColumnTexts<Unit>(capacity: 8)
    private var periods = ColumnTexts<Period?>(capacity: 32)
    private var basePeriods = ColumnTexts<Period?>(capacity: 8)
    private var entities = ColumnTexts<String>(capacity: 4)
    private var counterparts = ColumnTexts<String>(capacity: 4)
    private var bases = ColumnTexts<String>(capacity: 4)
    private var document: (id: Int64, doc: String, path: String, title: String?, published: Day?)?

    init(statement: Statement) {
        self.statement = statement
    }

    /// Steps `statement` to the end, handing the claims `filter` matches to `each` in batches of `size` (the
    /// last one smaller, none when nothing matches).
    mutating func load(filter: ClaimFilter, _ db: Database, batchesOf size: Int, _ each: ([StoredClaim]) -> Void) throws {
        let s = statement.sqliteStatement
        var out: [StoredClaim] = []
        out.reserveCapacity(min(size, expected))
        while true {
            let code = sqlite3_step(s)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                    message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
            }
            guard let metric = metrics.value(s, 5, make: Metric.init(rawValue:)) ?? nil,
                  let kind = kinds.value(s, 6, make: Kind.init(rawValue:)) ?? nil,
                  let bound = bounds.value(s, 11, make: Bound.init(rawValue:)) ?? nil
            else { continue }
            let d = documentOf(s)
            let start = Int(sqlite3_column_int64(s, 0))
            let claim = Claim(doc: d.doc, published: d.published,
                              span: Span(start: start, end: max(start, Int(sqlite3_column_int64(s, 1)))),
                              text: Self.text(s, 2) ?? "", entity: entities.value(s, 3) { $0 } ?? "",
                              counterpart: counterparts.value(s, 4) { $0 },
                              metric: metric, kind: kind, value: sqlite3_column_double(s, 7),
                              unit: units.value(s, 8, make: Unit.init(rawValue:)) ?? Unit(rawValue: ""),
                              period: periods.value(s, 9) { Period($0) } ?? nil,
                              basePeriod: basePeriods.value(s, 10) { Period($0) } ?? nil, bound: bound,
                              settled: Settlement(entity: Self.origin(s, 19), period: Self.origin(s, 20)),
                              basis: bases.value(s, 21) { $0 }.flatMap { $0.isEmpty ? nil : $0 }, quote: Self.text(s, 22))
            guard filter.matches(claim) else { continue }
            out.append(StoredClaim(claim: claim, path: d.path, title: d.title,
                                   interval: ValueInterval(lo: Self.double(s, 12), hi: Self.double(s, 13))))
            if out.count == size {
                each(out)
                out = []
                out.reserveCapacity(min(size, expected))
            }
        }
        if !out.isEmpty { each(out) }
    }

    /// The current row's document, made again only when the row belongs to another document than the last.
    private mutating func documentOf(_ s: OpaquePointer) -> (id: Int64, doc: String, path: String, title: String?, published: Day?) {
        let id = sqlite3_column_int64(s, 14)
        if let d = document, d.id == id { return d }
        let d = (id: id, doc: Self.text(s, 15) ?? "", path: Self.text(s, 16) ?? "", title: Self.text(s, 17),
                 published: Self.text(s, 18).flatMap { Day($0) })
        document = d
        return d
    }

    private static func text(_ s: OpaquePointer, _ column: Int32) -> String? {
        guard let p = sqlite3_column_text(s, column) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(s, column))), as: UTF8.self)
    }

    /// 'context' or 'stated' (the default of rows stored before migration v5), read without making a string.
    private static func origin(_ s: OpaquePointer, _ column: Int32) -> Origin {
        guard let p = sqlite3_column_text(s, column) else { return .stated }
        return p[0] == UInt8(ascii: "c") ? .context : .stated
    }

    private static func double(_ s: OpaquePointer, _ column: Int32) -> Double? {
        sqlite3_column_type(s, column) == SQLITE_NULL ? nil : sqlite3_column_double(s, column)
    }
}
