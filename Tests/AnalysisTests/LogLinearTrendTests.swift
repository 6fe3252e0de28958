import Testing
@testable import Analysis

/// The log-linear trend of the Ministry of Transport series against numpy/scipy (Scripts/fixtures/trend_reference.py).
@Suite("Log-linear trend")
struct LogLinearTrendTests {
    static let years = [2019, 2020, 2021, 2022, 2023, 2024]
    static let tonnes: [Double] = [759e3, 783e3, 586e3, 1485e3, 2764e3, 4484e3]

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * abs(b) }

    @Test("annual growth and its 95% confidence interval agree with numpy/scipy to 1e-9")
    func growth() throws {
        let t = try LogLinearTrend(years: Self.years, levels: Self.tonnes)
        #expect(Self.close(t.growthRate, 0.4746658500393952))
        #expect(Self.close(t.growthLow95, 0.1290967931471343))
        #expect(Self.close(t.growthHigh95, 0.9259990662191449))
    }

    @Test("the 2027 projection and its 80% and 95% prediction intervals agree with numpy/scipy to 1e-9")
    func projection() throws {
        let p = try LogLinearTrend(years: Self.years, levels: Self.tonnes).projection(to: 2027)
        #expect(Self.close(p.value, 11542152.3369879))
        #expect(Self.close(p.low95, 1725281.7935489928) && Self.close(p.high95, 77217113.78881027))
        #expect(Self.close(p.low80, 4040827.411688712) && Self.close(p.high80, 32968812.324147407))
    }

    @Test("degenerate series are refused with a reason: two points, a zero level, a repeated year")
    func degenerate() {
        #expect(throws: LogLinearTrend.Problem.tooFewPoints(2)) { try LogLinearTrend(years: [2023, 2024], levels: [1, 2]) }
        #expect(throws: LogLinearTrend.Problem.nonPositiveLevel(year: 2022)) {
            try LogLinearTrend(years: [2021, 2022, 2023], levels: [1, 0, 2])
        }
        #expect(throws: LogLinearTrend.Problem.duplicateYear(2022)) {
            try LogLinearTrend(years: [2021, 2022, 2022], levels: [1, 2, 3])
        }
    }
}
