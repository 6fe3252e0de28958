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
    /// 'stated' or 'context' (migration v5).
    var entitySettled: String = "stated"
    var periodSettled: String = "stated"
    /// The claim's basis, '' for the usual one, and its sentence (migration v6).
    var basis: String = ""
    var quote: String?
}
