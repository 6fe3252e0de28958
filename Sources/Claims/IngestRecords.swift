/// One document to ingest: where it came from, a hash of its bytes, and its front matter.
public struct IngestDocument: Sendable, Equatable {
    public var path: String
    public var docId: String
    public var contentHash: String
    public var published: Day?
    public var source: String?
    public var url: String?
    public var title: String?

    public init(path: String, docId: String, contentHash: String, published: Day?, source: String?, url: String?,
                title: String?) {
        self.path = path
        self.docId = docId
        self.contentHash = contentHash
        self.published = published
        self.source = source
        self.url = url
        self.title = title
    }
}

/// One document and the claims found in it, to be stored together.
public struct IngestItem: Sendable {
    public var document: IngestDocument
    public var claims: [Claim]

    public init(document: IngestDocument, claims: [Claim]) {
        self.document = document
        self.claims = claims
    }
}

/// What ingesting one document did.
public enum IngestOutcome: Sendable, Equatable {
    /// First time this path was seen.
    case new(added: Int)
    /// The content changed: its claims were replaced.
    case changed(added: Int, removed: Int)
    /// Same path, same content: nothing written.
    case unchanged
}

/// A 64-bit FNV-1a hash of bytes with their length, as hex: enough to tell a changed file from an unchanged one.
public enum ContentHash {
    public static func of(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        return String(h, radix: 16) + "-" + String(bytes.count, radix: 16)
    }
}

/// How much the store holds.
public struct StoreCounts: Sendable, Equatable {
    public var documents: Int
    public var claims: Int

    public init(documents: Int, claims: Int) {
        self.documents = documents
        self.claims = claims
    }
}
