import Analysis

/// A projection as a few lines of text: the model and why, the point, the intervals, and what a reader must be warned of.
public enum ProjectionText {
    public static func render(_ r: ProjectionResult, subject: String, unit: String) -> String {
        var out = "\(subject) to \(r.projection?.year ?? 0), from \(r.years.count) yearly levels"
        if let first = r.years.first, let last = r.years.last { out += " (\(first)–\(last))" }
        out += "\n"
        out += "  model: \(r.model.words)"
        if r.requested == .auto { out += ", chosen by --model auto" }
        out += "\n"
        if let why = r.choice { out += "  why: \(why)\n" }
        if let p = r.projection {
            out += "  projection: \(NumberFormat.rounded(p.value)) \(unit)\n"
            if p.hasInterval {
                out += "  80% interval: \(NumberFormat.rounded(p.low80)) – \(NumberFormat.rounded(p.high80)) \(unit)\n"
                out += "  95% interval: \(NumberFormat.rounded(p.low95)) – \(NumberFormat.rounded(p.high95)) \(unit)\n"
            }
        }
        for w in r.warnings { out += "  warning: \(w)\n" }
        if let n = r.note { out += "  note: \(n)\n" }
        return out
    }
}
