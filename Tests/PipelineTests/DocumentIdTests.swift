import Testing
@testable import Pipeline

/// A document read from a file is named by the file's name alone.
@Suite("Document ids")
struct DocumentIdTests {
    @Test("the id is the last path component; trailing slashes are ignored; a path of slashes stays as it is",
          arguments: [("a/b/doc.txt", "doc.txt"), ("doc.txt", "doc.txt"), ("/x/é ü.md", "é ü.md"), ("a/b/", "b"),
                      ("///", "///"), ("", ""), ("-", "-")])
    func fileName(_ path: String, _ id: String) {
        #expect(DocumentReader.fileName(path) == id)
    }
}
