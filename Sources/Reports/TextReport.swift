import Analysis
import Claims

/// `report.txt`: a plain-text report that reads well in a terminal and in an e-mail.
public enum TextReport {
    public static func render(_ data: ReportData) -> String {
        let series = data.yearlySeries
        var out = "Yardstick report — \(data.generated)\n\n"
        // Target assessments judge a plan: counted apart, never with the conflicts or tensions.
        let count: (Severity) -> Int = { s in data.findings.filter { $0.severity == s && $0.kind != .targetFeasibility }.count }
        let targets = data.findings.filter { $0.kind == .targetFeasibility }.count
        out += "Summary: \(data.documents) documents, \(data.claims.count) claims, \(series.count) yearly series; "
        out += "findings: \(count(.conflict)) conflict, \(count(.tension)) tension, \(count(.consistent)) consistent, "
        out += "\(count(.notChecked)) not checked"
        if count(.notComparable) > 0 { out += ", \(count(.notComparable)) not comparable (different bases)" }
        if count(.review) > 0 { out += ", \(count(.review)) to review (entity or period carried from context)" }
        if targets > 0 { out += "; \(targets) target assessments" }
        out += "\n\n"
        for s in series {
            out += "== \(s.title) ==\n"
            var rows: [[String]] = []
            var previous: YearlyPoint?
            for p in s.points {
                var yoy = ""
                if let prev = previous, prev.year + 1 == p.year, prev.point.consensus > 0 {
                    yoy = Amounts.change(p.point.consensus / prev.point.consensus - 1)
                }
                rows.append([String(p.year), Amounts.format(p.point.consensus, s.unit), yoy, String(p.point.sources),
                             p.point.disagree ? "sources disagree" : ""])
                previous = p
            }
            out += indent(TextTable.render(header: ["year", "level", "YoY", "sources", ""], rows: rows, rightAligned: [1, 2, 3]))
            if let g = data.growth.first(where: { same($0, s) }) {
                var line = ""
                if let c = g.cagr, let a = g.years.first, let b = g.years.last {
                    line += "CAGR \(a)–\(b): \(Amounts.change(c.rate)) a year"
                }
                if let t = g.trend {
                    line += (line.isEmpty ? "" : "; ") + "trend \(Amounts.change(t.growthRate)) a year "
                        + "[95%: \(Amounts.change(t.growthLow95)), \(Amounts.change(t.growthHigh95))]"
                }
                if !line.isEmpty { out += "  " + line + "\n" }
            }
            for p in data.projections where p.entity == s.entity && p.counterpart == s.counterpart && p.metric == s.metric
                && p.unit == s.unit {
                if let pr = p.result.projection {
                    out += "  projection to \(pr.year) (\(p.result.model.words)): \(Amounts.format(pr.value, s.unit))"
                    if pr.low95 != pr.high95 {
                        out += " (80%: \(Amounts.format(pr.low80, s.unit))–\(Amounts.format(pr.high80, s.unit)); "
                            + "95%: \(Amounts.format(pr.low95, s.unit))–\(Amounts.format(pr.high95, s.unit)))"
                    }
                    out += "\n"
                }
                if let why = p.result.choice { out += "  why: \(why)\n" }
                for w in p.result.warnings { out += "  warning: \(w)\n" }
                if let n = p.result.note { out += "  note: \(n)\n" }
            }
            out += "\n"
        }
        out += "== Findings ==\n" + FindingTable.text(data.findings)
        return out
    }

    static func same(_ g: GrowthSummary, _ s: YearlySeries) -> Bool {
        g.entity == s.entity && g.counterpart == s.counterpart && g.metric == s.metric && g.unit == s.unit
    }

    private static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
    }
}
