import Claims

/// One corpus example: a marked sentence and what the claim at the mark must say (nil fields are not checked).
struct Example: CustomTestStringConvertible, Sendable {
    var marked: String
    var value: Double
    var unit: String
    var metric: String? = nil
    var kind: Kind? = nil
    var period: String?? = .none
    var basePeriod: String?? = .none
    var bound: Bound? = nil
    var entity: String? = nil
    var counterpart: String?? = .none
    var published: String = "2024-06-15"

    var testDescription: String { marked }
}

import Testing

/// Checks an example: exactly one claim covers the whole marked span, with the expected fields.
func verify(_ e: Example, sourceLocation: SourceLocation = #_sourceLocation) {
    let m = MarkedText(e.marked)
    let all = extractAll(m.text, published: e.published)
    let atSpan = all.filter { $0.span == m.span }
    #expect(atSpan.count == 1, "expected one claim at \(String(describing: m.span)) in \(all.map { "\($0.text)@\($0.span.start)" })",
            sourceLocation: sourceLocation)
    guard let c = atSpan.first else { return }
    #expect(abs(c.value - e.value) <= 1e-9 * max(1, abs(e.value)), "value \(c.value)", sourceLocation: sourceLocation)
    #expect(c.unit.rawValue == e.unit, sourceLocation: sourceLocation)
    if let metric = e.metric { #expect(c.metric.rawValue == metric, sourceLocation: sourceLocation) }
    if let kind = e.kind { #expect(c.kind == kind, sourceLocation: sourceLocation) }
    if case .some(let p) = e.period { #expect(c.period?.description == p, sourceLocation: sourceLocation) }
    if case .some(let b) = e.basePeriod { #expect(c.basePeriod?.description == b, sourceLocation: sourceLocation) }
    if let bound = e.bound { #expect(c.bound == bound, sourceLocation: sourceLocation) }
    if let entity = e.entity { #expect(c.entity == entity, sourceLocation: sourceLocation) }
    if case .some(let cp) = e.counterpart { #expect(c.counterpart == cp, sourceLocation: sourceLocation) }
}
