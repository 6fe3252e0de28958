import Claims
import GRDB
import GRDBSQLite

/// Reads the rows of a claims query straight from SQLite into `StoredClaim`s. The documents are read first, once
/// each, so a claim row carries only its document's id; the short repetitive columns (metric, kind, unit, periods,
/// a run of one entity) are made once while they repeat: a large store has hundreds of thousands of claims, and
/// decoding each column generically dominated `check`.
struct ClaimLoader {
    /// The query's columns, in this order.
    static let columns = """
        c.spanStart, c.spanEnd, c.text, c.entity, c.counterpart, c.metric, c.kind, c.value, c.unit,
        c.period, c.basePeriod, c.bound, c.lo, c.hi, c.documentId,
        c.entitySettled, c.periodSettled, c.basis, c.quote
        """

    /// A stored document as its claims need it.
    struct Document {
        var doc: String
        var path: String
        var title: String?
        var published: Day?
    }

    /// A SELECT of `columns`.
    let statement: Statement
    /// Every document by id.
    let documents: [Int64: Document]
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

    init(statement: Statement, documents: [Int64: Document]) {
        self.statement = statement
        self.documents = documents
    }

    /// Every stored document by id.
    static func documents(_ db: Database) throws -> [Int64: Document] {
        var out: [Int64: Document] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, docId, path, title, published FROM document")
        while let row = try rows.next() {
            out[row[0]] = Document(doc: row[1], path: row[2], title: row[3], published: (row[4] as String?).flatMap { Day($0) })
        }
        return out
    }

    /// Steps `statement` to the end, handing the claims `filter` matches to `each` in batches of `size` (the
    /// last one smaller, none when nothing matches).
    mutating func load(filter: ClaimFilter, _ db: Database, batchesOf size: Int, _ each: ([StoredClaim]) -> Void) throws {
        let s = statement.sqliteStatement
        var out: [StoredClaim] = []
        out.reserveCapacity(min(size, expected))
        var document: (id: Int64, value: Document)?
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
            let id = sqlite3_column_int64(s, 14)
            if document?.id != id {
                // The join guarantees the document; a row of another is read as a document without a name.
                document = (id, documents[id] ?? Document(doc: "", path: "", title: nil, published: nil))
            }
            let d = document!.value
            let start = Int(sqlite3_column_int64(s, 0))
            let claim = Claim(doc: d.doc, published: d.published,
                              span: Span(start: start, end: max(start, Int(sqlite3_column_int64(s, 1)))),
                              text: Self.text(s, 2) ?? "", entity: entities.value(s, 3) { $0 } ?? "",
                              counterpart: counterparts.value(s, 4) { $0 },
                              metric: metric, kind: kind, value: sqlite3_column_double(s, 7),
                              unit: units.value(s, 8, make: Unit.init(rawValue:)) ?? Unit(rawValue: ""),
                              period: periods.value(s, 9) { Period($0) } ?? nil,
                              basePeriod: basePeriods.value(s, 10) { Period($0) } ?? nil, bound: bound,
                              settled: Settlement(entity: Self.origin(s, 15), period: Self.origin(s, 16)),
                              basis: bases.value(s, 17) { $0 }.flatMap { $0.isEmpty ? nil : $0 }, quote: Self.text(s, 18))
            guard filter.matches(claim) else { continue }
            out.append(StoredClaim(claim: consume claim, path: d.path, title: d.title,
                                   interval: ValueInterval(lo: Self.double(s, 12), hi: Self.double(s, 13))))
            if out.count == size {
                each(out)
                out = []
                out.reserveCapacity(min(size, expected))
            }
        }
        if !out.isEmpty { each(out) }
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
