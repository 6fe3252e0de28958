import Foundation

/// Where the repository and the shared folder beside it are, seen from this test file.
enum Paths {
    /// The repository root (three levels above this file).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared` beside the checkout; CI always has it.
    static let shared: URL = root.deletingLastPathComponent().appendingPathComponent("shared")

    /// The dev corpus documents.
    static let devDocs = shared.appendingPathComponent("corpus/dev/docs")
    static let devGold = shared.appendingPathComponent("corpus/dev/gold.jsonl")
    /// The second dev corpus (articles the rules were not written on at first).
    static let dev2Docs = shared.appendingPathComponent("corpus/dev2/docs")
    static let dev2Gold = shared.appendingPathComponent("corpus/dev2/gold.jsonl")
    static let scorer = shared.appendingPathComponent("tools/score.py")

    /// True when `../shared` with the dev corpus and scorer is present.
    static var hasShared: Bool {
        FileManager.default.fileExists(atPath: devGold.path) && FileManager.default.fileExists(atPath: scorer.path)
    }

    /// True under CI (`CI` set), where a missing `../shared` is a failure, never a reason to skip.
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "false" } ?? false }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("yardstick-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
