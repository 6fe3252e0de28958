import Claims
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

    @Test("a target whose year has passed is judged once, by forecast_vs_outcome: missed by 20%, no second word on it")
    func passed() {
        let claims = [Self.claim(.level, 3, 2021, doc: "a", published: "2022-01-10"),
                      Self.claim(.target, 5, 2023, doc: "b", published: "2022-02-01"),
                      Self.claim(.level, 4, 2023, doc: "c", published: "2024-01-10")]
        let all = ConsistencyChecks.run(claims: claims, reference: [])
        let outcome = all.filter { $0.kind == .forecastVsOutcome }
        #expect(outcome.count == 1)
        #expect(outcome.allSatisfy { $0.message.hasSuffix(": missed by 20%") && $0.outcome == .missed && $0.accuracy == .conflict
            && $0.verdict == "missed" && $0.severity == .tension })
        #expect(!all.contains { $0.kind == .targetFeasibility && !$0.message.contains("as published") })
    }

    @Test("a forecast whose outturn overlaps it is met, and nothing else reports that pair")
    func met() {
        let claims = [Self.claim(.level, 3, 2021, doc: "a", published: "2022-01-10"),
                      Self.claim(.forecast, 4.2, 2023, doc: "b", published: "2022-02-01"),
                      Self.claim(.level, 4.22, 2023, doc: "c", published: "2024-01-10")]
        let all = ConsistencyChecks.run(claims: claims, reference: [])
        #expect(all.filter { $0.kind == .forecastVsOutcome }.map(\.verdict) == ["met"])
        #expect(!all.contains { $0.message.contains("met (") || $0.message.contains("year has passed") })
    }

    /// A steady series (about +10% a year, made up): its trend's 95% prediction intervals are narrow enough to judge by.
    static let steady: [(Int, Double)] = [(2017, 10), (2018, 11.1), (2019, 12.0), (2020, 13.4), (2021, 14.5), (2022, 16.2),
                                          (2023, 17.6), (2024, 19.5)]
    /// The series of Scripts/fixtures/trend_reference.py: its trend's 95% interval for 2027 spans ×44.8.
    static let noisy: [(Int, Double)] = [(2019, 0.759), (2020, 0.783), (2021, 0.586), (2022, 1.485), (2023, 2.764), (2024, 4.484)]

    static func feasibility(_ series: [(Int, Double)], target: Double, by year: Int) throws -> Finding {
        let claims = series.map { Self.claim(.level, $0.1, $0.0, doc: "a", published: "2025-02-01") }
            + [Self.claim(.target, target, year, doc: "b", published: "2025-03-01")]
        return try #require(ConsistencyChecks.run(claims: claims, reference: []).first { $0.kind == .targetFeasibility })
    }

    @Test("a target the trend gives less than an even chance is not 'on track' nor within historical growth")
    func belowEvenChance() throws {
        // 23.7 by 2026 needs +10.2% a year, inside the trend's 95% interval [+9.6%, +10.3%], but above its centre.
        let f = try Self.feasibility(Self.steady, target: 23.7, by: 2026)
        #expect(!f.message.contains("on track") && !f.message.contains("within historical growth"))
        #expect(f.message.contains("less than an even chance") && f.severity == .tension)
        #expect(!f.message.contains("too wide"))
    }

    @Test("a target inside a 95% interval too wide to judge by (×44.8 > ×4) gets no verdict: too uncertain to judge, not checked")
    func tooWide() throws {
        // 15 by 2027 (+49.6% a year) lies inside the trend's 95% prediction interval for 2027, [1.73, 77.2]; the trend gives it 36%.
        let f = try Self.feasibility(Self.noisy, target: 15, by: 2027)
        #expect(f.message.contains("chance under the trend 36%"))
        #expect(f.message.contains("the trend's 95% interval for 2027 spans ×44.8, too wide to judge a target by"))
        #expect(f.message.hasSuffix("— too uncertain to judge") && f.severity == .notChecked)
        #expect(!f.message.contains("above historical growth") && !f.message.contains("within historical growth"))
    }

    @Test("inside a too-wide interval even a 7% chance is no verdict; outside it, faster than any year seen still is")
    func outsideTooWide() throws {
        // 40 by 2027 lies inside the trend's 95% interval [1.73, 77.2]: too uncertain, whatever the chance.
        let inside = try Self.feasibility(Self.noisy, target: 40, by: 2027)
        #expect(inside.message.contains("chance under the trend 7%") && inside.severity == .notChecked)
        // 100 by 2027 needs +181.5% a year, above the interval and faster than 2022's +153%, the fastest year seen.
        let f = try Self.feasibility(Self.noisy, target: 100, by: 2027)
        #expect(f.message.contains("too wide to judge a target by"))
        // A judgement of a plan, never a conflict: at most a tension, its verdict the assessment.
        #expect(f.message.hasSuffix("— above historical growth: faster than any year seen") && f.severity == .tension
            && f.verdict == "above_historical_growth")
        #expect(inside.verdict == "too_uncertain")
    }
}
