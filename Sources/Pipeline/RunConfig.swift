import Analysis
import Foundation
import TOMLKit

/// The settings of a scheduled run, read from TOML (`yardstick init` writes a commented example).
public struct RunConfig: Sendable, Equatable {
    /// One reference CSV to import before analysing.
    public struct Reference: Sendable, Equatable {
        public var file: String
        public var source: String
    }

    public var database: String
    public var reports: String
    public var inputs: [String]
    public var inputFormat: InputFormat
    public var references: [Reference]
    public var formats: [ReportFormat]
    public var excel: Bool
    /// Exit with code 3 when a finding is at least this severe; nil never.
    public var failOn: Severity?

    /// Why a configuration file was refused.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case unreadable(path: String, reason: String)
        case syntax(path: String, reason: String)
        case invalid(path: String, key: String, reason: String)

        public var description: String {
            switch self {
            case .unreadable(let p, let r): "\(p): cannot be read (\(r)); run `yardstick init` to write an example"
            case .syntax(let p, let r): "\(p): not valid TOML (\(r))"
            case .invalid(let p, let k, let r): "\(p): '\(k)' \(r)"
            }
        }
    }

    /// Reads the file; relative paths in it are relative to the file's folder.
    public static func load(_ path: String) throws(Problem) -> RunConfig {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch {
            throw .syntax(path: path, reason: "\(error)")
        }
        let base = URL(fileURLWithPath: path).deletingLastPathComponent()
        func resolve(_ p: String) -> String { p.hasPrefix("/") ? p : base.appendingPathComponent(p).standardizedFileURL.path }
        func string(_ key: String, default value: String) throws(Problem) -> String {
            guard let v = table[key] else { return value }
            guard let s = v.string else { throw .invalid(path: path, key: key, reason: "must be a string") }
            return s
        }
        let inputs = table["inputs"]?.array?.compactMap { $0.string } ?? []
        guard !inputs.isEmpty else { throw .invalid(path: path, key: "inputs", reason: "must list at least one file or folder") }
        let format = try string("input_format", default: "text")
        guard let inputFormat = InputFormat(rawValue: format) else {
            throw .invalid(path: path, key: "input_format", reason: "must be text or jsonl")
        }
        var references: [Reference] = []
        for item in table["reference"]?.array ?? [] {
            guard let t = item.table, let file = t["file"]?.string, let source = t["source"]?.string else {
                throw .invalid(path: path, key: "reference", reason: "entries need file and source")
            }
            references.append(Reference(file: resolve(file), source: source))
        }
        var formats: [ReportFormat] = []
        for f in table["formats"]?.array?.compactMap({ $0.string }) ?? ["csv", "text", "html"] {
            guard let rf = ReportFormat(rawValue: f) else { throw .invalid(path: path, key: "formats", reason: "takes csv, text, html") }
            formats.append(rf)
        }
        let failOnText = try string("fail_on", default: "")
        let failOn = CheckJob.failOnChoices.first { $0.rawValue == failOnText }
        guard failOn != nil || failOnText.isEmpty else {
            throw .invalid(path: path, key: "fail_on", reason: "must be \"tension\", \"conflict\" or \"\"")
        }
        // A postgresql:// URL is kept as written; only a SQLite path is relative to this file.
        let database = try string("database", default: "yardstick.sqlite")
        return RunConfig(database: StoreLocation(database) == .sqlite(path: database) ? resolve(database) : database,
                         reports: resolve(try string("reports", default: "Reports")), inputs: inputs.map(resolve),
                         inputFormat: inputFormat, references: references, formats: formats,
                         excel: table["excel"]?.bool ?? false, failOn: failOn)
    }

    /// A commented example, for `yardstick init`.
    public static let example = """
        # Yardstick scheduled run: `yardstick run --config yardstick.toml` (from cron or a systemd timer).
        # Paths are relative to this file's folder.

        # The SQLite database that keeps every claim (created on the first run), or a shared PostgreSQL database:
        # database = "postgresql://user@host/dbname" (the database must exist; its tables are made on the first run).
        database = "yardstick.sqlite"

        # Where reports go: REPORTS/YYYY-MM-DD/ for each run, REPORTS/latest/ for the newest.
        reports = "Reports"

        # Files and folders (.txt and .md, recursive) to ingest; only new and changed files are read again.
        inputs = ["Data/samples"]
        # "text" (files with optional front matter) or "jsonl" ({"id":…,"published":…,"text":…} a line).
        input_format = "text"

        # Official series to check claims against (CSV: entity, metric, period, value, unit[, source, note, url]).
        [[reference]]
        file = "Data/reference/official-excerpt.csv"
        source = "official"

        # Report files to write: any of "csv", "text", "html".
        formats = ["csv", "text", "html"]
        # true starts CSV files with a byte-order mark, for Excel.
        excel = false

        # Exit with code 3 when a finding is at least this severe: "tension", "conflict", or "" for never.
        fail_on = "conflict"

        """
}
