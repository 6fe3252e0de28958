import Claims
import Dispatch
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

    /// Rows copied at once before they are handed to the decoding thread.
    static let rawBatch = 2048
    /// Copied batches waiting to be decoded at most: the reading thread waits rather than run far ahead.
    static let inFlight = 4

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
    /// last one smaller, none when nothing matches). This thread only copies rows out of SQLite; a serial queue
    /// makes claims of them and calls `each`, one batch after another, and is waited for before this returns.
    func load(filter: ClaimFilter, _ db: Database, batchesOf size: Int, _ each: ([StoredClaim]) -> Void) throws {
        let s = statement.sqliteStatement
        try withoutActuallyEscaping(each) { each in
            let decoding = ClaimDecoding(ClaimDecoder(documents: documents, filter: filter, size: size, expected: expected),
                                         each: each)
            // Waited for even when a step fails: `each` must not outlive this call.
            defer { decoding.finish() }
            let rows = min(size, ClaimLoader.rawBatch)
            var raw = RawClaimRows(capacity: rows)
            while true {
                let code = sqlite3_step(s)
                if code == SQLITE_DONE { break }
                guard code == SQLITE_ROW else {
                    throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                        message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
                }
                raw.append(s)
                if raw.count == rows {
                    decoding.send(raw)
                    raw = RawClaimRows(capacity: rows)
                }
            }
            if raw.count > 0 { decoding.send(raw) }
        }
    }
}

/// Makes `StoredClaim`s of copied rows: the documents by id, and the short repetitive columns made once while they
/// repeat. Batches of `size` claims are handed on as they fill; `flush` hands on the last.
struct ClaimDecoder {
    let documents: [Int64: ClaimLoader.Document]
    let filter: ClaimFilter
    let size: Int
    let expected: Int
    private var out: [StoredClaim] = []
    private var document: (id: Int64, value: ClaimLoader.Document)?
    private var metrics = ColumnTexts<Metric?>(capacity: 8)
    private var kinds = ColumnTexts<Kind?>(capacity: 8)
    private var bounds = ColumnTexts<Bound?>(capacity: 4)
    private var units = ColumnTexts<Unit>(capacity: 8)
    private var periods = ColumnTexts<Period?>(capacity: 32)
    private var basePeriods = ColumnTexts<Period?>(capacity: 8)
    private var entities = ColumnTexts<String>(capacity: 4)
    private var counterparts = ColumnTexts<String>(capacity: 4)
    private var bases = ColumnTexts<String>(capacity: 4)

    init(documents: [Int64: ClaimLoader.Document], filter: ClaimFilter, size: Int, expected: Int) {
        self.documents = documents
        self.filter = filter
        self.size = size
        self.expected = expected
        out.reserveCapacity(min(size, expected))
    }

    /// The claims of `raw` that `filter` matches (rows with a metric, kind or bound this build does not know are
    /// skipped), each full batch handed to `each`.
    mutating func decode(_ raw: RawClaimRows, _ each: ([StoredClaim]) -> Void) {
        typealias C = RawClaimRows.Column
        raw.withBytes { base in
            for r in 0..<raw.count {
                guard let metric = metrics.value(raw.text(r, C.metric, in: base), make: Metric.init(rawValue:)) ?? nil,
                      let kind = kinds.value(raw.text(r, C.kind, in: base), make: Kind.init(rawValue:)) ?? nil,
                      let bound = bounds.value(raw.text(r, C.bound, in: base), make: Bound.init(rawValue:)) ?? nil
                else { continue }
                let n = raw.numbers[r]
                if document?.id != n.documentId {
                    // The join guarantees the document; a row of another is read as a document without a name.
                    document = (n.documentId, documents[n.documentId] ?? .init(doc: "", path: "", title: nil, published: nil))
                }
                let d = document!.value
                let claim = Claim(doc: d.doc, published: d.published,
                                  span: Span(start: n.spanStart, end: max(n.spanStart, n.spanEnd)),
                                  text: Self.string(raw.text(r, C.text, in: base)) ?? "",
                                  entity: entities.value(raw.text(r, C.entity, in: base)) { $0 } ?? "",
                                  counterpart: counterparts.value(raw.text(r, C.counterpart, in: base)) { $0 },
                                  metric: metric, kind: kind, value: n.value,
                                  unit: units.value(raw.text(r, C.unit, in: base), make: Unit.init(rawValue:)) ?? Unit(rawValue: ""),
                                  period: periods.value(raw.text(r, C.period, in: base)) { Period($0) } ?? nil,
                                  basePeriod: basePeriods.value(raw.text(r, C.basePeriod, in: base)) { Period($0) } ?? nil,
                                  bound: bound,
                                  settled: Settlement(entity: Self.origin(raw.text(r, C.entitySettled, in: base)),
                                                      period: Self.origin(raw.text(r, C.periodSettled, in: base))),
                                  basis: bases.value(raw.text(r, C.basis, in: base)) { $0 }.flatMap { $0.isEmpty ? nil : $0 },
                                  quote: Self.string(raw.text(r, C.quote, in: base)))
                // The query tests every other condition of the filter; only the entity, compared folded, is left.
                if filter.entity != nil, !filter.matches(claim) { continue }
                out.append(StoredClaim(claim: consume claim, path: d.path, title: d.title,
                                       interval: ValueInterval(lo: n.lo, hi: n.hi)))
                if out.count == size {
                    each(out)
                    out = []
                    out.reserveCapacity(min(size, expected))
                }
            }
        }
    }

    /// Hands on the claims of a last, partly filled batch.
    mutating func flush(_ each: ([StoredClaim]) -> Void) {
        if !out.isEmpty { each(out) }
        out = []
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>?) -> String? {
        bytes.map { String(decoding: $0, as: UTF8.self) }
    }

    /// 'context' or 'stated' (the default of rows stored before migration v5), read without making a string.
    private static func origin(_ bytes: UnsafeBufferPointer<UInt8>?) -> Origin {
        guard let bytes, let first = bytes.first else { return .stated }
        return first == UInt8(ascii: "c") ? .context : .stated
    }
}

/// The decoding thread of one load: copied batches are decoded in the order sent, on a serial queue, at most
/// `ClaimLoader.inFlight` waiting at once; `finish` waits for the last and hands on what is left.
private final class ClaimDecoding: @unchecked Sendable {
    /// Touched only on `queue`.
    private var decoder: ClaimDecoder
    private let each: ([StoredClaim]) -> Void
    private let queue = DispatchQueue(label: "yardstick.decode")
    private let room = DispatchSemaphore(value: ClaimLoader.inFlight)

    init(_ decoder: ClaimDecoder, each: @escaping ([StoredClaim]) -> Void) {
        self.decoder = decoder
        self.each = each
    }

    func send(_ raw: RawClaimRows) {
        room.wait()
        queue.async {
            self.decoder.decode(raw, self.each)
            self.room.signal()
        }
    }

    func finish() {
        queue.sync { decoder.flush(each) }
    }
}
