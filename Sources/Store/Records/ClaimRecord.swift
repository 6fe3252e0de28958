import Claims
import GRDB

/// One stored claim: every field of the schema, its value interval, and the document it came from.
struct ClaimRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "claim"
    static let document = belongsTo(DocumentRecord.self)

    var id: Int64?
    var documentId: Int64
    var spanStart: Int
    var spanEnd: Int
    var text: String
    var entity: String
    var counterpart: String?
    var metric: String
    var kind: String
    var value: Double
    var unit: String
    var period: String?
    var basePeriod: String?
    var bound: String
    var lo: Double?
    var hi: Double?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The table's columns.
    enum Columns {
        static let documentId = Column(CodingKeys.documentId)
        static let entity = Column(CodingKeys.entity)
        static let metric = Column(CodingKeys.metric)
        static let kind = Column(CodingKeys.kind)
        static let period = Column(CodingKeys.period)
        static let spanStart = Column(CodingKeys.spanStart)
    }

    /// The record of a claim found in document `documentId`.
    init(_ c: Claim, documentId: Int64) {
        let interval = ValueInterval.of(c)
        id = nil
        self.documentId = documentId
        spanStart = c.span.start
        spanEnd = c.span.end
        text = c.text
        entity = c.entity
        counterpart = c.counterpart
        metric = c.metric.rawValue
        kind = c.kind.rawValue
        value = c.value
        unit = c.unit.rawValue
        period = c.period?.description
        basePeriod = c.basePeriod?.description
        bound = c.bound.rawValue
        lo = interval.lo
        hi = interval.hi
    }

    /// A record from the first fourteen columns of a query (spanStart … hi, in table order).
    init(row: Row, documentId: Int64) {
        id = nil
        self.documentId = documentId
        spanStart = row[0]
        spanEnd = row[1]
        text = row[2]
        entity = row[3]
        counterpart = row[4]
        metric = row[5]
        kind = row[6]
        value = row[7]
        unit = row[8]
        period = row[9]
        basePeriod = row[10]
        bound = row[11]
        lo = row[12]
        hi = row[13]
    }

    /// The claim again, with the document's id and date.
    func claim(doc: String, published: Day?, periods: Bool = true) -> Claim? {
        guard let metric = Metric(rawValue: metric), let kind = Kind(rawValue: kind), let bound = Bound(rawValue: bound)
        else { return nil }
        return Claim(doc: doc, published: published, span: Span(start: spanStart, end: max(spanStart, spanEnd)),
                     text: text, entity: entity, counterpart: counterpart, metric: metric, kind: kind, value: value,
                     unit: Unit(rawValue: unit), period: periods ? period.flatMap { Period($0) } : nil,
                     basePeriod: periods ? basePeriod.flatMap { Period($0) } : nil, bound: bound)
    }
}
