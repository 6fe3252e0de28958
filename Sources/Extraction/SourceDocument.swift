import Claims

/// One document to extract from: its id, its whole text, where the body starts, and its metadata.
public struct SourceDocument: Sendable {
    /// The document's id: its file name without folder.
    public var id: String
    /// The whole file as UTF-8 bytes, front matter included (spans count from its start).
    public var utf8: [UInt8]

    /// UTF-8 offset where the body starts (after the front matter and the blank line after it).
    public var bodyStart: Int
    public var published: Day?
    public var title: String?
    public var source: String?
    public var url: String?

    public init(id: String, text: String, bodyStart: Int = 0, published: Day? = nil, title: String? = nil,
                source: String? = nil, url: String? = nil) {
        self.init(id: id, utf8: Array(text.utf8), bodyStart: bodyStart, published: published, title: title,
                  source: source, url: url)
    }

    /// A document from bytes that are already known to be valid UTF-8.
    public init(id: String, utf8: [UInt8], bodyStart: Int = 0, published: Day? = nil, title: String? = nil,
                source: String? = nil, url: String? = nil) {
        self.id = id
        self.utf8 = utf8
        self.bodyStart = bodyStart
        self.published = published
        self.title = title
        self.source = source
        self.url = url
    }

    /// Reads the front matter of `text` (if any) and makes the document; throws when the front matter is broken.
    public static func parse(id: String, text: String) throws(FrontMatterError) -> SourceDocument {
        try parse(id: id, utf8: Array(text.utf8))
    }

    /// Reads the front matter of valid UTF-8 bytes (if any) and makes the document.
    public static func parse(id: String, utf8: [UInt8]) throws(FrontMatterError) -> SourceDocument {
        let fm = try FrontMatter.parse(utf8)
        var doc = SourceDocument(id: id, utf8: utf8, bodyStart: fm.bodyStart)
        doc.published = fm.published
        doc.title = fm.title
        doc.source = fm.source
        doc.url = fm.url
        return doc
    }
}
