import Claims
import Testing
@testable import Analysis

/// A target's judgement is an assessment in its own words, with the required rate's interval: never a conflict.
@Suite("Target assessments")
struct TargetAssessmentTests {
    static func claim(_ kind: Kind, _ value: Double, _ year: Int, published: String) -> StoredClaim {
        storedClaim(doc: kind == .target ? "t.txt" : "a.txt", entity: "Route", kind: kind, value: value, period: .year(year),
                    published: Day(published), span: Span(start: 0, end: 1), lo: value * 0.99, hi: value * 1.01)
    }

    static let history = [(2020, 1.0), (2021, 1.1), (2022, 1.2), (2023, 1.3)].map { claim(.level, $0.1, $0.0, published: "2024-02-01") }

    @Test("a target needing faster growth than any year seen is 'needs faster growth than history', a tension, not a conflict")
    func fasterThanAnyYear() throws {
        let found = ConsistencyChecks.run(claims: Self.history + [Self.claim(.target, 10, 2026, published: "2024-03-01")], reference: [])
            .filter { $0.kind == .targetFeasibility }
        #expect(!found.isEmpty)
        for f in found {
            #expect(f.message.contains("faster than any year seen"))
            #expect(f.severity == .tension && f.verdict == "above_historical_growth")
            #expect(f.verdictWords == "needs faster growth than history" && f.rule == "target_feasibility")
            let low = try #require(f.statedLow), high = try #require(f.statedHigh)
            #expect(low <= f.stated && f.stated <= high && low < high)
            // The historical interval is in % a year, like the required rate.
            #expect((f.expectedHigh ?? 0) > 1 && (f.expectedHigh ?? 0) < 20)
        }
    }

    @Test("a target the latest level already reaches is 'already met', its required rate 0 at both ends")
    func alreadyMet() throws {
        let f = try #require(ConsistencyChecks.run(claims: Self.history + [Self.claim(.target, 1.25, 2026, published: "2024-03-01")],
                                                   reference: []).first { $0.kind == .targetFeasibility })
        #expect(f.assessment == .alreadyMet && f.verdict == "already_met" && f.severity == .consistent)
        #expect(f.stated == 0 && f.statedLow == 0 && f.statedHigh == 0)
    }

    @Test("each assessment has its own words for a report, none of them 'conflict'")
    func words() {
        let words = TargetAssessment.allCases.map(\.words)
        #expect(Set(words).count == TargetAssessment.allCases.count)
        #expect(!words.contains { $0.contains("conflict") })
        #expect(TargetAssessment.aboveHistoricalGrowth.words == "needs faster growth than history")
    }
}
