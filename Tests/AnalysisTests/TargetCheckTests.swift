import Claims
import Store
import Testing
@testable import Analysis

/// Target feasibility on hand-made series: required rate, verdicts, passed years, no NaN.
@Suite("Target feasibility")
struct TargetCheckTests {
    static func claim(_ kind: Kind, _ value: Double, _ year: Int, doc: String, published: String) -> StoredClaim {
        storedClaim(doc: doc, entity: "Route", kind: kind, value: value, period: .year(year), published: Day(published),
                    span: Span(start: 0, end: 1), lo: value * 0.99, hi: value * 1.01)
    }

    @Test("a target is judged from the latest level: 10 by 2027 from 4.5 in 2024 needs about 30.5% a year")
    func required() {
        let claims = [Self.claim(.level, 4.5, 2024, doc: "a", published: "2025-01-10"),
                      Self.claim(.target, 10, 2027, doc: "b", published: "2025-05-14")]
        let f = ConsistencyChecks.run(claims: claims, reference: []).filter { $0.kind == .targetFeasibility }
        #expect(f.count == 1)
        #expect(abs(f[0].stated - 30.4955880) < 1e-4)
        #expect(f.allSatisfy { $0.stated.isFinite && ($0.expectedLow?.isFinite ?? true) })
    }

    @Test("a target whose year has passed is judged by the outcome")
    func passed() {
        let claims = [Self.claim(.level, 3, 2021, doc: "a", published: "2022-01-10"),
                      Self.claim(.target, 5, 2023, doc: "b", published: "2022-02-01"),
                      Self.claim(.level, 4, 2023, doc: "c", published: "2024-01-10")]
        let f = ConsistencyChecks.run(claims: claims, reference: []).filter { $0.kind == .targetFeasibility }
        #expect(f.contains { $0.message.contains("missed by 20%") && $0.severity == .tension })
    }
}
