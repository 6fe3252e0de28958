import Foundation
import GSL

/// A constant-growth trend fitted to yearly levels: ln(level) = a + b·year by least squares (through GSL),
/// so the annual growth rate is e^b − 1, with a t-based confidence interval.
public struct LogLinearTrend: Sendable, Equatable {
    /// The line on the log scale.
    public var fit: LinearFit
    /// Annual growth rate as a fraction (0.47 is 47% a year).
    public var growthRate: Double
    /// 95% confidence interval of the growth rate.
    public var growthLow95: Double
    public var growthHigh95: Double
    /// Number of years fitted.
    public var n: Int

    /// Why a trend cannot be fitted, and what to do instead.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case tooFewPoints(Int)
        case nonPositiveLevel(year: Int)
        case duplicateYear(Int)
        case gsl(String)

        public var description: String {
            switch self {
            case .tooFewPoints(let n): "a trend with an interval needs three or more years, not \(n); use the CAGR of two points"
            case .nonPositiveLevel(let y): "the level of \(y) is zero or negative: a log-linear trend needs positive levels"
            case .duplicateYear(let y): "\(y) appears twice: give one level per year"
            case .gsl(let reason): reason
            }
        }
    }

    /// Quantities AICc counts: intercept, slope and the error variance.
    public static let parameterCount = 3
    /// AICc on the log levels, comparable with `DampedTrend.aicc` on the same years (nil where it does not exist).
    public var aicc: Double? { InformationCriterion.aicc(sumOfSquares: fit.residualSumOfSquares, n: n, parameters: Self.parameterCount) }

    /// Fits the trend to (year, level) pairs by ordinary least squares on the log scale.
    public init(years: [Int], levels: [Double]) throws(Problem) {
        guard years.count >= 3 else { throw .tooFewPoints(years.count) }
        for (i, (y, v)) in zip(years, levels).enumerated() {
            guard v > 0, v.isFinite else { throw .nonPositiveLevel(year: y) }
            // A series has a handful of years: each is compared with those before it rather than kept in a set.
            guard !years[..<i].contains(y) else { throw .duplicateYear(y) }
        }
        let x = years.map(Double.init), y = levels.map { Foundation.log($0) }
        do throws(GSLError) {
            fit = try LinearFit.ordinary(x: x, y: y)
            let t = try Distributions.studentTQuantile(0.975, degreesOfFreedom: Double(years.count - 2))
            let se = fit.covSlopeSlope.squareRoot()
            growthRate = Foundation.exp(fit.slope) - 1
            growthLow95 = Foundation.exp(fit.slope - t * se) - 1
            growthHigh95 = Foundation.exp(fit.slope + t * se) - 1
        } catch {
            throw .gsl(error.description)
        }
        n = years.count
    }

    /// The level the trend gives for `year`, with 80% and 95% prediction intervals.
    public func projection(to year: Int) throws(Problem) -> Projection {
        do throws(GSLError) {
            let at = try fit.estimate(at: Double(year))
            let residualVariance = fit.residualSumOfSquares / Double(n - 2)
            let sePredict = (residualVariance + at.standardError * at.standardError).squareRoot()
            let df = Double(n - 2)
            let t95 = try Distributions.studentTQuantile(0.975, degreesOfFreedom: df)
            let t80 = try Distributions.studentTQuantile(0.90, degreesOfFreedom: df)
            return Projection(year: year, value: Foundation.exp(at.value),
                              low80: Foundation.exp(at.value - t80 * sePredict), high80: Foundation.exp(at.value + t80 * sePredict),
                              low95: Foundation.exp(at.value - t95 * sePredict), high95: Foundation.exp(at.value + t95 * sePredict))
        } catch {
            throw .gsl(error.description)
        }
    }
}

/// A projected level with its prediction intervals.
public struct Projection: Sendable, Equatable {
    public var year: Int
    public var value: Double
    public var low80: Double
    public var high80: Double
    public var low95: Double
    public var high95: Double
}
