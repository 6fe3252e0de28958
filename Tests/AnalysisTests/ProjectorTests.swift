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
