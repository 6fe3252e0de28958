import Foundation
import Testing

/// The built `yardstick` binary run as a user runs it: exit code, standard output and standard error.
enum Yardstick {
    struct Result: Equatable {
        var code: Int32
        var out: String
        var err: String
    }

    /// Starts `yardstick ARGS` without waiting; `finish` waits for it.
    static func start(_ args: [String], in folder: URL? = nil) throws -> (Process, Pipe, Pipe) {
        let p = Process()
        p.executableURL = Paths.binary
        p.arguments = args
        if let folder { p.currentDirectoryURL = folder }
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "YARDSTICK_DB")
        p.environment = environment
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        return (p, out, err)
    }

    /// Waits for a process `start` began; reads both pipes to the end first so a full pipe never blocks it.
    static func finish(_ started: (Process, Pipe, Pipe)) -> Result {
        let (p, out, err) = started
        final class Box: @unchecked Sendable { var data = Data() }
        let errors = Box()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errors.data = err.fileHandleForReading.readDataToEndOfFile() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        let errData = errors.data
        return Result(code: p.terminationStatus, out: String(decoding: outData, as: UTF8.self),
                      err: String(decoding: errData, as: UTF8.self))
    }

    /// Runs `yardstick ARGS` to the end.
    static func run(_ args: [String], in folder: URL? = nil) throws -> Result {
        finish(try start(args, in: folder))
    }

    /// Skips the test when the binary or `../shared` is missing, or fails it under CI.
    static func requireBinaryAndShared(sourceLocation: SourceLocation = #_sourceLocation) throws {
        var missing: [String] = []
        if !FileManager.default.isExecutableFile(atPath: Paths.binary.path) { missing.append(Paths.binary.path + " (swift build)") }
        if !Paths.hasShared { missing.append(Paths.shared.path + " with the dev corpus and reference") }
        guard !missing.isEmpty else { return }
        if Paths.isCI {
            Issue.record("CI must run this test, but \(missing.joined(separator: " and ")) is missing", sourceLocation: sourceLocation)
            throw CancellationError()
        }
        try Test.cancel("skipped: missing \(missing.joined(separator: " and "))", sourceLocation: sourceLocation)
    }
}
