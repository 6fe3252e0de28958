import Foundation

/// Where the repository, the built binary and the shared folder beside the checkout are, seen from this file.
enum Paths {
    /// The repository root (three levels above this file).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    /// The debug binary `swift build` makes.
    static let binary = root.appendingPathComponent(".build/debug/yardstick")
    /// `../shared` beside the checkout; CI always has it.
    static let shared: URL = root.deletingLastPathComponent().appendingPathComponent("shared")
    static let devDocs = shared.appendingPathComponent("corpus/dev/docs")
    static let officialReference = shared.appendingPathComponent("reference/official.csv")

    /// True when the dev corpus and the official reference are beside the checkout.
    static var hasShared: Bool {
        FileManager.default.fileExists(atPath: devDocs.path) && FileManager.default.fileExists(atPath: officialReference.path)
    }

    /// True under CI (`CI` set), where what a test needs being missing is a failure, never a reason to skip.
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty && $0 != "false" } ?? false }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("yardstick-pgtest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
