import Analysis

/// A projection as a few lines of text.
public enum ProjectionText {
    public static func render(_ r: ProjectionResult, subject: String, unit: String) -> String {
        var out = "\(subject) to \(r.projection?.year ?? 0), \(r.model.rawValue) model, from \(r.years.count) yearly levels"
        if let first = r.years.first, let last = r.years.last { out += " (\(first)–\(last))" }
        out += "\n"
        if let p = r.projection {
            out += "  projection: \(NumberFormat.rounded(p.value)) \(unit)\n"
            if p.low95 != p.high95 {
                out += "  80% interval: \(NumberFormat.rounded(p.low80)) – \(NumberFormat.rounded(p.high80)) \(unit)\n"
                out += "  95% interval: \(NumberFormat.rounded(p.low95)) – \(NumberFormat.rounded(p.high95)) \(unit)\n"
            }
        }
        if let n = r.note { out += "  note: \(n)\n" }
        return out
    }
}
