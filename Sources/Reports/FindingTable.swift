import Analysis
import Claims

/// Findings as CSV, JSON Lines and text, for `yardstick check` and the reports.
public enum FindingTable {
    public static let columns = ["severity", "kind", "subject", "stated", "unit", "expected_low", "expected_high",
                                 "tolerance", "message", "evidence"]

    static func evidence(_ f: Finding) -> String {
        f.evidence.map { "\($0.doc): \($0.quote)" }.joined(separator: " | ")
    }

    public static func csv(_ rows: some Collection<Finding>, excelBOM: Bool = false, header: Bool = true) -> String {
        var w = CSVWriter(excelBOM: excelBOM)
        if header { w.header(columns) }
        for f in rows {
            w.row([.text(f.severity.rawValue), .text(f.kind.rawValue), .text(f.subject), .number(f.stated), .text(f.unit.rawValue),
                   f.expectedLow.map { .number($0) } ?? .empty, f.expectedHigh.map { .number($0) } ?? .empty,
                   .text(f.tolerance), .text(f.message), .text(evidence(f))])
        }
        return w.output
    }

    public static func jsonl(_ rows: some Collection<Finding>) -> String {
        var out = ""
        for f in rows {
            let ev = f.evidence.map { "{\"doc\":" + JSONText.string($0.doc) + ",\"quote\":" + JSONText.string($0.quote) + "}" }
                .joined(separator: ",")
            out += "{\"severity\":" + JSONText.string(f.severity.rawValue) + ",\"verdict\":" + JSONText.string(f.verdict)
                + (f.accuracy.map { ",\"accuracy\":" + JSONText.string($0.rawValue) } ?? "")
                + ",\"kind\":" + JSONText.string(f.kind.rawValue)
                + ",\"subject\":" + JSONText.string(f.subject) + ",\"stated\":" + JSONText.number(f.stated)
                + ",\"unit\":" + JSONText.string(f.unit.rawValue)
                + ",\"expected_low\":" + JSONText.optional(f.expectedLow)
                + ",\"expected_high\":" + JSONText.optional(f.expectedHigh)
                + ",\"tolerance\":" + JSONText.string(f.tolerance) + ",\"message\":" + JSONText.string(f.message)
                + ",\"evidence\":[" + ev + "]}\n"
        }
        return out
    }

    public static func text(_ rows: [Finding]) -> String {
        var out = ""
        for severity in Severity.allCases.reversed() {
            let group = rows.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            out += "\(severity.words.uppercased()) (\(group.count))\n"
            for f in group {
                out += "  [\(f.kind.rawValue)] \(f.subject)\n    \(f.message)\n"
                for e in f.evidence { out += "      · \(e.doc): \"\(e.quote)\"\n" }
            }
            out += "\n"
        }
        return out.isEmpty ? "no findings\n" : out
    }
}
