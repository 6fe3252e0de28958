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

/// Two runs at once, as cron would start them: the one that finds the lock held exits with the lock message.
@Suite("yardstick run from the command line")
struct RunCommandLineTests {
    /// A run configuration in `dir` over the sample briefs, with its database and reports beside it.
    static func sampleConfig(in dir: URL) throws -> URL {
        let config = dir.appendingPathComponent("y.toml")
        try """
            database = "y.sqlite"
            reports = "Reports"
            inputs = ["\(Paths.root.appendingPathComponent("Data/samples").path)"]
            """.write(to: config, atomically: true, encoding: .utf8)
        return config
    }

    @Test("a run started while another process holds the run lock exits 1 with the lock message",
          .enabled(if: FileManager.default.fileExists(atPath: CommandLineTests.binary.path)))
    func lockedByAnotherProcess() throws {
        let dir = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let reports = dir.appendingPathComponent("Reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        let config = try RunCommandLineTests.sampleConfig(in: dir)
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        holder.arguments = ["python3", "-c", """
            import fcntl, sys, time
            f = open(sys.argv[1], "w"); fcntl.flock(f, fcntl.LOCK_EX)
            print("held", flush=True); time.sleep(3)
            """, reports.appendingPathComponent(".yardstick.lock").path]
        let out = Pipe()
        holder.standardOutput = out
        try holder.run()
        _ = out.fileHandleForReading.availableData
        let (code, _, err) = try CommandLineTests.run(["run", "--config", config.path])
        holder.terminate()
        holder.waitUntilExit()
        #expect(code == 1)
        #expect(err.contains("another yardstick run is in progress"))
        #expect(!FileManager.default.fileExists(atPath: reports.appendingPathComponent("latest").path))
    }
}

/// Killing `yardstick run` at random moments never leaves Reports/latest/ missing or half-written.
@Suite("yardstick run killed")
struct RunKilledTests {
    @Test("after SIGKILL at random moments, Reports/latest/ still holds a whole report",
          .enabled(if: FileManager.default.fileExists(atPath: CommandLineTests.binary.path)))
    func killedRuns() throws {
        let dir = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let config = try RunCommandLineTests.sampleConfig(in: dir)
        let latest = dir.appendingPathComponent("Reports/latest")
        #expect(try CommandLineTests.run(["run", "--config", config.path]).0 == 0)
        // Kill moments are drawn over the time a whole run takes here, so that most kills land while it runs;
        // timed on a second run, since the runs killed below find the documents already stored, as it does.
        let started = Date()
        #expect(try CommandLineTests.run(["run", "--config", config.path]).0 == 0)
        var runMicroseconds = max(10_000, Date().timeIntervalSince(started) * 1e6)
        let expected = try FileManager.default.contentsOfDirectory(atPath: latest.path).sorted()
        var killedWhileRunning = 0, rounds = 0
        // At least 12 kills, and on until 4 of them hit a running yardstick (at most 40): the timed run may have been
        // slow on a busy machine, so a kill that came after the run ended draws the next moment from a shorter span.
        while rounds < 12 || (killedWhileRunning < 4 && rounds < 40) {
            rounds += 1
            let delay = UInt32(Double.random(in: 0..<runMicroseconds))
            let p = Process()
            p.executableURL = CommandLineTests.binary
            p.arguments = ["run", "--config", config.path]
            p.standardError = FileHandle.nullDevice
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            usleep(delay)
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            if p.terminationReason == .uncaughtSignal {
                killedWhileRunning += 1
            } else {
                runMicroseconds = max(5_000, runMicroseconds * 0.7)
            }
            let now = try FileManager.default.contentsOfDirectory(atPath: latest.path).sorted()
            #expect(now == expected, "after a kill at \(delay / 1000) ms")
            let html = try String(contentsOf: latest.appendingPathComponent("report.html"), encoding: .utf8)
            #expect(html.hasSuffix("</body></html>\n"))
        }
        #expect(killedWhileRunning >= 4, "only \(killedWhileRunning) of \(rounds) kills hit a running yardstick run")
    }
}
