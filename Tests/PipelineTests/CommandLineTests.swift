import Foundation
import Testing

/// The built `yardstick` binary as a user runs it: exit codes, stdout and one-line messages on stderr.
@Suite("yardstick extract on the command line")
struct CommandLineTests {
    static let binary = Paths.root.appendingPathComponent(".build/debug/yardstick")

    static func run(_ args: [String], stdin: String? = nil) throws -> (Int32, String, String) {
        let p = Process()
        p.executableURL = binary
        p.arguments = args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let input = Pipe()
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    @Test("standard input to JSON Lines, exit 0", .enabled(if: FileManager.default.fileExists(atPath: binary.path)))
    func stdinFilter() throws {
        let (code, out, _) = try Self.run(["extract", "-", "--published", "2024-07-03"],
                                          stdin: "Cargo along the TITR exceeded 2.76 million tons in 2023.")
        #expect(code == 0)
        #expect(out.hasPrefix("{\"doc\":\"stdin\",\"published\":\"2024-07-03\",\"span\":[30,47],\"text\":\"2.76 million tons\""))
    }

    @Test("a missing file: one line on stderr naming it, exit 1", .enabled(if: FileManager.default.fileExists(atPath: binary.path)))
    func missingFile() throws {
        let (code, _, err) = try Self.run(["extract", "/no/such/file.txt"])
        #expect(code == 1)
        #expect(err.split(separator: "\n").count == 1)
        #expect(err.contains("/no/such/file.txt"))
    }

    @Test("a malformed --published is a usage error", .enabled(if: FileManager.default.fileExists(atPath: binary.path)))
    func badPublished() throws {
        let (code, _, err) = try Self.run(["extract", "-", "--published", "July 3"], stdin: "")
        #expect(code != 0)
        #expect(err.contains("YYYY-MM-DD"))
    }
}
