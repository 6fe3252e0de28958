import Claims
import Testing
@testable import Analysis

/// "As published" sees only claims published by the target's own publication day; "now" sees claims and reference.
@Suite("Target feasibility as published and as of now")
struct TargetAsPublishedTests {
    /// Required rates in percent, from `Scripts/fixtures/target_as_published.py` (numpy; its output is
    /// `Scripts/fixtures/target_as_published.txt`).
    static let by2030AsPublished = 20.190497028379227, by2030Now = 19.410259352928882
    static let by2027AsPublished = 30.49558803896213, by2027Now = 55.81314872270007

    static func claim(_ kind: Kind, _ value: Double, _ year: Int, doc: String, published: String) -> StoredClaim {
        storedClaim(doc: doc, entity: "Route", kind: kind, value: value, period: .year(year), published: Day(published),
                    span: Span(start: 0, end: 1), lo: value * 0.99, hi: value * 1.01)
    }

    static func reference(_ year: Int, _ value: Double) -> ReferenceValue {
        ReferenceValue(source: "Ministry", entity: "Route", metric: .freightVolume, period: .year(year), value: value, unit: .tonnes)
    }

    static let findings: [Finding] = {
        let claims = [claim(.level, 2.76, 2023, doc: "a", published: "2024-07-03"),
                      claim(.target, 10, 2030, doc: "a", published: "2024-07-03"),
                      claim(.level, 4.5, 2024, doc: "b", published: "2025-05-14"),
                      claim(.target, 10, 2027, doc: "b", published: "2025-05-14"),
                      claim(.level, 4.6, 2024, doc: "c", published: "2025-06-18")]
        let official = [Self.reference(2023, 2.764), Self.reference(2024, 4.484), Self.reference(2025, 4.119)]
        return ConsistencyChecks.run(claims: claims, reference: official).filter { $0.kind == .targetFeasibility }
    }()

    static func rate(doc: String, asPublished: Bool) -> Double? {
        findings.first { $0.evidence.first?.doc == doc && $0.message.contains("as published") == asPublished }?.stated
    }

    @Test("as published, a target counts only claims published by then: never a later article, never a reference row")
    func asPublished() throws {
        #expect(abs(try #require(Self.rate(doc: "a", asPublished: true)) - Self.by2030AsPublished) < 1e-6)
        #expect(abs(try #require(Self.rate(doc: "b", asPublished: true)) - Self.by2027AsPublished) < 1e-6)
    }

    @Test("as of now, a target counts every claim and the reference rows")
    func now() throws {
        #expect(abs(try #require(Self.rate(doc: "a", asPublished: false)) - Self.by2030Now) < 1e-6)
        #expect(abs(try #require(Self.rate(doc: "b", asPublished: false)) - Self.by2027Now) < 1e-6)
    }
}
