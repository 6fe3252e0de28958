import Analysis
import Claims

/// Findings as CSV, JSON Lines and text, for `yardstick check` and the reports.
public enum FindingTable {
    public static let columns = ["severity", "verdict", "kind", "rule", "subject", "stated", "stated_low", "stated_high", "unit",
                                 "expected_low", "expected_high", "tolerance", "message", "claims", "reference"]

    /// One row per finding; its claims and its reference rows each joined into one cell (see `FindingTrace`).
    public static func csv(_ rows: [Finding], excelBOM: Bool = false, header: Bool = true) -> String {
        var w = CSVWriter(excelBOM: excelBOM)
        if header { w.header(columns) }
        var out = w.utf8
        out += csvRows(rows, at: Array(rows.indices))
        return String(decoding: out, as: UTF8.self)
    }

    /// The header row of `csv`, as UTF-8.
    public static func csvHeader() -> [UInt8] {
        var w = CSVWriter()
        w.header(columns)
        return w.utf8
    }

    /// The rows of `csv` for `findings[i]`, each `i` of `indices` in turn, without a header, as UTF-8: what `check`
    /// writes, rank by rank. Each finding is read where it stands rather than copied out.
    public static func csvRows(_ findings: [Finding], at indices: [Int]) -> [UInt8] {
        var out: [UInt8] = []
        var cells = TraceCells()
        findings.withUnsafeBufferPointer { findings in
            for i in indices { row(findings.baseAddress! + i, to: &out, &cells) }
        }
        return out
    }

    /// The two long cells of a row, built in buffers kept from row to row (emptied, their room kept).
    private struct TraceCells {
        var claims: [UInt8] = []
        var references: [UInt8] = []
    }

    /// Appends the row of the finding `f` points to to `out`: read field by field where it stands (a copy of a
    /// finding is a dozen reference counts) and written in one go into the room reserved for it (`FixedBytes`),
    /// the cells as `CSVWriter` writes them. A large store's CSV has hundreds of thousands of rows.
    private static func row(_ f: UnsafePointer<Finding>, to out: inout [UInt8], _ cells: inout TraceCells) {
        cells.claims.removeAll(keepingCapacity: true)
        cells.references.removeAll(keepingCapacity: true)
        FindingTrace.appendClaims(f.pointee.evidence, to: &cells.claims)
        FindingTrace.appendReferences(f.pointee.evidence, to: &cells.references)
        let texts = f.pointee.severity.rawValue.utf8.count + f.pointee.verdict.utf8.count + f.pointee.kind.rawValue.utf8.count
            + f.pointee.rule.utf8.count + f.pointee.subject.utf8.count + f.pointee.unit.rawValue.utf8.count
            + f.pointee.tolerance.utf8.count + f.pointee.messageUTF8.count + cells.claims.count + cells.references.count
        // Ten text cells, five numbers, fourteen commas and CRLF.
        FixedBytes.append(to: &out, room: CSVWriter.room(texts) + 9 * 3 + 5 * CSVWriter.numberRoom + 16) { w in
            // Each cell with the comma after it, in the order of `columns`; the last ends the row.
            func text(_ s: String) { CSVWriter.write(text: s, to: &w); w.write(byte: 0x2C) }
            func utf8(_ b: [UInt8]) { CSVWriter.write(utf8: b, to: &w); w.write(byte: 0x2C) }
            func number(_ v: Double?) { CSVWriter.write(number: v, to: &w); w.write(byte: 0x2C) }
            text(f.pointee.severity.rawValue)
            text(f.pointee.verdict)
            text(f.pointee.kind.rawValue)
            text(f.pointee.rule)
            text(f.pointee.subject)
            number(f.pointee.stated)
            number(f.pointee.statedLow)
            number(f.pointee.statedHigh)
            text(f.pointee.unit.rawValue)
            number(f.pointee.expectedLow)
            number(f.pointee.expectedHigh)
            text(f.pointee.tolerance)
            utf8(f.pointee.messageUTF8)
            utf8(cells.claims)
            CSVWriter.write(utf8: cells.references, to: &w)
            w.write("\r\n")
        }
    }

    /// One JSON object a line (see `FindingJSON`).
    public static func jsonl(_ rows: [Finding]) -> String {
        String(decoding: jsonlRows(rows, at: Array(rows.indices)), as: UTF8.self)
    }

    /// The lines of `jsonl` for `findings[i]`, each `i` of `indices` in turn, as UTF-8.
    public static func jsonlRows(_ findings: [Finding], at indices: [Int]) -> [UInt8] {
        var out: [UInt8] = []
        findings.withUnsafeBufferPointer { findings in
            for i in indices {
                out.append(utf8: FindingJSON.record(findings[i]))
                out.append(0x0A)
            }
        }
        return out
    }

    /// Findings grouped by severity, the most serious first; target assessments in a group of their own, in their
    /// own words (a judgement of a plan is never a conflict). Under each: its verdict and intervals, its claims and
    /// its reference rows.
    public static func text(_ rows: [Finding]) -> String {
        var out = ""
        let checks = rows.filter { $0.kind != .targetFeasibility }
        for severity in Severity.allCases.reversed() {
            let group = checks.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            out += "\(severity.words.uppercased()) (\(group.count))\n"
            for f in group { out += entry(f) }
            out += "\n"
        }
        let targets = rows.filter { $0.kind == .targetFeasibility }
        if !targets.isEmpty {
            out += "TARGET ASSESSMENTS (\(targets.count))\n"
            for f in targets { out += entry(f) }
            out += "\n"
        }
        return out.isEmpty ? "no findings\n" : out
    }

    /// One finding: its check and series, message, verdict and intervals, then each claim and reference row.
    static func entry(_ f: Finding) -> String {
        var out = "  [\(f.kind.rawValue)] \(f.subject)\n    \(f.message)\n    \(FindingTrace.summary(f))\n"
        for e in f.claims { out += "      · claim " + FindingTrace.claim(e) + "\n" }
        for e in f.referenceRows { out += "      · reference " + FindingTrace.reference(e) + "\n" }
        return out
    }
}
