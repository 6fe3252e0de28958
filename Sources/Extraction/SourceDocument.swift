import Claims

/// One document to extract from: its id, its whole text, where the body starts, and its metadata.
public struct SourceDocument: Sendable {
    /// The document's id: its file name without folder.
    public var id: String
    /// The whole file, front matter included (spans count from its start).
    public var text: String
    /// UTF-8 offset where the body starts (after the front matter and the blank line after it).
    public var bodyStart: Int
    public var published: Day?
    public var title: String?
    public var source: String?
    public var url: String?

    public init(id: String, text: String, bodyStart: Int = 0, published: Day? = nil, title: String? = nil,
                source: String? = nil, url: String? = nil) {
        self.id = id
        self.text = text
        self.bodyStart = bodyStart
        self.published = published
        self.title = title
        self.source = source
        self.url = url
    }

    /// Reads the front matter of `text` (if any) and makes the document; throws when the front matter is broken.
    public static func parse(id: String, text: String) throws(FrontMatterError) -> SourceDocument {
        let fm = try FrontMatter.parse(text)
        var doc = SourceDocument(id: id, text: text, bodyStart: fm.bodyStart)
        doc.published = fm.published
        doc.title = fm.fields["title"]
        doc.source = fm.fields["source"]
        doc.url = fm.fields["url"]
        return doc
    }
}
