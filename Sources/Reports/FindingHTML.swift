import Analysis
import Claims

/// One finding as a row of the HTML report's findings table: its verdict (a target's in its own words), check and
/// rule, series, message and intervals, each claim with its document, span and sentence (the figure marked), and each
/// reference row with its source, period, value, bound, basis and address. Every piece of source text is escaped.
enum FindingHTML {
    static func row(_ f: Finding) -> String {
        let esc = HTMLReport.escape
        let verdict = f.kind == .targetFeasibility
            ? "<td class=\"assessment\">\(esc(f.verdictWords))</td>"
            : "<td class=\"\(f.severity.rawValue)\">\(esc(f.verdictWords))</td>"
        return "<tr>" + verdict + "<td>\(esc(f.kind.rawValue))<br/><small>\(esc(f.rule))</small></td>"
            + "<td>\(esc(f.subject))</td><td>\(esc(f.message))<br/><small>\(esc(FindingTrace.summary(f)))</small></td>"
            + "<td>" + f.claims.map(claim).joined() + "</td><td>" + f.referenceRows.map(reference).joined() + "</td></tr>\n"
    }

    /// "<b>d11.txt</b> [902–905]: … increased by <mark>30%</mark> compared to …" (the figure's words alone when
    /// no sentence was kept).
    static func claim(_ e: Evidence) -> String {
        let esc = HTMLReport.escape
        var out = "<div class=\"claim\"><b>\(esc(e.doc))</b>"
        if let span = e.span { out += " [\(span.start)–\(span.end)]" }
        if let p = e.period { out += " (\(esc("\(p)")))" }
        out += ": "
        if let sentence = e.sentence, !e.quote.isEmpty, let r = sentence.range(of: e.quote) {
            out += esc(String(sentence[..<r.lowerBound])) + "<mark>" + esc(e.quote) + "</mark>" + esc(String(sentence[r.upperBound...]))
        } else {
            out += "<mark>" + esc(e.quote) + "</mark>" + (e.sentence.map { " in: " + esc($0) } ?? "")
        }
        if let s = e.settled, !s.isStated { out += " <small>(\(esc(s.carried.joined(separator: " and "))) carried from context)</small>" }
        return out + "</div>"
    }

    /// "<b>KZ Ministry of Transport</b> 2023 = 2764000 t (exact, standard basis) <a href=…>…</a>": the address a
    /// link only when it is http(s).
    static func reference(_ e: Evidence) -> String {
        let esc = HTMLReport.escape
        var out = "<div class=\"reference\"><b>\(esc(e.doc))</b> \(esc(e.period.map { "\($0)" } ?? "?")) = "
            + esc(JSONText.number(e.value) + (e.unit.map { " " + $0.rawValue } ?? ""))
            + " (\(esc(e.bound.rawValue)), \(esc(FindingTrace.basis(e))) basis)"
        if let url = e.url, !url.isEmpty {
            out += isWebAddress(url) ? " <a href=\"\(esc(url))\">\(esc(url))</a>" : " " + esc(url)
        }
        return out + "</div>"
    }

    /// True for an http:// or https:// address (any case): anything else (javascript:, data:) stays text.
    static func isWebAddress(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}
