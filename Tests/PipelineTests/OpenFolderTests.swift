import Foundation
import Testing
@testable import Pipeline

/// Files read by name through their open folder read as they do through their whole path, errors included.
@Suite("Open folders")
struct OpenFolderTests {
    /// The bytes, or the reason a read failed.
    static func read(_ path: String, in folder: OpenFolder?) -> Result<[UInt8], RawFiles.ReadError> {
        Result { () throws(RawFiles.ReadError) in try RawFiles.read(path, in: folder) }
    }

    @Test("a file in the open folder, a file elsewhere and a missing file read as by their whole path")
    func sameAsWholePath() throws {
        let dir = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let other = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: other) }
        let inside = dir.appendingPathComponent("a.txt").path
        let elsewhere = other.appendingPathComponent("b.txt").path
        try Data("one\n".utf8).write(to: URL(fileURLWithPath: inside))
        try Data("two\n".utf8).write(to: URL(fileURLWithPath: elsewhere))
        let folder = try #require(OpenFolder(holding: inside))
        #expect(folder.holds(inside) && !folder.holds(elsewhere))
        #expect(folder.holds(dir.appendingPathComponent("c.txt").path))
        #expect(try Self.read(inside, in: folder).get() == Array("one\n".utf8))
        #expect(try Self.read(elsewhere, in: folder).get() == Array("two\n".utf8))
        let missing = dir.appendingPathComponent("gone.txt").path
        guard case .failure(let byName) = Self.read(missing, in: folder),
              case .failure(let byPath) = Self.read(missing, in: nil)
        else {
            Issue.record("a missing file was read")
            return
        }
        #expect(byName.reason == byPath.reason)
    }

    @Test("a path without a folder part has no open folder")
    func noFolder() {
        #expect(OpenFolder(holding: "a.txt") == nil)
        #expect(OpenFolder(holding: "a/") == nil)
    }
}
