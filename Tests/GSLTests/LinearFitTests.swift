import Testing
@testable import GSL

/// GSL's line fits, t quantiles and root finder against numpy/scipy values (Scripts/fixtures/trend_reference.py).
@Suite("Linear fits and roots through the GSL wrapper")
struct LinearFitTests {
    static let years: [Double] = [2019, 2020, 2021, 2022, 2023, 2024]
    static let logTonnes: [Double] = [759e3, 783e3, 586e3, 1485e3, 2764e3, 4484e3].map { Foundation.log($0) }

    /// |a − b| ≤ 1e-9 · |b|
    static func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        abs(a - b) <= tolerance * abs(b)
    }

    @Test("gsl_fit_linear matches numpy least squares: intercept, slope, covariance, residual sum of squares")
    func ordinary() throws {
        let f = try LinearFit.ordinary(x: Self.years, y: Self.logTonnes)
        #expect(Self.close(f.intercept, -771.0889756374639))
        #expect(Self.close(f.slope, 0.3884314217810169))
        #expect(Self.close(f.covInterceptIntercept, 37795.12227227981))
        #expect(Self.close(f.covInterceptSlope, -18.696559632180957))
        #expect(Self.close(f.covSlopeSlope, 0.009248854628830551))
        #expect(Self.close(f.residualSumOfSquares, 0.6474198240791408))
        let at2027 = try f.estimate(at: 2027)
        #expect(Self.close(at2027.standardError, 0.5538534811064805))
    }

    @Test("gsl_fit_wlinear matches numpy weighted least squares")
    func weighted() throws {
        let f = try LinearFit.weighted(x: Self.years, y: Self.logTonnes, weights: [1, 2, 0.5, 4, 8, 3])
        #expect(Self.close(f.intercept, -822.5883384420067))
        #expect(Self.close(f.slope, 0.413932287192873))
        #expect(Self.close(f.covSlopeSlope, 0.02839600921532452))
        #expect(Self.close(f.residualSumOfSquares, 0.5575673915015131))
    }

    @Test("Student t quantiles match scipy.stats.t.ppf")
    func quantiles() throws {
        #expect(Self.close(try Distributions.studentTQuantile(0.975, degreesOfFreedom: 4), 2.7764451051977934))
        #expect(Self.close(try Distributions.studentTQuantile(0.90, degreesOfFreedom: 4), 1.533206274058944))
    }

    @Test("the Student t CDF matches scipy.stats.t.cdf on both tails")
    func cdf() throws {
        #expect(Self.close(try Distributions.studentTCDF(1.2, degreesOfFreedom: 4), 0.8518243033438233))
        #expect(Self.close(try Distributions.studentTCDF(-2.5, degreesOfFreedom: 7), 0.020496109292876444))
    }

    @Test("Brent's method finds the rate that takes 4.5 Mt to 10 Mt in three years")
    func root() throws {
        let r = try RootFinder.brent(lower: -0.99, upper: 10) { r in 4.5 * Foundation.pow(1 + r, 3) - 10 }
        #expect(Self.close(r, 0.3049558803896213))
    }

    @Test("degenerate input is a GSLError, never a crash or NaN: one point, equal x, non-finite y, no sign change")
    func degenerate() {
        #expect(throws: GSLError.self) { try LinearFit.ordinary(x: [2024], y: [1]) }
        #expect(throws: GSLError.self) { try LinearFit.ordinary(x: [2024, 2024], y: [1, 2]) }
        #expect(throws: GSLError.self) { try LinearFit.ordinary(x: [2023, 2024], y: [1, .nan]) }
        #expect(throws: GSLError.self) { try RootFinder.brent(lower: 0, upper: 1) { $0 + 5 } }
    }
}

import Foundation
