import Analysis
import Claims
import Foundation
import Logging
import Reports
import Store

/// Why a scheduled run stopped, and what to do.
public enum RunError: Error, CustomStringConvertible {
    case config(RunConfig.Problem)
    case busy(lock: String)
    case store(StoreError)
    case reference(ImportReferenceError)
    case report(ReportError)

    public var description: String {
        switch self {
        case .config(let p): "\(p)"
        case .busy(let lock): "another yardstick run is in progress (lock \(lock)); wait for it, or run with --wait"
        case .store(let e): "\(e)"
        case .reference(let e): "\(e)"
        case .report(let e): "\(e)"
        }
    }
}

/// What a run did.
public struct RunOutcome: Sendable {
    public var ingest: IngestJob.Summary
    /// The folder the report went to; nil when nothing changed and `--if-changed` was given.
    public var reportFolder: String?
    public var conflicts: Int
    public var tensions: Int
    /// 0 ok, 1 an input failed, 3 findings at or above `fail_on`.
    public var exitCode: Int32
}

/// The scheduled job: ingest new and changed inputs, import the reference CSVs, analyse, and write
/// `REPORTS/YYYY-MM-DD/` and `REPORTS/latest/`, each replaced whole. One run at a time.
public struct RunJob: Sendable {
    public var config: RunConfig
    public var today: Day
    public var wait: Bool
    public var ifChanged: Bool

    public init(config: RunConfig, today: Day, wait: Bool = false, ifChanged: Bool = false) {
        self.config = config
        self.today = today
        self.wait = wait
        self.ifChanged = ifChanged
    }

    public func run(logger: Logger, report: (Diagnostic) -> Void) throws(RunError) -> RunOutcome {
        let reports = URL(fileURLWithPath: config.reports)
        try? FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        let lock: RunLock
        do {
            lock = try RunLock(path: reports.appendingPathComponent(".yardstick.lock").path, wait: wait)
        } catch {
            throw .busy(lock: error.path)
        }
        defer { withExtendedLifetime(lock) {} }
        let store: any ClaimStore
        do { store = try StoreOpener.open(config.database, for: .readWrite) } catch { throw .store(error) }

        let ingest: IngestJob.Summary
        do {
            ingest = try IngestJob(paths: config.inputs, reader: DocumentReader(format: config.inputFormat))
                .run(into: store, report: report)
        } catch {
            throw .store(error)
        }
        logger.info("ingest: \(ingest.description)")

        let state = reports.appendingPathComponent(".yardstick-state")
        let previous = (try? String(contentsOf: state, encoding: .utf8)) ?? ""
        // Whole lines: "official\tF\tH" must not be found inside "unofficial\tF\tH".
        let importedBefore = Set(previous.split(separator: "\n").map(String.init))
        var current = ""
        for r in config.references {
            let hash = (try? RawFiles.read(r.file)).map(ContentHash.of) ?? "missing"
            let line = "\(r.source)\t\(r.file)\t\(hash)"
            current += line + "\n"
            if !importedBefore.contains(line) {
                do {
                    let s = try ImportReferenceJob(path: r.file, dataset: r.source).run(into: store)
                    logger.info("reference: \(s.description) from \(r.file)")
                } catch {
                    throw .reference(error)
                }
            }
        }
        let latest = reports.appendingPathComponent("latest")
        let changed = !ingest.changedNothing || current != previous || !FileManager.default.fileExists(atPath: latest.path)
        var outcome = RunOutcome(ingest: ingest, reportFolder: nil, conflicts: 0, tensions: 0, exitCode: ingest.exitCode)
        let job = ReportJob(formats: Set(config.formats), excelBOM: config.excel, today: today)
        let data: ReportData
        do { data = try job.data(from: store) } catch { throw .report(error) }
        outcome.conflicts = data.findings.filter { $0.severity == .conflict }.count
        outcome.tensions = data.findings.filter { $0.severity == .tension }.count
        if ifChanged && !changed {
            logger.info("nothing changed since the last run; no report written")
        } else {
            let files = job.files(data)
            let dated = reports.appendingPathComponent(today.description)
            do {
                try job.write(files, to: dated)
                try job.write(files, to: latest)
            } catch {
                throw .report(error)
            }
            try? Data(current.utf8).write(to: state)
            outcome.reportFolder = dated.path
            logger.info("report: \(dated.path) and \(latest.path) (\(outcome.conflicts) conflict, \(outcome.tensions) tension)")
        }
        if outcome.exitCode == 0 { outcome.exitCode = CheckJob.exitCode(data.findings, failOn: config.failOn) }
        return outcome
    }
}
