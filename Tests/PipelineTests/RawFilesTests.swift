import Foundation
import Testing
@testable import Pipeline

/// The folder walk and the plain reads behind `extract FOLDER`.
@Suite("Raw files")
struct RawFilesTests {
    @Test("paths sort in String order: ASCII ones compared as bytes, others as Strings", arguments: [
        ["d/a/x.txt", "d/a-b/x.txt", "d/B.txt", "d/a.txt", "d/a.txt.md", "d/", "d/~", "d/A"],
        ["d/é.txt", "d/e\u{301}z.txt", "d/e.txt", "d/z.txt", "d/É.txt", "d/a-b/x.txt", "d/a/x.txt"],
    ])
    func sortOrder(_ paths: [String]) {
        #expect(RawFiles.sorted(paths) == paths.sorted())
        #expect(RawFiles.sorted(paths.reversed()) == paths.sorted())
    }

    @Test("a folder's files come back in String order however deep they are")
    func walkOrder() throws {
        let dir = try Paths.temporaryFolder()
        let names = ["a/x.txt", "a-b/x.txt", "B.txt", "a.txt", "a/b/c.txt", "Z.md", "skip.json"]
        for name in names {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("text\n".utf8).write(to: url)
        }
        let found = RawFiles.files(under: dir.path) { !$0.hasSuffix(".json") }
        let expected = names.filter { !$0.hasSuffix(".json") }.map { dir.path + "/" + $0 }.sorted()
        #expect(found == expected)
    }
}
