import Testing
@testable import Analysis

/// Compound annual growth rates against values computed independently with numpy
/// (Scripts/fixtures/compound_growth.py prints them).
@Suite("Compound growth")
struct CompoundGrowthTests {
    /// (from, to, years, rate from numpy)
    static let reference: [(Double, Double, Double, Double)] = [
        (4.5, 10, 3, 0.3049558803896213),    // 10 Mt by 2027 from 4.5 Mt in 2024
        (4.5, 10, 6, 0.14234665508750943),   // 10 Mt by 2030 from 4.5 Mt in 2024
        (2.76, 10, 7, 0.20190497028379228),  // 10 Mt by 2030 from 2.76 Mt in 2023
    ]

    @Test("rates agree with numpy to 1e-12 relative", arguments: reference.indices)
    func matchesNumpy(_ i: Int) throws {
        let (from, to, years, expected) = Self.reference[i]
        let g = try CompoundGrowth(from: from, to: to, years: years)
        #expect(abs(g.rate - expected) <= 1e-12 * abs(expected))
    }

    @Test("zero or negative levels and zero spans are refused, not NaN")
    func degenerate() {
        #expect(throws: CompoundGrowth.Problem.nonPositiveLevel) { try CompoundGrowth(from: 0, to: 10, years: 3) }
        #expect(throws: CompoundGrowth.Problem.nonPositiveLevel) { try CompoundGrowth(from: -1, to: 10, years: 3) }
        #expect(throws: CompoundGrowth.Problem.noTimeBetween) { try CompoundGrowth(from: 1, to: 10, years: 0) }
    }
}
