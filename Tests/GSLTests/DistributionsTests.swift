import Testing
@testable import GSL

@Suite("Student t quantiles through the GSL wrapper")
struct DistributionsTests {
    @Test("t quantile 0.975 with 6 degrees of freedom matches scipy.stats.t.ppf (2.446911851)")
    func tQuantileMatchesReference() throws {
        let q = try Distributions.studentTQuantile(0.975, degreesOfFreedom: 6)
        #expect(abs(q - 2.446911851) < 1e-8)
    }

    @Test("a probability outside (0, 1) is a GSLError, not an abort")
    func badProbabilityThrows() {
        #expect(throws: GSLError.self) { try Distributions.studentTQuantile(1.5, degreesOfFreedom: 6) }
    }
}

/// The tabulated quantiles (0.975 and 0.90 at whole degrees of freedom up to 200) agree with scipy, and other levels
/// and fractional degrees are still computed. Values: `scipy.stats.t.ppf` (scipy 1.17), printed by
/// `python3 -c "from scipy.stats import t; print(t.ppf(0.975, 30))"` and so on.
@Suite("Tabulated t quantiles")
struct TabulatedQuantilesTests {
    static let scipy: [(p: Double, df: Double, value: Double)] = [
        (0.975, 1, 12.706204736174694), (0.975, 2, 4.302652729749462), (0.975, 7, 2.364624251592784),
        (0.975, 30, 2.0422724563012378), (0.975, 200, 1.9718962236339088),
        (0.90, 1, 3.0776835371752544), (0.90, 2, 1.8856180831641272), (0.90, 7, 1.4149239276505086),
        (0.90, 30, 1.3104150253913955), (0.90, 200, 1.2857987939948012),
    ]

    @Test("0.975 and 0.90 from the table match scipy.stats.t.ppf to 1e-9, at the table's first and last rows too")
    func tableMatchesScipy() throws {
        for (p, df, value) in Self.scipy {
            #expect(abs(try Distributions.studentTQuantile(p, degreesOfFreedom: df) - value) < 1e-9, "p \(p), df \(df)")
        }
        #expect(Distributions.t975.count == Distributions.tabulatedDegrees)
    }

    @Test("other levels, fractional and larger degrees of freedom are computed by GSL, not read from the table")
    func outsideTheTable() throws {
        // scipy: t.ppf(0.95, 10) = 1.8124611228116756, t.ppf(0.975, 2.5) = 3.5746548420036817, t.ppf(0.975, 500) = 1.9647198374673676
        #expect(abs(try Distributions.studentTQuantile(0.95, degreesOfFreedom: 10) - 1.8124611228116756) < 1e-9)
        #expect(abs(try Distributions.studentTQuantile(0.975, degreesOfFreedom: 2.5) - 3.5746548420036817) < 1e-6)
        #expect(abs(try Distributions.studentTQuantile(0.975, degreesOfFreedom: 500) - 1.9647198374673676) < 1e-9)
    }
}
