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
        #expect(RawFiles.sortedOrder(paths).map { paths[$0] } == paths.sorted())
        let reversed = Array(paths.reversed())
        #expect(RawFiles.sortedOrder(reversed).map { reversed[$0] } == paths.sorted())
    }

    @Test("a folder's files come back in String order however deep they are")
    func walkOrder() throws {
        let dir = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let names = ["a/x.txt", "a-b/x.txt", "B.txt", "a.txt", "a/b/c.txt", "Z.md", "skip.json"]
        for name in names {
            let url = dir.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("text\n".utf8).write(to: url)
        }
        let found = RawFiles.files(under: dir.path) { !$0.hasSuffix(".json") }.map(\.path)
        let expected = names.filter { !$0.hasSuffix(".json") }.map { dir.path + "/" + $0 }.sorted()
        #expect(found == expected)
    }

    @Test("the walk marks regular files as regular and a link to one as not; both are listed")
    func regularMarks() throws {
        let dir = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("text\n".utf8).write(to: dir.appendingPathComponent("a.txt"))
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.txt").path,
                                                   withDestinationPath: dir.appendingPathComponent("a.txt").path)
        let found = RawFiles.files(under: dir.path) { _ in true }
        #expect(found == [RawFiles.FoundFile(path: dir.path + "/a.txt", isRegular: true),
                          RawFiles.FoundFile(path: dir.path + "/link.txt", isRegular: false)])
    }

    @Test("a file read without fstat, as the walk reads a regular file, reads whole at every size", arguments: [
        0, 1, 4_000, RawFiles.chunkBytes - 1, RawFiles.chunkBytes, RawFiles.chunkBytes + 1, 3 * RawFiles.chunkBytes + 17,
    ])
    func readWithoutSize(_ size: Int) throws {
        let dir = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("f.txt").path
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 % 251) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let folder = OpenFolder(holding: path)
        #expect(try RawFiles.read(path, in: folder, regular: true) == bytes)
        #expect(try RawFiles.read(path, regular: true) == bytes)
        #expect(try RawFiles.read(path) == bytes)
    }

    @Test("a file the walk saw that is gone by the time it is read is reported by its path, as any unreadable file")
    func goneAfterWalk() throws {
        let dir = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("gone.txt").path
        var results: [Result<Int, InputError>] = []
        DocumentReader().read(.file(path), in: nil, regular: true) { results.append($0.map { $0.utf8.count }) }
        var expected: [Result<Int, InputError>] = []
        DocumentReader().read(.file(path), in: nil) { expected.append($0.map { $0.utf8.count }) }
        #expect(results == expected)
        #expect(results == [.failure(.unreadable(path: path, reason: "No such file or directory"))])
    }
}
