import Testing
@testable import GSL

/// The Nelder–Mead wrapper finds known minima and refuses malformed input.
@Suite("Nelder–Mead minimiser through the GSL wrapper")
struct MinimizerTests {
    @Test("Rosenbrock's valley: the simplex reaches (1, 1), where the function is 0")
    func rosenbrock() throws {
        let m = try Minimizer.nelderMead(start: [-1.2, 1], steps: [0.5, 0.5], tolerance: 1e-12) { p in
            100 * (p[1] - p[0] * p[0]) * (p[1] - p[0] * p[0]) + (1 - p[0]) * (1 - p[0])
        }
        #expect(abs(m.x[0] - 1) < 1e-6 && abs(m.x[1] - 1) < 1e-6)
        #expect(m.value < 1e-12)
    }

    @Test("a quadratic bowl in three dimensions: the minimum at its centre, and infinity walls are avoided")
    func bowl() throws {
        let m = try Minimizer.nelderMead(start: [0, 0, 0], steps: [1, 1, 1]) { p in
            p[2] < -5 ? .infinity : (p[0] - 3) * (p[0] - 3) + 2 * (p[1] + 1) * (p[1] + 1) + (p[2] - 0.5) * (p[2] - 0.5)
        }
        #expect(abs(m.x[0] - 3) < 1e-4 && abs(m.x[1] + 1) < 1e-4 && abs(m.x[2] - 0.5) < 1e-4)
    }

    @Test("mismatched steps or a zero step are refused with GSL_EINVAL, not a crash")
    func refused() {
        #expect(throws: GSLError.self) { try Minimizer.nelderMead(start: [0, 0], steps: [1]) { _ in 0 } }
        #expect(throws: GSLError.self) { try Minimizer.nelderMead(start: [0], steps: [0]) { _ in 0 } }
    }

    @Test("too few iterations to converge is reported as GSL_EMAXITER")
    func maxIterations() {
        #expect(throws: GSLError.self) {
            try Minimizer.nelderMead(start: [-1.2, 1], steps: [0.5, 0.5], tolerance: 1e-14, maxIterations: 3) { p in
                100 * (p[1] - p[0] * p[0]) * (p[1] - p[0] * p[0]) + (1 - p[0]) * (1 - p[0])
            }
        }
    }
}
