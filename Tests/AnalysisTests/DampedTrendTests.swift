import Foundation
import GSL
import Testing
@testable import Analysis

/// Holt's damped trend on log levels against statsmodels, from Scripts/fixtures/damped_trend.py
/// ("# statsmodels 0.15.0, numpy 2.4.6, scipy 1.17.1"). The series are made up for the tests.
@Suite("Damped trend")
struct DampedTrendTests {
    static let slowing: [Double] = [100, 130, 162, 195, 221, 246, 262, 280, 291, 301]
    static let slowingYears = Array(2015...2024)
    static let steady: [Double] = [10, 11.5, 13.3, 15.1, 17.6, 20.0, 23.1, 26.4]
    static let steadyYears = Array(2017...2024)
    static let fixed = DampedTrend.Parameters(alpha: 0.7, beta: 0.2, phi: 0.9, level0: 4.4, trend0: 0.3)

    static func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-10) -> Bool { abs(a - b) <= tolerance * max(abs(b), 1e-300) }

    @Test("with fixed parameters the one-step recursion and its SSE equal statsmodels' ExponentialSmoothing to 1e-10")
    func recursion() throws {
        let t = try DampedTrend(years: Self.slowingYears, levels: Self.slowing, parameters: Self.fixed)
        let expected = [4.67, 4.855949763669521, 5.0743418581713255, 5.275260330361462, 5.445747155602129,
                        5.558735264957038, 5.643407487907899, 5.687201411800033, 5.72778323172035, 5.749401540283034]
        #expect(zip(t.fitted, expected).allSatisfy { Self.close($0, $1) })
        #expect(Self.close(t.sse, 0.022770029546224257))
    }

    @Test("point forecasts one to six years ahead, l + (φ + … + φ^h) b, equal statsmodels' to 1e-10")
    func forecasts() throws {
        let t = try DampedTrend(years: Self.slowingYears, levels: Self.slowing, parameters: Self.fixed)
        let expected = [5.765951473185171, 5.807489916383614, 5.844874515262212, 5.878520654252951, 5.908802179344616,
                        5.936055551927114]
        for (h, e) in zip(1..., expected) { #expect(Self.close(t.logForecast(steps: h), e), "h = \(h)") }
    }

    @Test("the class-1 variance formula gives statsmodels ETSModel's 80% and 95% intervals (σ² = SSE/n) to 1e-9")
    func intervalFormula() throws {
        let t = try DampedTrend(years: Self.slowingYears, levels: Self.slowing, parameters: Self.fixed)
        let mse = t.sse / Double(t.n)
        #expect(Self.close(mse, 0.002277002954622435))
        let lower95 = [5.672426005611997, 5.682907814869651, 5.686704063114476, 5.685236458993719, 5.679505528988991, 5.670269489010317]
        let upper95 = [5.859476940758346, 5.9320720178975765, 6.003044967409949, 6.0718048495121835, 6.138098829700241, 6.201841614843912]
        let lower80 = [5.704798456939916, 5.726030058705911, 5.74145241558501, 5.752138912045772, 5.7588731584262325, 5.762267386574224]
        let upper80 = [5.827104489430426, 5.888949774061317, 5.948296614939415, 6.004902396460131, 6.058731200263, 6.109843717280005]
        let z95 = try Distributions.normalQuantile(0.975), z80 = try Distributions.normalQuantile(0.90)
        for h in 1...6 {
            let se = (mse * t.relativeVariance(steps: h)).squareRoot(), f = t.logForecast(steps: h)
            #expect(Self.close(f - z95 * se, lower95[h - 1], 1e-9) && Self.close(f + z95 * se, upper95[h - 1], 1e-9), "h = \(h)")
            #expect(Self.close(f - z80 * se, lower80[h - 1], 1e-9) && Self.close(f + z80 * se, upper80[h - 1], 1e-9), "h = \(h)")
        }
    }

    @Test("the projection uses forecast::ets's σ² = SSE/(n − 5), so its 95% interval is wider than statsmodels' SSE/n one")
    func projectionInterval() throws {
        let t = try DampedTrend(years: Self.slowingYears, levels: Self.slowing, parameters: Self.fixed)
        let p = try t.projection(to: 2027)
        #expect(Self.close(Foundation.log(p.value), 5.844874515262212))
        let z95 = try Distributions.normalQuantile(0.975)
        let se = (t.sse / 5 * t.relativeVariance(steps: 3)).squareRoot()
        #expect(Self.close(Foundation.log(p.high95), 5.844874515262212 + z95 * se, 1e-12))
        #expect(Foundation.log(p.high95) > 6.003044967409949 && Foundation.log(p.low95) < 5.686704063114476)
    }

    @Test("the free fit reaches statsmodels' least SSE or better, within forecast::ets's bounds", arguments: [
        ("slowing", 0.001158823552745333), ("steady", 0.00035473989146419003),
    ])
    func freeFit(name: String, statsmodelsSSE: Double) throws {
        let (years, levels) = name == "slowing" ? (Self.slowingYears, Self.slowing) : (Self.steadyYears, Self.steady)
        let t = try DampedTrend(years: years, levels: levels)
        #expect(t.sse <= statsmodelsSSE * (1 + 1e-6))
        let p = t.parameters
        #expect(DampedTrend.smoothingBounds.contains(p.alpha) && p.beta <= p.alpha && DampedTrend.phiBounds.contains(p.phi))
    }

    @Test("AICc on the logs: the damped trend wins on the slowing series, the log-linear trend on the steady one (as the script's)")
    func aicc() throws {
        let slowing = try DampedTrend(years: Self.slowingYears, levels: Self.slowing)
        let slowingLine = try LogLinearTrend(years: Self.slowingYears, levels: Self.slowing)
        #expect(Self.close(slowingLine.aicc!, -5.921674626304778, 1e-9))
        // statsmodels' SSE gives −22.2506; an SSE at least as small gives an AICc at least as low.
        #expect(slowing.aicc! <= -22.250579937435447 + 1e-6)
        #expect(slowing.aicc! < slowingLine.aicc!)
        let steady = try DampedTrend(years: Self.steadyYears, levels: Self.steady)
        let steadyLine = try LogLinearTrend(years: Self.steadyYears, levels: Self.steady)
        #expect(Self.close(steadyLine.aicc!, -51.68080298402477, 1e-9))
        #expect(steady.aicc! > steadyLine.aicc!)
    }

    @Test("series it cannot fit are refused with a reason: too few levels, a missing year, a zero level")
    func refused() {
        #expect(throws: DampedTrend.Problem.tooFewPoints(6)) { try DampedTrend(years: Array(2019...2024), levels: [1, 2, 3, 4, 5, 6]) }
        #expect(throws: DampedTrend.Problem.notConsecutive(missing: 2020)) {
            try DampedTrend(years: [2019, 2021, 2022, 2023, 2024, 2025, 2026], levels: [1, 2, 3, 4, 5, 6, 7])
        }
        #expect(throws: DampedTrend.Problem.nonPositiveLevel(year: 2021)) {
            try DampedTrend(years: Array(2019...2025), levels: [1, 2, 0, 4, 5, 6, 7])
        }
    }
}
