import Claims

/// Writes claims as JSON Lines with exactly the fields of `claims-schema.md`, in the schema's order.
public enum ClaimJSONLines {
    /// One claim as one JSON object on one line (no trailing newline).
    public static func line(_ c: Claim) -> String {
        var s = "{\"doc\":" + JSONText.string(c.doc)
        s += ",\"published\":" + JSONText.optional(c.published?.description)
        s += ",\"span\":[\(c.span.start),\(c.span.end)]"
        s += ",\"text\":" + JSONText.string(c.text)
        s += ",\"entity\":" + JSONText.string(c.entity)
        s += ",\"counterpart\":" + JSONText.optional(c.counterpart)
        s += ",\"metric\":" + JSONText.string(c.metric.rawValue)
        s += ",\"kind\":" + JSONText.string(c.kind.rawValue)
        s += ",\"value\":" + JSONText.number(c.value)
        s += ",\"unit\":" + JSONText.string(c.unit.rawValue)
        s += ",\"period\":" + JSONText.optional(c.period?.description)
        s += ",\"base_period\":" + JSONText.optional(c.basePeriod?.description)
        s += ",\"bound\":" + JSONText.string(c.bound.rawValue)
        return s + "}"
    }
}
