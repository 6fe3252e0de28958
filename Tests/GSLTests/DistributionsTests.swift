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
