import Claims
import Testing
@testable import Analysis

/// A finding with nothing to compare is `not_checked`: never consistent, never a conflict.
@Suite("Nothing compared is not checked")
struct NotCheckedTests {
    static func claim(_ kind: Kind, _ value: Double, entity: String, counterpart: String? = nil, doc: String = "a.txt") -> StoredClaim {
        StoredClaim(claim: Claim(doc: doc, published: Day("2024-05-01"), span: Span(start: 0, end: 3), text: "x", entity: entity,
                                 counterpart: counterpart, metric: .tradeTurnover, kind: kind, value: value,
                                 unit: kind == .share ? .percent : .usd, period: .year(2023), basePeriod: nil, bound: .exact),
                    path: doc, title: nil, interval: ValueInterval(lo: value * 0.99, hi: value * 1.01))
    }

    @Test("a share whose part has no level to compare with is not_checked, not consistent")
    func shareWithoutPart() {
        // "The bloc took 20% of the country's $140 billion trade" with no figure for the bloc itself.
        let claims = [Self.claim(.level, 140e9, entity: "Freedonia"), Self.claim(.share, 20, entity: "Bloc", counterpart: "Freedonia")]
        let f = ConsistencyChecks.run(claims: claims, reference: []).filter { $0.kind == .shareOfWhole }
        #expect(f.count == 1)
        #expect(f.allSatisfy { $0.severity == .notChecked && $0.message.hasSuffix("— not checked") })
    }

    @Test("a share whose part has a level is still compared")
    func shareWithPart() {
        let claims = [Self.claim(.level, 140e9, entity: "Freedonia"), Self.claim(.share, 20, entity: "Bloc", counterpart: "Freedonia"),
                      Self.claim(.level, 28e9, entity: "Bloc", doc: "b.txt")]
        let f = ConsistencyChecks.run(claims: claims, reference: []).filter { $0.kind == .shareOfWhole }
        #expect(f.map(\.severity) == [.consistent])
    }

    @Test("a partner's share of a country's trade is compared with the trade between the two, either way round")
    func shareOfTradeWithBilateralPart() {
        for (entity, counterpart) in [("Freedonia", "Bloc"), ("Bloc", "Freedonia")] {
            let claims = [Self.claim(.level, 140e9, entity: "Freedonia"), Self.claim(.share, 20, entity: "Bloc", counterpart: "Freedonia"),
                          Self.claim(.level, 40e9, entity: entity, counterpart: counterpart, doc: "b.txt")]
            let f = ConsistencyChecks.run(claims: claims, reference: []).filter { $0.kind == .shareOfWhole }
            // 20% of 140 is 27.7–28.3 bn against 39.6–40.4 bn of bilateral trade.
            #expect(f.map(\.severity) == [.conflict])
            #expect(f.first?.message.contains("the \(entity)–\(counterpart) level") == true)
        }
    }

    @Test("not_checked ranks below consistent, so no --fail-on level reaches it, and findings list it last")
    func ranking() {
        #expect(Severity.notChecked < .consistent)
        #expect(Severity(rawValue: "not_checked") == .notChecked)
        let notChecked = Finding(kind: .shareOfWhole, severity: .notChecked, subject: "s", evidence: [], expectedLow: nil,
                                 expectedHigh: nil, stated: 1, unit: .percent, tolerance: "", message: "")
        var consistent = notChecked
        consistent.severity = .consistent
        let parts = [[notChecked, consistent]]
        #expect(CheckResult(parts: parts, places: ConsistencyChecks.order(parts)).ordered.map(\.severity) == [.consistent, .notChecked])
    }
}
