import Foundation
import GSL

/// How a projection extends a series.
public enum ProjectionModel: String, Sendable, CaseIterable {
    /// Constant growth: a line through the logarithms of the levels.
    case loglinear
    /// Constant yearly increase: a line through the levels.
    case linear
}

/// A projection of one series to a year, with prediction intervals when the data allow them.
public struct ProjectionResult: Sendable, Equatable {
    public var model: ProjectionModel
    /// How many yearly levels it rests on, and their years.
    public var years: [Int]
    public var projection: Projection?
    /// Why no interval (or no projection) could be given.
    public var note: String?
}

/// Projects yearly levels forward: a fitted line with 80% and 95% prediction intervals from three points, the CAGR
/// of two points (no interval), nothing from one.
public enum Projector {
    public static func project(years: [Int], levels: [Double], to year: Int, model: ProjectionModel) -> ProjectionResult {
        var result = ProjectionResult(model: model, years: years, projection: nil, note: nil)
        guard let last = years.last else {
            result.note = "no yearly levels to project from"
            return result
        }
        if year <= last {
            result.note = "\(year) is not after the last known year \(last)"
            return result
        }
        switch years.count {
        case 0, 1:
            result.note = "one yearly level only: nothing to project from"
        case 2:
            do {
                let g = try CompoundGrowth(from: levels[0], to: levels[1], years: Double(years[1] - years[0]))
                let v = levels[1] * Foundation.pow(1 + g.rate, Double(year - years[1]))
                result.projection = Projection(year: year, value: v, low80: v, high80: v, low95: v, high95: v)
                result.note = "two points: the CAGR (\(String(format: "%.1f", g.rate * 100))% a year) extended; no interval can be given"
            } catch {
                result.note = "no projection: \(error)"
            }
        default:
            do {
                switch model {
                case .loglinear:
                    result.projection = try LogLinearTrend(years: years, levels: levels).projection(to: year)
                case .linear:
                    result.projection = try linear(years: years, levels: levels, to: year)
                }
            } catch {
                result.note = "no projection: \(error)"
            }
        }
        return result
    }

    /// A straight line through the levels with t-based prediction intervals.
    static func linear(years: [Int], levels: [Double], to year: Int) throws(LogLinearTrend.Problem) -> Projection {
        do throws(GSLError) {
            let fit = try LinearFit.ordinary(x: years.map(Double.init), y: levels)
            let at = try fit.estimate(at: Double(year))
            let se = (fit.residualSumOfSquares / Double(fit.n - 2) + at.standardError * at.standardError).squareRoot()
            let df = Double(fit.n - 2)
            let t95 = try Distributions.studentTQuantile(0.975, degreesOfFreedom: df)
            let t80 = try Distributions.studentTQuantile(0.90, degreesOfFreedom: df)
            return Projection(year: year, value: at.value, low80: at.value - t80 * se, high80: at.value + t80 * se,
                              low95: at.value - t95 * se, high95: at.value + t95 * se)
        } catch {
            throw .gsl(error.description)
        }
    }
}
