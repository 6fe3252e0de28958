import Claims
import Testing
@testable import Analysis

/// Levels implied by a change or multiple next to a stated level, where no document states them.
@Suite("Derived levels")
struct DerivedLevelsTests {
    static func claim(_ doc: String, _ kind: Kind, _ value: Double, _ unit: Unit, _ period: Period, base: Period? = nil,
                      at start: Int, lo: Double?, hi: Double?) -> StoredClaim {
        storedClaim(doc: doc, kind: kind, value: value, unit: unit, period: period, base: base,
                    span: Span(start: start, end: start + 8), text: "\(value)", lo: lo, hi: hi)
    }

    static func derived(_ claims: [StoredClaim]) -> [SeriesPoint] {
        DerivedLevels.points(from: claims, stated: SeriesBuilder.points(from: claims))
    }

    // Expected values: python3 -c "print(4.5e6/1.62, 4.45e6/1.625, 4.55e6/1.615, 2.76e6*3, 2.76e6*2.95, 2.76e6*3.05)"
    @Test("'+62% to 4.5 Mt in 2024' with no stated 2023 level implies 2.78 Mt, its interval from both roundings")
    func changeImpliesBase() throws {
        let d = Self.derived([
            Self.claim("a.txt", .change, 62, .percent, .year(2024), base: .year(2023), at: 10, lo: 61.5, hi: 62.5),
            Self.claim("a.txt", .level, 4.5e6, .tonnes, .year(2024), at: 22, lo: 4.45e6, hi: 4.55e6),
        ])
        let p = try #require(d.first)
        #expect(d.count == 1 && p.derived && p.period == .year(2023) && p.unit == .tonnes)
        #expect(abs(p.consensus - 2777777.7777777775) < 1e-6)
        #expect(abs(p.interval.lo! - 2738461.5384615385) < 1e-6 && abs(p.interval.hi! - 2817337.4613003097) < 1e-6)
    }

    @Test("'three times 2021' next to a stated 2021 level implies the later year")
    func multipleImpliesLater() throws {
        let d = Self.derived([
            Self.claim("b.txt", .level, 2.76e6, .tonnes, .year(2021), at: 0, lo: 2.76e6, hi: 2.76e6),
            Self.claim("b.txt", .multiple, 3, .times, .year(2024), base: .year(2021), at: 30, lo: 2.95, hi: 3.05),
        ])
        let p = try #require(d.first)
        #expect(p.period == .year(2024) && p.consensus == 8280000.0)
        #expect(abs(p.interval.lo! - 8142000.000000001) < 1e-6 && abs(p.interval.hi! - 8418000.0) < 1e-6)
    }

    @Test("a period some document states is not derived; a level in another document or far away is not paired")
    func onlyGapsAndNearbyLevels() {
        let change = Self.claim("a.txt", .change, 62, .percent, .year(2024), base: .year(2023), at: 10, lo: 61.5, hi: 62.5)
        let stated2023 = Self.claim("c.txt", .level, 2.76e6, .tonnes, .year(2023), at: 0, lo: 2.76e6, hi: 2.76e6)
        let level2024 = Self.claim("a.txt", .level, 4.5e6, .tonnes, .year(2024), at: 22, lo: 4.45e6, hi: 4.55e6)
        #expect(Self.derived([change, level2024, stated2023]).isEmpty)
        let otherDocument = Self.claim("d.txt", .level, 4.5e6, .tonnes, .year(2024), at: 22, lo: 4.45e6, hi: 4.55e6)
        #expect(Self.derived([change, otherDocument]).isEmpty)
        let farAway = Self.claim("a.txt", .level, 4.5e6, .tonnes, .year(2024), at: 5000, lo: 4.45e6, hi: 4.55e6)
        #expect(Self.derived([change, farAway]).isEmpty)
    }

    @Test("two changes in two units each imply a level in the unit of the level next to them")
    func unitsKeptApart() {
        let d = Self.derived([
            Self.claim("e.txt", .change, 63, .percent, .year(2024), base: .year(2023), at: 0, lo: 62.5, hi: 63.5),
            Self.claim("e.txt", .level, 4.1e6, .tonnes, .year(2024), at: 12, lo: 4.05e6, hi: 4.15e6),
            Self.claim("e.txt", .change, 160, .percent, .year(2024), base: .year(2023), at: 200, lo: 159.5, hi: 160.5),
            Self.claim("e.txt", .level, 50_500, .teu, .year(2024), at: 212, lo: 50_499.5, hi: 50_500.5),
        ])
        #expect(d.map(\.unit) == [.tonnes, .teu].sorted())
        #expect(d.allSatisfy { $0.stated.count == 1 && !$0.disagree })
    }
}
