import CGSL

/// Nelder–Mead simplex minimisation without derivatives (`gsl_multimin_fminimizer_nmsimplex2`).
public enum Minimizer {
    /// Where the simplex came to rest: the point, the function's value there, and how many iterations it took.
    public struct Minimum: Sendable, Equatable {
        public var x: [Double]
        public var value: Double
        public var iterations: Int
    }

    /// Minimises `f` from `start`, with initial simplex steps `steps` (one per coordinate), until the simplex's
    /// characteristic size falls below `tolerance` (`gsl_multimin_test_size`). A non-finite value of `f` should be
    /// returned as `.infinity` or a large number: the simplex then moves away from it.
    public static func nelderMead(start: [Double], steps: [Double], tolerance: Double = 1e-10, maxIterations: Int = 10_000,
                                  _ f: @escaping ([Double]) -> Double) throws(GSLError) -> Minimum {
        guard !start.isEmpty, steps.count == start.count, start.allSatisfy(\.isFinite),
              steps.allSatisfy({ $0.isFinite && $0 != 0 }) else {
            throw GSLError(status: Int32(GSL_EINVAL), function: "gsl_multimin_fminimizer_set",
                           reason: "one finite starting value and one finite, non-zero step per coordinate are needed")
        }
        return try Simplex(dimensions: start.count).minimize(start: start, steps: steps, tolerance: tolerance,
                                                              maxIterations: maxIterations, f)
    }

    /// Owns one `gsl_multimin_fminimizer` and its vectors, freed in `deinit`.
    private final class Simplex {
        let raw: UnsafeMutablePointer<gsl_multimin_fminimizer>
        let n: Int

        init(dimensions: Int) {
            configureGSL()
            guard let m = gsl_multimin_fminimizer_alloc(yardstick_multimin_nmsimplex2(), dimensions) else {
                fatalError("gsl_multimin_fminimizer_alloc: out of memory")
            }
            raw = m
            n = dimensions
        }

        deinit { gsl_multimin_fminimizer_free(raw) }

        /// Boxes the Swift closure for GSL's `params` pointer.
        final class Box {
            let f: ([Double]) -> Double
            let n: Int
            init(_ f: @escaping ([Double]) -> Double, n: Int) { self.f = f; self.n = n }
        }

        static func vector(_ values: [Double]) -> UnsafeMutablePointer<gsl_vector> {
            guard let v = gsl_vector_alloc(values.count) else { fatalError("gsl_vector_alloc: out of memory") }
            for (i, x) in values.enumerated() { gsl_vector_set(v, i, x) }
            return v
        }

        static func array(_ v: UnsafePointer<gsl_vector>, _ n: Int) -> [Double] {
            (0..<n).map { gsl_vector_get(v, $0) }
        }

        func minimize(start: [Double], steps: [Double], tolerance: Double, maxIterations: Int,
                      _ f: @escaping ([Double]) -> Double) throws(GSLError) -> Minimum {
            let box = Unmanaged.passRetained(Box(f, n: n))
            defer { box.release() }
            let x = Self.vector(start), ss = Self.vector(steps)
            defer { gsl_vector_free(x); gsl_vector_free(ss) }
            var function = gsl_multimin_function(
                f: { v, params in
                    let b = Unmanaged<Box>.fromOpaque(params!).takeUnretainedValue()
                    let y = b.f(Simplex.array(v!, b.n))
                    return y.isNaN ? .infinity : y
                },
                n: n, params: box.toOpaque())
            try GSLCheck.run("gsl_multimin_fminimizer_set") { gsl_multimin_fminimizer_set(raw, &function, x, ss) }
            for iteration in 1...max(1, maxIterations) {
                try GSLCheck.run("gsl_multimin_fminimizer_iterate") { gsl_multimin_fminimizer_iterate(raw) }
                let size = gsl_multimin_fminimizer_size(raw)
                if gsl_multimin_test_size(size, tolerance) == Int32(GSL_SUCCESS) {
                    return Minimum(x: Self.array(raw.pointee.x, n), value: raw.pointee.fval, iterations: iteration)
                }
            }
            throw GSLError(status: Int32(GSL_EMAXITER), function: "gsl_multimin_fminimizer_iterate",
                           reason: "no convergence in \(maxIterations) iterations")
        }
    }
}
