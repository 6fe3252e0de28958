import CGSL

/// Brent's bracketing root finder (`gsl_root_fsolver_brent`): solves f(x) = 0 on [lower, upper].
public enum RootFinder {
    /// The root of `f` between `lower` and `upper`, where f changes sign, to `tolerance` (relative).
    public static func brent(lower: Double, upper: Double, tolerance: Double = 1e-12, maxIterations: Int = 200,
                             _ f: @escaping (Double) -> Double) throws(GSLError) -> Double {
        let solver = Solver()
        return try solver.solve(lower: lower, upper: upper, tolerance: tolerance, maxIterations: maxIterations, f)
    }

    /// Owns one `gsl_root_fsolver`, freed in `deinit`.
    private final class Solver {
        let raw: UnsafeMutablePointer<gsl_root_fsolver>

        init() {
            configureGSL()
            guard let solver = gsl_root_fsolver_alloc(yardstick_root_fsolver_brent()) else {
                fatalError("gsl_root_fsolver_alloc: out of memory")
            }
            raw = solver
        }

        deinit { gsl_root_fsolver_free(raw) }

        /// Boxes the Swift closure for GSL's `params` pointer.
        final class Box {
            let f: (Double) -> Double
            init(_ f: @escaping (Double) -> Double) { self.f = f }
        }

        func solve(lower: Double, upper: Double, tolerance: Double, maxIterations: Int,
                   _ f: @escaping (Double) -> Double) throws(GSLError) -> Double {
            let box = Unmanaged.passRetained(Box(f))
            defer { box.release() }
            var function = gsl_function(
                function: { x, params in Unmanaged<Box>.fromOpaque(params!).takeUnretainedValue().f(x) },
                params: box.toOpaque())
            try GSLCheck.run("gsl_root_fsolver_set") { gsl_root_fsolver_set(raw, &function, lower, upper) }
            for _ in 0..<maxIterations {
                try GSLCheck.run("gsl_root_fsolver_iterate") { gsl_root_fsolver_iterate(raw) }
                let lo = gsl_root_fsolver_x_lower(raw), hi = gsl_root_fsolver_x_upper(raw)
                let status = gsl_root_test_interval(lo, hi, 0, tolerance)
                if status == Int32(GSL_SUCCESS) { return gsl_root_fsolver_root(raw) }
            }
            throw GSLError(status: Int32(GSL_EMAXITER), function: "gsl_root_fsolver_iterate",
                           reason: "no convergence in \(maxIterations) iterations")
        }
    }
}
