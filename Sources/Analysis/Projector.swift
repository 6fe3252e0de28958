import Foundation
import GSL

/// How a projection extends a series.
public enum ProjectionModel: String, Sendable, CaseIterable {
    /// The log-linear or the damped trend, whichever has the lower AICc where there are enough levels to weigh
    /// them; the log-linear trend otherwise.
    case auto
    /// Constant growth: a line through the logarithms of the levels.
    case loglinear
    /// Growth that may fade: Holt's damped trend on the logarithms (ETS(A,Ad,N)).
    case damped
    /// Constant yearly increase: a line through the levels.
    case linear

    /// How a reader is told which model it is.
    public var words: String {
        switch self {
        case .auto: "chosen by AICc"
        case .loglinear: "log-linear trend (constant growth)"
        case .damped: "damped trend (growth that fades)"
        case .linear: "linear trend (constant increase)"
        }
    }
}

/// A projection of one series to a year, with prediction intervals when the data allow them.
public struct ProjectionResult: Sendable, Equatable {
    /// The model that made the projection (never `auto`).
    public var model: ProjectionModel
    /// The model asked for.
    public var requested: ProjectionModel
    /// Why `model` was used when it is not simply the one asked for (auto's choice, or a fallback).
    public var choice: String?
    /// How many yearly levels it rests on, and their years.
    public var years: [Int]
    public var projection: Projection?
    /// Why no interval (or no projection) could be given.
    public var note: String?

    /// How far past the last level the projection reaches, and how far back the levels reach.
    public var horizon: Int? { projection.flatMap { p in years.last.map { p.year - $0 } } }
    public var reach: Int? { years.last.flatMap { l in years.first.map { l - $0 } } }

    /// The target year lies further ahead of the last level than the data reach back.
    public var beyondData: Bool {
        guard let h = horizon, let r = reach else { return false }
        return h > r
    }

    /// The 95% interval is too wide to judge a target by (see `Projection.judgeableRatio`).
    public var tooWideToJudge: Bool { projection.map { $0.hasInterval && $0.tooWideToJudge } ?? false }

    /// The plain sentences a reader must see beside the numbers.
    public var warnings: [String] {
        var out: [String] = []
        if beyondData, let p = projection, let last = years.last, let first = years.first, let h = horizon, let r = reach {
            out.append("\(p.year) is \(h) years past the last level (\(last)), further ahead than the data reach back "
                       + "(\(r) \(r == 1 ? "year" : "years"), \(first)–\(last)): an extrapolation beyond anything the series has shown")
        }
        if tooWideToJudge, let p = projection {
            let ratio = p.widthRatio.isFinite ? "a factor of \(Self.factor(p.widthRatio))" : "from zero or below"
            out.append("the 95% interval spans \(ratio) (high ÷ low): too wide to judge a target by "
                       + "(Yardstick judges only within a factor of \(Int(Projection.judgeableRatio)))")
        }
        return out
    }

    static func factor(_ r: Double) -> String { r < 100 ? String(format: "%.1f", r) : String(Int(r.rounded())) }
}

extension Projection {
    /// Widest 95% interval (high ÷ low) a target is judged by: ×4 reaches from half the interval's geometric centre
    /// to double it, so past it the data cannot tell a level from its half or its double, a wider miss than most
    /// targets are from their trend.
    public static let judgeableRatio = 4.0

    /// High ÷ low of the 95% interval; infinite when the low end is zero or below.
    public var widthRatio: Double { low95 > 0 ? high95 / low95 : .infinity }
    /// Whether an interval was given at all (two points give a point only).
    public var hasInterval: Bool { low95 != high95 }
    /// The 95% interval is too wide to judge a target by.
    public var tooWideToJudge: Bool { widthRatio > Self.judgeableRatio }
}

/// Projects yearly levels forward: a fitted trend with 80% and 95% prediction intervals from three points (the damped
/// trend from seven consecutive years, weighed against the log-linear one by AICc from eight), the CAGR of two points
/// (no interval), nothing from one.
public enum Projector {
    /// Fewest levels on which `auto` weighs the damped trend: its AICc (six quantities) needs n > 7.
    public static let autoMinimumLevels = DampedTrend.parameterCount + 2

    public static func project(years: [Int], levels: [Double], to year: Int, model: ProjectionModel) -> ProjectionResult {
        var result = ProjectionResult(model: model == .auto ? .loglinear : model, requested: model,
                                      choice: nil, years: years, projection: nil, note: nil)
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
            if result.model == .damped {
                result.model = .loglinear
                result.choice = "two levels are too few for a damped trend: their constant growth instead"
            }
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
                case .damped:
                    do throws(DampedTrend.Problem) {
                        result.projection = try DampedTrend(years: years, levels: levels).projection(to: year)
                    } catch {
                        result.model = .loglinear
                        result.choice = "no damped trend (\(error)): the log-linear trend instead"
                        result.projection = try LogLinearTrend(years: years, levels: levels).projection(to: year)
                    }
                case .auto:
                    let chosen = try auto(years: years, levels: levels)
                    result.model = chosen.model
                    result.choice = chosen.why
                    if let d = chosen.damped {
                        result.projection = try projectDamped(d, to: year)
                    } else {
                        result.projection = try LogLinearTrend(years: years, levels: levels).projection(to: year)
                    }
                }
            } catch {
                result.note = "no projection: \(error)"
            }
        }
        return result
    }

    /// Auto's choice between the log-linear and the damped trend, and why.
    static func auto(years: [Int], levels: [Double]) throws(LogLinearTrend.Problem)
        -> (model: ProjectionModel, why: String, damped: DampedTrend?) {
        let line = try LogLinearTrend(years: years, levels: levels)
        guard years.count >= autoMinimumLevels else {
            return (.loglinear, "\(years.count) yearly levels are too few to weigh a damped trend against constant growth "
                    + "(its AICc needs \(autoMinimumLevels) or more): the log-linear trend", nil)
        }
        let damped: DampedTrend
        do throws(DampedTrend.Problem) {
            damped = try DampedTrend(years: years, levels: levels)
        } catch {
            return (.loglinear, "no damped trend (\(error)): the log-linear trend", nil)
        }
        guard let a = line.aicc, let d = damped.aicc else {
            return (.loglinear, "AICc cannot be computed (a perfect fit): the log-linear trend", nil)
        }
        let numbers = "AICc on the logs \(String(format: "%.1f", d)) damped against \(String(format: "%.1f", a)) log-linear, lower is better"
        return d < a ? (.damped, "the damped trend: \(numbers)", damped) : (.loglinear, "the log-linear trend: \(numbers)", nil)
    }

    static func projectDamped(_ d: DampedTrend, to year: Int) throws(LogLinearTrend.Problem) -> Projection {
        do throws(DampedTrend.Problem) {
            return try d.projection(to: year)
        } catch {
            throw .gsl(error.description)
        }
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
