import Foundation
import Testing

/// A throwaway PostgreSQL server for this test process: `initdb` in a temporary folder (trust login for the user
/// `yardstick`), `pg_ctl start` listening on a Unix socket in that folder only (no TCP), one server shared by every
/// test, each test in a database of its own; stopped with `pg_ctl stop -m fast` and removed when the process exits.
/// As root (CI) the server runs as the `postgres` user, since initdb refuses root.
final class PostgresServer: Sendable {
    /// Why there is no server.
    struct Unavailable: Error, CustomStringConvertible {
        let description: String
    }

    /// The folder holding initdb, pg_ctl and createdb.
    let bin: String
    /// The temporary folder: `data/`, `sock/`, `server.log`.
    let folder: String
    var socketFolder: String { folder + "/sock" }

    /// The server of this test process, started on first use.
    static let shared: Result<PostgresServer, Unavailable> = start()

    private init(bin: String, folder: String) {
        self.bin = bin
        self.folder = folder
    }

    /// The server. Without one the test is skipped with the reason, or fails under CI, which must run every
    /// PostgreSQL test.
    static func require(sourceLocation: SourceLocation = #_sourceLocation) throws -> PostgresServer {
        switch shared {
        case .success(let server):
            return server
        case .failure(let why):
            if Paths.isCI {
                Issue.record("CI must run the PostgreSQL tests, but no server could be started: \(why)",
                             sourceLocation: sourceLocation)
                throw why
            }
            try Test.cancel("skipped: no PostgreSQL server (\(why)); run Scripts/setup-postgres.sh", sourceLocation: sourceLocation)
        }
    }

    /// The URL of a new empty database on the server (see `require`).
    static func freshDatabase(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try require(sourceLocation: sourceLocation).createDatabase()
    }

    /// The database name in a URL this server made: between "@/" and "?".
    static func databaseName(_ url: String) -> String {
        let afterHost = url.range(of: "@/").map { url[$0.upperBound...] } ?? Substring(url)
        return String(afterHost.prefix { $0 != "?" })
    }

    /// A URL for database `name` on this server.
    func url(_ name: String) -> String { "postgresql://yardstick@/\(name)?host=\(socketFolder)" }

    func createDatabase() throws -> String {
        let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
        let (code, output) = Self.run(bin + "/createdb", ["-h", socketFolder, "-U", "yardstick", String(name)])
        guard code == 0 else { throw Unavailable(description: "createdb failed: \(output)") }
        return url(String(name))
    }

    /// Runs psql with `sql` on database `url`'s name, returning its unaligned output.
    func psql(database name: String, _ sql: String) throws -> String {
        let (code, output) = Self.run(bin + "/psql", ["-h", socketFolder, "-U", "yardstick", "-d", name, "-X", "-q", "-A",
                                                      "-t", "-v", "ON_ERROR_STOP=1", "-c", sql])
        guard code == 0 else { throw Unavailable(description: "psql failed: \(output)") }
        return output
    }

    // MARK: starting and stopping

    private static func start() -> Result<PostgresServer, Unavailable> {
        guard let bin = findBin() else {
            return .failure(Unavailable(description: "no initdb on PATH or in /usr/lib/postgresql/*/bin"))
        }
        let root = getuid() == 0
        if root, run("/usr/bin/id", ["postgres"]).0 != 0 {
            return .failure(Unavailable(description: "running as root and there is no 'postgres' user to run initdb as"))
        }
        // As root the server's user must reach the folder: /tmp, whatever TMPDIR says (it may be under /root).
        let base = root ? URL(fileURLWithPath: "/tmp") : FileManager.default.temporaryDirectory
        let folder = base.appendingPathComponent("yardstick-pg-\(UUID().uuidString.prefix(8))").path
        do {
            try FileManager.default.createDirectory(atPath: folder + "/sock", withIntermediateDirectories: true)
        } catch {
            return .failure(Unavailable(description: "cannot make \(folder): \(error)"))
        }
        if root, run("/bin/chown", ["-R", "postgres:", folder]).0 != 0 {
            return .failure(Unavailable(description: "cannot give \(folder) to the postgres user"))
        }
        let initdb = runAsOwner(bin + "/initdb", ["-D", folder + "/data", "-U", "yardstick", "-A", "trust", "-E", "UTF8",
                                                  "--locale=C", "--no-sync"])
        guard initdb.0 == 0 else {
            try? FileManager.default.removeItem(atPath: folder)
            return .failure(Unavailable(description: "initdb failed: \(initdb.1.suffix(400))"))
        }
        // The server outlives pg_ctl: it must inherit no descriptor of this process, or Foundation's Process, which
        // learns of a child's exit when a pipe the child holds closes, would wait for the server to stop (here and
        // in any test starting a process meanwhile). So pg_ctl runs from a shell that first closes all but 0-2.
        let options = "-k \(folder)/sock -c listen_addresses='' -c unix_socket_permissions=0777 -c fsync=off"
        let pgctl = "'\(bin)/pg_ctl' -D '\(folder)/data' -l '\(folder)/server.log' -w -t 60 -o \"\(options)\" start"
        let command = "for fd in $(ls /proc/$$/fd); do [ \"$fd\" -gt 2 ] && eval \"exec $fd>&-\"; done; "
            + "exec \(root ? "runuser -u postgres -- " : "")\(pgctl) </dev/null >'\(folder)/pg_ctl.log' 2>&1"
        let status = system("/bin/bash -c " + Self.quoted(command))
        guard status == 0 else {
            let log = (try? String(contentsOfFile: folder + "/server.log", encoding: .utf8)) ?? ""
            let ctl = (try? String(contentsOfFile: folder + "/pg_ctl.log", encoding: .utf8)) ?? ""
            try? FileManager.default.removeItem(atPath: folder)
            return .failure(Unavailable(description: "pg_ctl start failed: \(ctl.suffix(300)) \(log.suffix(300))"))
        }
        let server = PostgresServer(bin: bin, folder: folder)
        running = (bin, folder, root)
        atexit { PostgresServer.stopRunning() }
        return .success(server)
    }

    /// What `atexit` needs to stop the server (a C callback captures nothing).
    nonisolated(unsafe) private static var running: (bin: String, folder: String, root: Bool)?

    private static func stopRunning() {
        guard let (bin, folder, root) = running else { return }
        running = nil
        let stop = "\(quoted(bin + "/pg_ctl")) -D \(quoted(folder + "/data")) -m fast -w stop >/dev/null 2>&1"
        _ = system(root ? "runuser -u postgres -- \(stop)" : stop)
        _ = system("rm -rf \(quoted(folder))")
    }

    /// `text` in single quotes for the shell.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// `$YARDSTICK_TEST_PG_BIN` when set (to try the tests without a server: name a folder without initdb), else
    /// PATH's initdb, else the newest /usr/lib/postgresql/*/bin.
    private static func findBin() -> String? {
        let fm = FileManager.default
        if let given = ProcessInfo.processInfo.environment["YARDSTICK_TEST_PG_BIN"] {
            return fm.isExecutableFile(atPath: given + "/initdb") ? given : nil
        }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(dir)/initdb"
            if fm.isExecutableFile(atPath: path) {
                return URL(fileURLWithPath: path).resolvingSymlinksInPath().deletingLastPathComponent().path
            }
        }
        let versions = ((try? fm.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? [])
            .filter { fm.isExecutableFile(atPath: "/usr/lib/postgresql/\($0)/bin/initdb") }
            .sorted { (Int($0) ?? 0) < (Int($1) ?? 0) }
        return versions.last.map { "/usr/lib/postgresql/\($0)/bin" }
    }

    /// Runs a server program as the server's owner: as is, or as `postgres` under root.
    private static func runAsOwner(_ executable: String, _ arguments: [String]) -> (Int32, String) {
        getuid() == 0 ? run("/usr/sbin/runuser", ["-u", "postgres", "--", executable] + arguments) : run(executable, arguments)
    }

    /// Runs a program to the end; its exit code and its output and errors together.
    static func run(_ executable: String, _ arguments: [String]) -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        p.standardInput = FileHandle.nullDevice
        do { try p.run() } catch { return (-1, "\(executable): \(error)") }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
