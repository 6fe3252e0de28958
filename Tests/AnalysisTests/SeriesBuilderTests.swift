import Claims
import Testing
@testable import Analysis

/// Series points from stored levels: grouping, consensus, disagreement, units kept apart.
@Suite("Series points")
struct SeriesBuilderTests {
    static func stored(_ doc: String, _ value: Double, lo: Double?, hi: Double?, unit: Unit = .tonnes,
                       kind: Kind = .level, period: Period = .year(2023)) -> StoredClaim {
        storedClaim(doc: doc, kind: kind, value: value, unit: unit, period: period, lo: lo, hi: hi)
    }

    @Test("overlapping statements agree: the consensus lies in their overlap")
    func agree() {
        let p = SeriesBuilder.points(from: [
            Self.stored("a", 2.76e6, lo: 2.76e6, hi: nil), Self.stored("b", 2.764e6, lo: 2.7635e6, hi: 2.7645e6),
        ])
        #expect(p.count == 1)
        #expect(p[0].sources == 2 && !p[0].disagree)
        #expect(p[0].interval == ValueInterval(lo: 2.7635e6, hi: 2.7645e6))
        #expect(p[0].consensus >= 2.7635e6 && p[0].consensus <= 2.7645e6)
    }

    @Test("statements whose intervals do not overlap disagree")
    func disagree() {
        let p = SeriesBuilder.points(from: [
            Self.stored("a", 4.5e6, lo: 4.45e6, hi: 4.55e6), Self.stored("b", 3.3e6, lo: 3.25e6, hi: 3.35e6),
        ])
        #expect(p[0].disagree)
        #expect(p[0].interval == ValueInterval(lo: 3.25e6, hi: 4.55e6))
    }

    @Test("tonnes and TEU stay in separate series; changes and targets are not levels")
    func unitsApart() {
        let p = SeriesBuilder.points(from: [
            Self.stored("a", 4.5e6, lo: nil, hi: nil), Self.stored("b", 50_500, lo: nil, hi: nil, unit: .teu),
            Self.stored("c", 62, lo: nil, hi: nil, unit: .percent, kind: .change),
            Self.stored("d", 10e6, lo: nil, hi: nil, kind: .target, period: .year(2030)),
        ])
        #expect(p.map(\.unit) == [.tonnes, .teu].sorted())
    }
}
