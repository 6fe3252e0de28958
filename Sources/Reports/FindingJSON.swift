import Analysis
import Claims

/// One finding as a JSON object: its claims (document, span, text, sentence), its reference rows (source, period,
/// value, unit, bound, basis, URL), the expected and stated intervals, the rule that made it and its verdict.
enum FindingJSON {
    static func record(_ f: Finding) -> String {
        var out = "{\"severity\":" + JSONText.string(f.severity.rawValue) + ",\"verdict\":" + JSONText.string(f.verdict)
        if let a = f.accuracy { out += ",\"accuracy\":" + JSONText.string(a.rawValue) }
        out += ",\"kind\":" + JSONText.string(f.kind.rawValue) + ",\"rule\":" + JSONText.string(f.rule)
            + ",\"comparable\":" + (f.severity == .notComparable ? "false" : "true")
            + ",\"subject\":" + JSONText.string(f.subject) + ",\"unit\":" + JSONText.string(f.unit.rawValue)
            + ",\"expected\":{\"low\":" + JSONText.optional(f.expectedLow) + ",\"high\":" + JSONText.optional(f.expectedHigh)
            + ",\"interval\":" + pair(f.expectedLow, f.expectedHigh) + "}"
            + ",\"stated\":{\"value\":" + JSONText.number(f.stated) + ",\"low\":" + JSONText.optional(f.statedLow)
            + ",\"high\":" + JSONText.optional(f.statedHigh) + ",\"interval\":" + pair(f.statedLow, f.statedHigh) + "}"
            + ",\"expected_low\":" + JSONText.optional(f.expectedLow) + ",\"expected_high\":" + JSONText.optional(f.expectedHigh)
            + ",\"tolerance\":" + JSONText.string(f.tolerance) + ",\"message\":" + JSONText.string(f.message)
            + ",\"claims\":[" + f.claims.map(claim).joined(separator: ",") + "]"
            + ",\"reference\":[" + f.referenceRows.map(reference).joined(separator: ",") + "]}"
        return out
    }

    /// A claim: where it stands, its words and sentence, its value and how it was read.
    static func claim(_ e: Evidence) -> String {
        "{\"doc\":" + JSONText.string(e.doc) + ",\"span\":" + (e.span.map { "[\($0.start),\($0.end)]" } ?? "null")
            + ",\"text\":" + JSONText.string(e.quote) + ",\"sentence\":" + JSONText.optional(e.sentence)
            + ",\"value\":" + JSONText.number(e.value) + ",\"unit\":" + JSONText.optional(e.unit?.rawValue)
            + ",\"period\":" + JSONText.optional(e.period.map { "\($0)" })
            + ",\"interval\":" + (e.interval.map { pair($0.lo, $0.hi) } ?? "null")
            + ",\"bound\":" + JSONText.string(e.bound.rawValue) + ",\"basis\":" + JSONText.string(FindingTrace.basis(e))
            + ",\"settled\":" + (e.settled.map { "{\"entity\":\"\($0.entity.rawValue)\",\"period\":\"\($0.period.rawValue)\"}" } ?? "null")
            + "}"
    }

    /// A reference row: who published what for when, with its hedge, basis and address.
    static func reference(_ e: Evidence) -> String {
        "{\"source\":" + JSONText.string(e.doc) + ",\"period\":" + JSONText.optional(e.period.map { "\($0)" })
            + ",\"value\":" + JSONText.number(e.value) + ",\"unit\":" + JSONText.optional(e.unit?.rawValue)
            + ",\"bound\":" + JSONText.string(e.bound.rawValue) + ",\"basis\":" + JSONText.string(FindingTrace.basis(e))
            + ",\"url\":" + JSONText.optional(e.url) + "}"
    }

    /// `[low, high]`, `null` for an open end.
    static func pair(_ low: Double?, _ high: Double?) -> String {
        "[" + JSONText.optional(low) + "," + JSONText.optional(high) + "]"
    }
}
