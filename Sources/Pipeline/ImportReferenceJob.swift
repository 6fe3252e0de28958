import Claims
import Foundation
import Store
import SwiftCSV

/// Why a reference CSV was refused; nothing is stored when one is thrown.
public enum ImportReferenceError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case notText(path: String, reason: String)
    case malformed(path: String, reason: String)
    case missingColumn(path: String, column: String)
    case badRow(path: String, line: Int, reason: String)
    case empty(path: String)
    case store(StoreError)

    public var description: String {
        switch self {
        case .unreadable(let p, let r): "\(p): cannot be read (\(r)); check the path"
        case .notText(let p, let r): "\(p): \(r); nothing imported"
        case .malformed(let p, let r): "\(p): not valid CSV (\(r)); nothing imported"
        case .missingColumn(let p, let c):
            "\(p):1: the header has no '\(c)' column (needed: entity, metric, period, value, unit); nothing imported"
        case .badRow(let p, let line, let r): "\(p):\(line): \(r); fix the row and import again — nothing imported"
        case .empty(let p): "\(p): no rows under the header; nothing imported"
        case .store(let e): "\(e)"
        }
    }
}

/// The `import-reference` job: official series from a CSV (entity, metric, period, value, unit; optional
/// source, note, url, bound, basis), all rows or none.
public struct ImportReferenceJob: Sendable {
    public var path: String
    /// The name the rows are kept under; importing the same name again replaces them.
    public var dataset: String

    public init(path: String, dataset: String) {
        self.path = path
        self.dataset = dataset
    }

    /// What an import did.
    public struct Summary: Sendable, Equatable, CustomStringConvertible {
        public var imported: Int
        public var replaced: Int
        public var dataset: String
        public var description: String {
            "imported \(imported) reference values as '\(dataset)'" + (replaced > 0 ? " (replacing \(replaced))" : "")
        }
    }

    /// Reads and checks every row, then stores them in one transaction.
    public func run(into store: any ClaimStore) throws(ImportReferenceError) -> Summary {
        let values = try read()
        do {
            let replaced = try store.replaceReference(dataset: dataset, with: values)
            return Summary(imported: values.count, replaced: replaced, dataset: dataset)
        } catch {
            throw .store(error)
        }
    }

    /// Every row of the file as a reference value, or the first problem.
    public func read() throws(ImportReferenceError) -> [ReferenceValue] {
        let bytes: [UInt8]
        do {
            bytes = try RawFiles.read(path)
        } catch {
            throw .unreadable(path: path, reason: error.reason)
        }
        if let problem = bytes.withUnsafeBufferPointer({ TextValidation.problem(in: $0, path: path) }) {
            throw .notText(path: path, reason: problem.diagnostic.message)
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = ImportReferenceJob.recordLines(text)
        let csv: CSV<Enumerated>
        do {
            csv = try CSV<Enumerated>(string: text, delimiter: .comma, loadColumns: false)
        } catch {
            throw .malformed(path: path, reason: "\(error)")
        }
        let header = csv.header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        func column(_ name: String) throws(ImportReferenceError) -> Int {
            guard let i = header.firstIndex(of: name) else { throw .missingColumn(path: path, column: name) }
            return i
        }
        let entity = try column("entity"), metric = try column("metric"), period = try column("period")
        let value = try column("value"), unit = try column("unit")
        let source = header.firstIndex(of: "source"), note = header.firstIndex(of: "note"), url = header.firstIndex(of: "url")
        let bound = header.firstIndex(of: "bound"), basis = header.firstIndex(of: "basis")
        var out: [ReferenceValue] = []
        for (i, row) in csv.rows.enumerated() {
            let line = i + 1 < lines.count ? lines[i + 1] : i + 2
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            guard row.count == header.count else {
                throw .badRow(path: path, line: line, reason: "\(row.count) fields where the header has \(header.count)")
            }
            func field(_ k: Int) -> String { row[k].trimmingCharacters(in: .whitespaces) }
            let entityName = field(entity)
            guard !entityName.isEmpty else { throw .badRow(path: path, line: line, reason: "the entity is empty") }
            guard let m = Metric(rawValue: field(metric)), m.isGraded else {
                throw .badRow(path: path, line: line, reason: "unknown metric '\(field(metric))' (expected gdp, gdp_growth, "
                              + "fdi, investment, trade_turnover or freight_volume)")
            }
            guard let p = Period(field(period)) else {
                throw .badRow(path: path, line: line, reason: "period '\(field(period))' is not YYYY, YYYY-Qn, YYYY-MM or START/END")
            }
            guard let v = Double(field(value)), v.isFinite else {
                throw .badRow(path: path, line: line, reason: "value '\(field(value))' is not a number (write 23000000000, not 23 bn)")
            }
            let u = Claims.Unit(rawValue: field(unit))
            guard ImportReferenceJob.fits(m, u) else {
                throw .badRow(path: path, line: line, reason: "unit '\(u.rawValue)' does not fit metric \(m.rawValue)")
            }
            let hedge = bound.map(field).flatMap { $0.isEmpty ? nil : $0 } ?? Bound.exact.rawValue
            guard let b = Bound(rawValue: hedge) else {
                throw .badRow(path: path, line: line, reason: "bound '\(hedge)' is not exact, approx, at_least or at_most")
            }
            let src = source.map(field).flatMap { $0.isEmpty ? nil : $0 } ?? dataset
            out.append(ReferenceValue(source: src, entity: entityName, metric: m, period: p, value: v, unit: u,
                                      note: note.map(field).flatMap { $0.isEmpty ? nil : $0 },
                                      url: url.map(field).flatMap { $0.isEmpty ? nil : $0 },
                                      bound: b, basis: basis.map(field)))
        }
        guard !out.isEmpty else { throw .empty(path: path) }
        return out
    }

    /// Whether a unit can carry a metric: tonnes or TEU for freight, a currency for money, % for growth.
    static func fits(_ m: Metric, _ u: Claims.Unit) -> Bool {
        guard !u.rawValue.isEmpty else { return false }
        switch m {
        case .freightVolume: return u.isFreight
        case .gdpGrowth: return u == .percent
        case .gdp, .fdi, .investment, .tradeTurnover:
            return u.isCurrency && u.rawValue.count == 3 && u.rawValue.allSatisfy { (c: Character) in c.isUppercase }
        case .other: return true
        }
    }

    /// The line each CSV record starts on (quoted line breaks stay inside their record).
    static func recordLines(_ text: String) -> [Int] {
        var starts = [1]
        var line = 1
        var quoted = false
        var atRecordStart = false
        for b in text.utf8 {
            if atRecordStart {
                starts.append(line)
                atRecordStart = false
            }
            if b == 0x22 { quoted.toggle() }
            if b == 0x0A {
                line += 1
                if !quoted { atRecordStart = true }
            }
        }
        return starts
    }
}
