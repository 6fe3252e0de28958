import Claims

/// A stored freight-volume claim for the analysis tests; each suite's own builder fills in what it varies.
func storedClaim(doc: String, entity: String = "Middle Corridor", kind: Kind = .level, value: Double,
                 unit: Unit = .tonnes, period: Period, base: Period? = nil, published: Day? = nil,
                 span: Span = Span(start: 0, end: 4), text: String = "x", lo: Double?, hi: Double?) -> StoredClaim {
    StoredClaim(claim: Claim(doc: doc, published: published, span: span, text: text, entity: entity, counterpart: nil,
                             metric: .freightVolume, kind: kind, value: value, unit: unit, period: period,
                             basePeriod: base, bound: .exact),
                path: doc, title: nil, interval: ValueInterval(lo: lo, hi: hi))
}
