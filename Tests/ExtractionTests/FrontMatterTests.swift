import Claims
import Extraction
import Testing

/// The front matter fields a document keeps, read byte by byte: keys in any case, the last of two, quotes dropped.
@Suite("Front matter")
struct FrontMatterTests {
    static func parse(_ text: String) throws -> SourceDocument {
        try SourceDocument.parse(id: "x.txt", text: text)
    }

    @Test("title, source and url are kept without their quotes; keys match in any case")
    func keptFields() throws {
        let doc = try Self.parse("---\nTITLE: \"Route figures\"\nSource: 'Kazinform'\nurl: https://x.kz/a\nother: y\n---\n\nBody.")
        #expect(doc.title == "Route figures")
        #expect(doc.source == "Kazinform")
        #expect(doc.url == "https://x.kz/a")
        #expect(doc.bodyStart == Array("---\nTITLE: \"Route figures\"\nSource: 'Kazinform'\nurl: https://x.kz/a\nother: y\n---\n\n".utf8).count)
    }

    @Test("date is a synonym of published, the last of two wins, and a time after the date is allowed")
    func publishedSynonyms() throws {
        #expect(try Self.parse("---\npublished: 2024-01-01\nDate: 2023-07-03T10:00:00Z\n---\n").published == Day("2023-07-03"))
        #expect(try Self.parse("---\ndate: 2024-01-01\npublished:\n---\n").published == nil)
    }

    @Test("a key with a space or a date that is not YYYY-MM-DD is refused with its line")
    func refusedLines() {
        #expect(throws: FrontMatterError.malformedLine(line: 2, text: "my key: v")) { try Self.parse("---\nmy key: v\n---\n") }
        #expect(throws: FrontMatterError.badDate(line: 3, value: "2024-02-30")) {
            try Self.parse("---\ntitle: t\npublished: 2024-02-30\n---\n")
        }
        #expect(throws: FrontMatterError.unclosed(openedAtLine: 1)) { try Self.parse("---") }
    }
}
