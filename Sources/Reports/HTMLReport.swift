import Analysis
import Claims
import Foundation

/// `report.html`: one self-contained file (no network at view time) with an inline SVG chart per series and the
/// findings table. Every piece of source text is escaped; the markup is well-formed XML so tests can parse it.
public enum HTMLReport {
    public static func render(_ data: ReportData) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"/><title>Yardstick report \(data.generated)</title>
            <style>
            body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:980px;color:#222}
            h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em}
            table{border-collapse:collapse;width:100%;font-size:13px}td,th{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
            .conflict{color:#b00020;font-weight:600}.tension{color:#b36b00;font-weight:600}.consistent{color:#2e7d32}.not_checked{color:#757575}.review{color:#6a1b9a}.assessment{color:#37474f;font-style:italic}mark{background:#fff3c4}
            svg{background:#fafafa;border:1px solid #eee}.axis{stroke:#999;stroke-width:1}.grid{stroke:#eee}
            .stated{stroke:#fff}.trend{stroke:#555;stroke-dasharray:4 3;fill:none}.fan95{fill:#1565c0;opacity:.10}
            .fan80{fill:#1565c0;opacity:.18}.derived{fill:#fff;stroke:#1565c0;stroke-width:2;stroke-dasharray:2 1}.target{fill:#d84315}.warning{color:#b36b00}.forecast{fill:#6a1b9a}.label{font-size:11px;fill:#555}
            </style></head><body>
            <h1>Yardstick report — \(data.generated)</h1>

            """
        // Target assessments judge a plan: counted apart, never with the conflicts or tensions.
        let count: (Severity) -> Int = { s in data.findings.filter { $0.severity == s && $0.kind != .targetFeasibility }.count }
        let targets = data.findings.filter { $0.kind == .targetFeasibility }.count
        out += "<p>\(data.documents) documents, \(data.claims.count) claims, \(data.yearlySeries.count) yearly series; findings: "
            + "<span class=\"conflict\">\(count(.conflict)) conflict</span>, <span class=\"tension\">\(count(.tension)) tension</span>, "
            + "<span class=\"consistent\">\(count(.consistent)) consistent</span>, "
            + "<span class=\"not_checked\">\(count(.notChecked)) not checked</span>"
            + (count(.notComparable) > 0 ? ", \(count(.notComparable)) not comparable (different bases)" : "")
            + (count(.review) > 0 ? ", <span class=\"review\">\(count(.review)) to review</span> (entity or period carried from context)" : "")
            + (targets > 0 ? "; \(targets) target assessments" : "")
            + ".</p>\n"
        for s in data.yearlySeries { out += section(s, data) }
        out += findingsTable(data.findings)
        out += "</body></html>\n"
        return out
    }

    /// Escapes text for HTML element content and attribute values.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if ch.value < 0x20 && ch != "\n" && ch != "\t" { continue }  // not allowed in XML
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    private static func section(_ s: YearlySeries, _ data: ReportData) -> String {
        let title = escape(s.title)
        var out = "<section class=\"series\" data-series=\"\(title)\"><h2>\(title)</h2>\n"
        out += chart(s, data)
        out += projectionCaption(s, data)
        out += "</section>\n"
        return out
    }

    /// The projection's model, why it was used, and its warnings, under the chart (escaped).
    private static func projectionCaption(_ s: YearlySeries, _ data: ReportData) -> String {
        guard let r = data.projections.first(where: { $0.entity == s.entity && $0.counterpart == s.counterpart
            && $0.metric == s.metric && $0.unit == s.unit })?.result, let p = r.projection else { return "" }
        var out = "<p class=\"projection\" data-model=\"\(r.model.rawValue)\">Projection to \(p.year): \(escape(r.model.words))"
        out += "."
        if let why = r.choice { out += " Why: \(escape(why))." }
        out += "</p>\n"
        for w in r.warnings { out += "<p class=\"projection warning\">Warning: \(escape(w)).</p>\n" }
        return out
    }

    /// The chart: stated points, implied levels (hollow), the trend and its prediction fan, targets and forecasts as markers.
    private static func chart(_ s: YearlySeries, _ data: ReportData) -> String {
        let width = 640.0, height = 260.0, left = 70.0, right = 20.0, top = 15.0, bottom = 30.0
        let growth = data.growth.first { TextReport.same($0, s) }
        let result = data.projections.first { $0.entity == s.entity && $0.counterpart == s.counterpart
            && $0.metric == s.metric && $0.unit == s.unit }?.result
        let projection = result?.projection
        let marks = data.claims.filter { c in
            (c.claim.kind == .target || c.claim.kind == .forecast) && c.claim.entity == s.entity
                && c.claim.counterpart == s.counterpart && c.claim.metric == s.metric && c.claim.unit == s.unit
                && (c.claim.period.map { if case .year = $0 { return true } else { return false } } ?? false)
        }
        let implied: [(year: Int, point: SeriesPoint)] = data.derived.compactMap { p in
            guard p.entity == s.entity, p.counterpart == s.counterpart, p.metric == s.metric, p.unit == s.unit,
                  case .year(let y) = p.period else { return nil }
            return (y, p)
        }
        var years = s.points.map(\.year) + marks.compactMap { $0.claim.period?.startYear } + implied.map(\.year)
        if let p = projection { years.append(p.year) }
        let x0 = Double(years.min() ?? 0) - 0.5, x1 = Double(years.max() ?? 1) + 0.5
        var values = s.points.flatMap { p in p.point.stated.map(\.value) } + marks.map(\.claim.value) + implied.map(\.point.consensus)
        if let p = projection { values.append(min(p.high80, 3 * (values.max() ?? p.high80))) }
        let yMax = max(values.max() ?? 1, 1) * 1.1
        func X(_ year: Double) -> Double { left + (year - x0) / (x1 - x0) * (width - left - right) }
        func Y(_ v: Double) -> Double { top + (1 - min(max(v, 0), yMax) / yMax) * (height - top - bottom) }
        func f(_ v: Double) -> String { String(format: "%.1f", v) }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
            + "viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(escape(s.title))\">\n"
        for k in 0...4 {
            let v = yMax * Double(k) / 4
            svg += "<line class=\"grid\" x1=\"\(f(left))\" y1=\"\(f(Y(v)))\" x2=\"\(f(width - right))\" y2=\"\(f(Y(v)))\"/>"
            svg += "<text class=\"label\" x=\"\(f(left - 6))\" y=\"\(f(Y(v) + 4))\" text-anchor=\"end\">\(escape(Amounts.format(v, s.unit)))</text>\n"
        }
        for y in Set(years).sorted() {
            svg += "<text class=\"label\" x=\"\(f(X(Double(y))))\" y=\"\(f(height - 10))\" text-anchor=\"middle\">\(y)</text>"
        }
        svg += "<line class=\"axis\" x1=\"\(f(left))\" y1=\"\(f(height - bottom))\" x2=\"\(f(width - right))\" y2=\"\(f(height - bottom))\"/>\n"
        if let t = growth?.trend, let last = s.points.last {
            // The fitted trend, and the prediction fan from the last known year to the projection. The log-linear line
            // runs on to the projection only when it made it; another model's fan starts where the data stop.
            let start = Double(s.points.first!.year)
            let end = Double(result?.model == .loglinear ? projection?.year ?? last.year : last.year)
            var d = ""
            for (i, year) in stride(from: start, through: end, by: 0.25).enumerated() {
                let v = Foundation.exp(t.fit.intercept + t.fit.slope * year)
                d += (i == 0 ? "M" : " L") + "\(f(X(year))),\(f(Y(v)))"
            }
            svg += "<path class=\"trend\" d=\"\(d)\"/>\n"
            if let p = projection, p.low95 != p.high95 {
                let lx = X(Double(last.year)), ly = Y(last.point.consensus), px = X(Double(p.year))
                svg += "<polygon class=\"fan95\" points=\"\(f(lx)),\(f(ly)) \(f(px)),\(f(Y(p.high95))) \(f(px)),\(f(Y(p.low95)))\"/>"
                svg += "<polygon class=\"fan80\" points=\"\(f(lx)),\(f(ly)) \(f(px)),\(f(Y(p.high80))) \(f(px)),\(f(Y(p.low80)))\"/>\n"
            }
        }
        // One colour per document, so the points of each source can be told apart.
        let palette = ["#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#ad1457", "#4e342e", "#37474f"]
        var docs: [String] = []
        for p in s.points { for v in p.point.stated where !docs.contains(v.doc) { docs.append(v.doc) } }
        for p in s.points {
            for v in p.point.stated {
                let colour = palette[docs.firstIndex(of: v.doc)! % palette.count]
                svg += "<circle class=\"stated\" fill=\"\(colour)\" data-year=\"\(p.year)\" data-value=\"\(v.value)\" data-doc=\"\(escape(v.doc))\" "
                    + "cx=\"\(f(X(Double(p.year))))\" cy=\"\(f(Y(v.value)))\" r=\"4.5\"><title>\(escape(v.doc)): "
                    + "\(escape(v.quote)) (\(p.year))</title></circle>\n"
            }
        }
        // Implied levels: hollow, with the claims that imply them.
        for (year, p) in implied {
            let why = p.stated.map { "\(escape($0.doc)): \(escape($0.quote))" }.joined(separator: "; ")
            svg += "<circle class=\"derived\" data-year=\"\(year)\" data-value=\"\(p.consensus)\" cx=\"\(f(X(Double(year))))\" "
                + "cy=\"\(f(Y(p.consensus)))\" r=\"4.5\"><title>implied for \(year) by \(why)</title></circle>\n"
        }
        for m in marks {
            let y = Double(m.claim.period!.startYear), cx = X(y), cy = Y(m.claim.value)
            svg += "<path class=\"\(m.claim.kind.rawValue)\" data-year=\"\(Int(y))\" data-value=\"\(m.claim.value)\" "
                + "d=\"M\(f(cx)),\(f(cy - 6)) L\(f(cx + 6)),\(f(cy)) L\(f(cx)),\(f(cy + 6)) L\(f(cx - 6)),\(f(cy)) Z\">"
                + "<title>\(m.claim.kind.rawValue) \(escape(m.claim.doc)): \(escape(m.claim.text)) by \(Int(y))</title></path>\n"
        }
        svg += "</svg>\n"
        return svg
    }

    private static func findingsTable(_ findings: [Finding]) -> String {
        var out = "<h2>Findings</h2>\n<table class=\"findings\"><thead><tr><th>verdict</th><th>check</th><th>series</th>"
            + "<th>finding</th><th>claims</th><th>reference rows</th></tr></thead><tbody>\n"
        for f in findings { out += FindingHTML.row(f) }
        return out + "</tbody></table>\n"
    }
}
