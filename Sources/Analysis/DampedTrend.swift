import Foundation
import GSL

/// Holt's damped trend on the logarithms of consecutive yearly levels, ETS(A,Ad,N) as forecast::ets fits it:
/// growth that may fade, fitted by maximum likelihood (least squares of the one-step errors) with GSL's simplex.
public struct DampedTrend: Sendable, Equatable {
    /// The smoothing parameters and initial states, in ETS's error-correction form:
    /// l_t = l_{t−1} + φ b_{t−1} + α e_t, b_t = φ b_{t−1} + β e_t, with e_t = y_t − (l_{t−1} + φ b_{t−1}).
    public struct Parameters: Sendable, Equatable {
        public var alpha: Double
        public var beta: Double
        public var phi: Double
        /// Level and trend (log scale) the year before the first level.
        public var level0: Double
        public var trend0: Double

        public init(alpha: Double, beta: Double, phi: Double, level0: Double, trend0: Double) {
            self.alpha = alpha
            self.beta = beta
            self.phi = phi
            self.level0 = level0
            self.trend0 = trend0
        }
    }

    /// Why the damped trend cannot be fitted.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case tooFewPoints(Int)
        case nonPositiveLevel(year: Int)
        case notConsecutive(missing: Int)
        case gsl(String)

        public var description: String {
            switch self {
            case .tooFewPoints(let n):
                "a damped trend estimates five quantities and needs \(DampedTrend.minimumLevels) or more yearly levels, not \(n)"
            case .nonPositiveLevel(let y): "the level of \(y) is zero or negative: a trend on the logs needs positive levels"
            case .notConsecutive(let y): "no level for \(y): a damped trend needs one level every year"
            case .gsl(let reason): reason
            }
        }
    }

    /// Fewest levels fitted: forecast::ets refuses five estimated quantities on fewer than seven points.
    public static let minimumLevels = 7
    /// Quantities AICc counts: α, β, φ, l0, b0 and the error variance.
    public static let parameterCount = 6
    /// forecast::ets's usual bounds: α and β/α in [1e-4, 0.9999] (so β < α), φ in [0.8, 0.98].
    public static let smoothingBounds = 1e-4...0.9999
    public static let phiBounds = 0.8...0.98

    public var parameters: Parameters
    public var years: [Int]
    /// The logarithms of the levels.
    public var logLevels: [Double]
    /// One-step fitted values (log scale), one per level.
    public var fitted: [Double]
    /// Sum of squared one-step errors.
    public var sse: Double
    /// Level and trend after the last year.
    public var level: Double
    public var trend: Double

    public var n: Int { logLevels.count }
    /// The error variance as forecast::ets estimates it: SSE over n less the five estimated quantities.
    public var sigma2: Double { sse / Double(n - 5) }
    /// AICc on the log levels (nil where it does not exist).
    public var aicc: Double? { InformationCriterion.aicc(sumOfSquares: sse, n: n, parameters: Self.parameterCount) }

    /// Runs the recursion with given parameters (no fitting).
    public init(years: [Int], levels: [Double], parameters: Parameters) throws(Problem) {
        try Self.validate(years: years, levels: levels, minimum: 1)
        self.years = years
        logLevels = levels.map { Foundation.log($0) }
        self.parameters = parameters
        let run = Self.filter(logLevels, parameters)
        fitted = run.fitted
        sse = run.sse
        level = run.level
        trend = run.trend
    }

    /// Fits α, β, φ, l0 and b0 by minimising the sum of squared one-step errors within forecast::ets's bounds.
    public init(years: [Int], levels: [Double]) throws(Problem) {
        try Self.validate(years: years, levels: levels, minimum: Self.minimumLevels)
        let y = levels.map { Foundation.log($0) }
        let best = try Self.fit(y)
        try self.init(years: years, levels: levels, parameters: best)
    }

    private static func validate(years: [Int], levels: [Double], minimum: Int) throws(Problem) {
        guard years.count >= minimum, years.count == levels.count else { throw .tooFewPoints(years.count) }
        for (y, v) in zip(years, levels) where !(v > 0 && v.isFinite) { throw .nonPositiveLevel(year: y) }
        for (a, b) in zip(years, years.dropFirst()) where b != a + 1 { throw .notConsecutive(missing: a + 1) }
    }

    /// The one-step recursion: fitted values, SSE, and the final level and trend.
    static func filter(_ y: [Double], _ p: Parameters) -> (fitted: [Double], sse: Double, level: Double, trend: Double) {
        var l = p.level0, b = p.trend0, sse = 0.0
        var fitted: [Double] = []
        fitted.reserveCapacity(y.count)
        for v in y {
            let forecast = l + p.phi * b
            let e = v - forecast
            fitted.append(forecast)
            sse += e * e
            l = forecast + p.alpha * e
            b = p.phi * b + p.beta * e
        }
        return (fitted, sse, l, b)
    }

    /// The point forecast on the log scale `h` years past the last: l + (φ + φ² + … + φ^h) b.
    public func logForecast(steps h: Int) -> Double {
        var damp = 0.0, power = 1.0
        for _ in 0..<max(h, 0) {
            power *= parameters.phi
            damp += power
        }
        return level + damp * trend
    }

    /// The h-step forecast variance over σ² (Hyndman et al. 2008, class 1, ETS(A,Ad,N)):
    /// 1 + α²(h−1) + βφh(2α(1−φ) + βφ)/(1−φ)² − βφ(1−φ^h)(2α(1−φ²) + βφ(1+2φ−φ^h))/((1−φ)²(1−φ²)).
    public func relativeVariance(steps h: Int) -> Double {
        let a = parameters.alpha, b = parameters.beta, f = parameters.phi, hh = Double(h)
        let fh = Foundation.pow(f, hh)
        let first = b * f * hh * (2 * a * (1 - f) + b * f) / ((1 - f) * (1 - f))
        let second = b * f * (1 - fh) * (2 * a * (1 - f * f) + b * f * (1 + 2 * f - fh)) / ((1 - f) * (1 - f) * (1 - f * f))
        return 1 + a * a * (hh - 1) + first - second
    }

    /// The level the damped trend gives for `year`, with 80% and 95% normal prediction intervals on the log scale,
    /// exponentiated (so the point is the median level).
    public func projection(to year: Int) throws(Problem) -> Projection {
        guard let last = years.last, year > last else { throw .gsl("\(year) is not after the last year") }
        let h = year - last
        let centre = logForecast(steps: h)
        let se = (sigma2 * relativeVariance(steps: h)).squareRoot()
        do throws(GSLError) {
            let z95 = try Distributions.normalQuantile(0.975), z80 = try Distributions.normalQuantile(0.90)
            return Projection(year: year, value: Foundation.exp(centre),
                              low80: Foundation.exp(centre - z80 * se), high80: Foundation.exp(centre + z80 * se),
                              low95: Foundation.exp(centre - z95 * se), high95: Foundation.exp(centre + z95 * se))
        } catch {
            throw .gsl(error.description)
        }
    }
}

extension DampedTrend {
    /// The smallest SSE the simplex finds from several starts (forecast::ets's own start among them), each
    /// restarted once from where it stopped so a collapsed simplex does not end the search early.
    static func fit(_ y: [Double]) throws(Problem) -> Parameters {
        // Starting states: a line through the first (up to ten) logs, as forecast::ets's initstate does.
        let m = min(10, y.count)
        let line: LinearFit
        do throws(GSLError) {
            line = try LinearFit.ordinary(x: (1...m).map(Double.init), y: Array(y.prefix(m)))
        } catch {
            throw .gsl(error.description)
        }
        let spread = max(y.max()! - y.min()!, 0.01)
        var best: (value: Double, x: [Double])?
        // Four starts in (α, β/α): forecast::ets's (0.2, 0.1) and three that reached the least SSE on the fixture series.
        for (alpha, betaStar) in [(0.2, 0.1), (0.01, 0.5), (0.5, 0.1), (0.9, 0.5)] {
            var x = [alpha, betaStar, 0.978, line.intercept, line.slope]
            for _ in 0..<3 {
                do throws(GSLError) {
                    let found = try Minimizer.nelderMead(
                        start: x, steps: [0.1, 0.1, 0.05, 0.1 * spread, 0.1 * spread], tolerance: 1e-10,
                        maxIterations: 5_000) { objective(y, $0) }
                    x = found.x
                    if found.value < (best?.value ?? .infinity) { best = (found.value, found.x) }
                } catch {
                    break  // this start did not converge; the others decide
                }
            }
        }
        guard let found = best else { throw .gsl("the simplex did not converge from any start") }
        return parameters(clamped(found.x))
    }

    /// The parameters a simplex point stands for: smoothing parameters as α, β/α, φ.
    static func parameters(_ x: [Double]) -> Parameters {
        Parameters(alpha: x[0], beta: x[0] * x[1], phi: x[2], level0: x[3], trend0: x[4])
    }

    /// The point moved into the bounds.
    static func clamped(_ x: [Double]) -> [Double] {
        var c = x
        c[0] = min(max(x[0], smoothingBounds.lowerBound), smoothingBounds.upperBound)
        c[1] = min(max(x[1], smoothingBounds.lowerBound), smoothingBounds.upperBound)
        c[2] = min(max(x[2], phiBounds.lowerBound), phiBounds.upperBound)
        return c
    }

    /// SSE at the bounded point, raised in proportion to how far the simplex strayed outside the bounds (so it comes
    /// back to them whatever the scale of the SSE).
    static func objective(_ y: [Double], _ x: [Double]) -> Double {
        let c = clamped(x)
        let outside = zip(x.prefix(3), c.prefix(3)).reduce(0.0) { $0 + abs($1.0 - $1.1) }
        return sumOfSquares(y, parameters(c)) * (1 + outside)
    }

    /// The SSE of the recursion alone (what the simplex evaluates thousands of times).
    static func sumOfSquares(_ y: [Double], _ p: Parameters) -> Double {
        var l = p.level0, b = p.trend0, sse = 0.0
        for v in y {
            let forecast = l + p.phi * b
            let e = v - forecast
            sse += e * e
            l = forecast + p.alpha * e
            b = p.phi * b + p.beta * e
        }
        return sse
    }
}
