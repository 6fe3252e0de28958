import Analysis
import CFileSystem
import Claims
import Foundation
import Reports
import Store

/// Which report files to write.
public enum ReportFormat: String, Sendable, CaseIterable {
    case csv, text, html
}

/// Why a report could not be written, and what to do.
public enum ReportError: Error, CustomStringConvertible {
    case store(StoreError)
    case write(path: String, reason: String)

    public var description: String {
        switch self {
        case .store(let e): "\(e)"
        case .write(let p, let r): "\(p): cannot write the report (\(r)); check the folder and its permissions"
        }
    }
}

/// The `report` job: everything the store holds, analysed, written as CSV, text and HTML into a folder that
/// appears whole or not at all.
public struct ReportJob: Sendable {
    public var formats: Set<ReportFormat>
    public var excelBOM: Bool
    /// The day the report is for (today).
    public var today: Day
    /// How many years past the last known one projections reach.
    public var horizon = 3

    public init(formats: Set<ReportFormat> = Set(ReportFormat.allCases), excelBOM: Bool = false, today: Day) {
        self.formats = formats
        self.excelBOM = excelBOM
        self.today = today
    }

    /// The data a report shows.
    public func data(from store: any ClaimStore) throws(ReportError) -> ReportData {
        do {
            let claims = try store.claims(matching: ClaimFilter())
            let reference = try store.referenceValues()
            let points = SeriesBuilder.points(from: claims)
            let growth = GrowthSummary.all(from: points)
            let projections = growth.filter { $0.years.count >= 2 }.map { g in
                SeriesProjection(entity: g.entity, counterpart: g.counterpart, metric: g.metric, unit: g.unit,
                                 result: Projector.project(years: g.years, levels: g.levels, to: g.years.last! + horizon,
                                                           model: .auto))
            }
            return ReportData(generated: today, documents: try store.counts().documents, claims: claims, points: points,
                              derived: DerivedLevels.points(from: claims, stated: points), growth: growth, projections: projections,
                              findings: ConsistencyChecks.run(CheckInput(claims: claims, reference: reference,
                                                                                      pieces: 2 * ParallelMap.workers),
                                                                           runner: ParallelMap.all).ordered)
        } catch {
            throw .store(error)
        }
    }

    /// The report's files.
    public func files(_ data: ReportData) -> [ReportFile] {
        var out: [ReportFile] = []
        if formats.contains(.csv) { out += CSVReport.files(data, excelBOM: excelBOM) }
        if formats.contains(.text) { out.append(ReportFile(name: "report.txt", contents: TextReport.render(data))) }
        if formats.contains(.html) { out.append(ReportFile(name: "report.html", contents: HTMLReport.render(data))) }
        return out
    }

    /// Writes the files into `folder`, which a reader sees either as before or with the whole new report.
    public func write(_ files: [ReportFile], to folder: URL) throws(ReportError) {
        try AtomicFolder.replace(folder) { tmp throws(ReportError) in
            for f in files {
                do {
                    try Data(f.contents.utf8).write(to: tmp.appendingPathComponent(f.name))
                } catch {
                    throw .write(path: tmp.appendingPathComponent(f.name).path, reason: error.localizedDescription)
                }
            }
        }
    }
}

/// Replaces a folder as a whole: the new contents are written beside it and renamed into place.
public enum AtomicFolder {
    public static func replace(_ folder: URL, fill: (URL) throws(ReportError) -> Void) throws(ReportError) {
        let fm = FileManager.default
        let parent = folder.deletingLastPathComponent()
        let token = UUID().uuidString.prefix(8)
        let tmp = parent.appendingPathComponent(".\(folder.lastPathComponent).tmp-\(token)")
        let old = parent.appendingPathComponent(".\(folder.lastPathComponent).old-\(token)")
        do {
            try fm.createDirectory(at: tmp, withIntermediateDirectories: true)
        } catch {
            throw .write(path: tmp.path, reason: error.localizedDescription)
        }
        do {
            try fill(tmp)
        } catch {
            try? fm.removeItem(at: tmp)
            throw error
        }
        do {
            if fm.fileExists(atPath: folder.path) {
                // One atomic swap where the kernel can: a reader (or a kill) sees the old folder or the new one.
                if yardstick_exchange_paths(tmp.path, folder.path) == 0 {
                    try? fm.removeItem(at: tmp)
                    return
                }
                try fm.moveItem(at: folder, to: old)
                try fm.moveItem(at: tmp, to: folder)
                try? fm.removeItem(at: old)
            } else {
                try fm.moveItem(at: tmp, to: folder)
            }
        } catch {
            if !fm.fileExists(atPath: folder.path), fm.fileExists(atPath: old.path) { try? fm.moveItem(at: old, to: folder) }
            try? fm.removeItem(at: tmp)
            throw .write(path: folder.path, reason: error.localizedDescription)
        }
    }
}
