import Testing
@testable import Analysis

/// Projections: fitted lines with prediction intervals from three points, CAGR from two, nothing from one.
@Suite("Projections")
struct ProjectorTests {
    static let years = [2019, 2020, 2021, 2022, 2023, 2024]
    static let tonnes: [Double] = [759e3, 783e3, 586e3, 1485e3, 2764e3, 4484e3]

    static func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) <= 1e-9 * abs(b) } ?? false }

    @Test("the linear model's 2027 point and 95% prediction interval agree with numpy/scipy to 1e-9")
    func linear() {
        let r = Projector.project(years: Self.years, levels: Self.tonnes, to: 2027, model: .linear)
        #expect(Self.close(r.projection?.value, 5812123.809524298))
        #expect(Self.close(r.projection?.low95, 2034019.4224127522))
        #expect(Self.close(r.projection?.high95, 9590228.196635842))
    }

    @Test("the log-linear model matches the trend's projection")
    func loglinear() {
        let r = Projector.project(years: Self.years, levels: Self.tonnes, to: 2027, model: .loglinear)
        #expect(Self.close(r.projection?.value, 11542152.3369879))
    }

    @Test("two points give the CAGR extended and say no interval can be given; one point or a past year gives none")
    func degenerate() {
        let two = Projector.project(years: [2023, 2024], levels: [2.76e6, 4.5e6], to: 2026, model: .loglinear)
        #expect(two.projection != nil && two.projection!.low95 == two.projection!.high95)
        #expect(two.note?.contains("no interval") == true)
        #expect(Projector.project(years: [2024], levels: [4.5e6], to: 2026, model: .loglinear).projection == nil)
        #expect(Projector.project(years: Self.years, levels: Self.tonnes, to: 2023, model: .linear).projection == nil)
    }
}

/// Auto's choice, the damped model's fallbacks, and the horizon and width warnings.
@Suite("Projection models and warnings")
struct ProjectionChoiceTests {
    /// Four yearly levels growing about 74% a year, unevenly (made up).
    static let fastYears = [2021, 2022, 2023, 2024]
    static let fast: [Double] = [4.0, 8.9, 11.5, 21.0]

    @Test("four levels growing +74% a year, projected to 2030: log-linear (too few levels to weigh a damped trend), flagged as beyond the data and too wide to judge")
    func fastFourLevels() throws {
        let r = Projector.project(years: Self.fastYears, levels: Self.fast, to: 2030, model: .auto)
        #expect(r.model == .loglinear && r.requested == .auto)
        #expect(r.choice?.contains("too few") == true)
        #expect(r.beyondData && r.horizon == 6 && r.reach == 3)
        #expect(r.tooWideToJudge)
        let p = try #require(r.projection)
        #expect(p.widthRatio > Projection.judgeableRatio)
        #expect(r.warnings.count == 2)
        #expect(r.warnings[0].contains("further ahead than the data reach back"))
        #expect(r.warnings[1].contains("too wide to judge a target by"))
    }

    @Test("a near year on a steady series gives neither warning")
    func noWarnings() {
        let r = Projector.project(years: DampedTrendTests.steadyYears, levels: DampedTrendTests.steady, to: 2026, model: .auto)
        #expect(!r.beyondData && !r.tooWideToJudge && r.warnings.isEmpty)
        #expect(r.projection != nil)
    }

    @Test("the horizon rule is strict: as far ahead as the data reach back is not beyond them")
    func horizonBoundary() {
        let years = Array(2020...2024), levels: [Double] = [10, 11, 12.2, 13.1, 14.6]
        #expect(!Projector.project(years: years, levels: levels, to: 2028, model: .loglinear).beyondData)
        #expect(Projector.project(years: years, levels: levels, to: 2029, model: .loglinear).beyondData)
    }

    @Test("auto picks the damped trend on the slowing series and the log-linear one on the steady series, saying why")
    func autoChoice() {
        let slowing = Projector.project(years: DampedTrendTests.slowingYears, levels: DampedTrendTests.slowing, to: 2027, model: .auto)
        #expect(slowing.model == .damped)
        #expect(slowing.choice?.contains("AICc") == true)
        let steady = Projector.project(years: DampedTrendTests.steadyYears, levels: DampedTrendTests.steady, to: 2027, model: .auto)
        #expect(steady.model == .loglinear)
        #expect(steady.choice?.contains("AICc") == true)
        // The chosen model's numbers, not the other's.
        let loglinear = Projector.project(years: DampedTrendTests.slowingYears, levels: DampedTrendTests.slowing, to: 2027, model: .loglinear)
        #expect(slowing.projection!.value < loglinear.projection!.value)
    }

    @Test("a damped trend asked of too few levels or of a series with a missing year falls back to log-linear and says why")
    func dampedFallback() {
        let few = Projector.project(years: Self.fastYears, levels: Self.fast, to: 2026, model: .damped)
        #expect(few.model == .loglinear && few.requested == .damped)
        #expect(few.choice?.contains("needs 7 or more yearly levels") == true)
        let gap = Projector.project(years: [2015, 2016, 2017, 2018, 2020, 2021, 2022, 2023, 2024],
                                    levels: [1, 2, 3, 4, 5, 6, 7, 8, 9], to: 2026, model: .auto)
        #expect(gap.model == .loglinear && gap.choice?.contains("no level for 2019") == true)
    }

    @Test("a linear interval reaching below zero counts as too wide")
    func linearBelowZero() {
        let r = Projector.project(years: [2020, 2021, 2022], levels: [10, 2, 9], to: 2030, model: .linear)
        #expect(r.projection!.low95 <= 0 && r.tooWideToJudge)
    }
}
