import GRDB

/// One ingested document: its path and content hash (what decides "unchanged"), and its front matter.
struct DocumentRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "document"
    static let claims = hasMany(ClaimRecord.self)

    var id: Int64?
    var path: String
    var docId: String
    var contentHash: String
    var published: String?
    var source: String?
    var url: String?
    var title: String?
    var ingestedAt: String
}
