import Claims
import GRDB
import GRDBSQLite

/// Reads the rows of a claims query straight from SQLite into `StoredClaim`s. The strings of a document
/// (id, path, title, date) are made once per document and the periods once per distinct text: a large
/// store has hundreds of thousands of claims and decoding each column generically dominated `check`.
struct ClaimLoader {
    /// The query's columns, in this order.
    static let columns = """
        c.spanStart, c.spanEnd, c.text, c.entity, c.counterpart, c.metric, c.kind, c.value, c.unit,
        c.period, c.basePeriod, c.bound, c.lo, c.hi, d.id, d.docId, d.path, d.title, d.published
        """

    private var periods: [String: Period] = [:]
    private var document: (id: Int64, doc: String, path: String, title: String?, published: Day?)?

    /// Steps `statement` (a SELECT of `columns`) to the end, keeping the claims `filter` matches.
    mutating func load(_ statement: Statement, filter: ClaimFilter, _ db: Database) throws -> [StoredClaim] {
        let s = statement.sqliteStatement
        var out: [StoredClaim] = []
        while true {
            let code = sqlite3_step(s)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                    message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
            }
            guard let metric = Metric(rawValue: Self.text(s, 5) ?? ""), let kind = Kind(rawValue: Self.text(s, 6) ?? ""),
                  let bound = Bound(rawValue: Self.text(s, 11) ?? "")
            else { continue }
            let d = documentOf(s)
            let start = Int(sqlite3_column_int64(s, 0))
            let claim = Claim(doc: d.doc, published: d.published,
                              span: Span(start: start, end: max(start, Int(sqlite3_column_int64(s, 1)))),
                              text: Self.text(s, 2) ?? "", entity: Self.text(s, 3) ?? "", counterpart: Self.text(s, 4),
                              metric: metric, kind: kind, value: sqlite3_column_double(s, 7), unit: Unit(rawValue: Self.text(s, 8) ?? ""),
                              period: period(s, 9), basePeriod: period(s, 10), bound: bound)
            guard filter.matches(claim) else { continue }
            out.append(StoredClaim(claim: claim, path: d.path, title: d.title,
                                   interval: ValueInterval(lo: Self.double(s, 12), hi: Self.double(s, 13))))
        }
        return out
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

    private mutating func period(_ s: OpaquePointer, _ column: Int32) -> Period? {
        guard let text = Self.text(s, column) else { return nil }
        if let p = periods[text] { return p }
        let p = Period(text)
        periods[text] = p
        return p
    }

    private static func text(_ s: OpaquePointer, _ column: Int32) -> String? {
        guard let p = sqlite3_column_text(s, column) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(s, column))), as: UTF8.self)
    }

    private static func double(_ s: OpaquePointer, _ column: Int32) -> Double? {
        sqlite3_column_type(s, column) == SQLITE_NULL ? nil : sqlite3_column_double(s, column)
    }
}
