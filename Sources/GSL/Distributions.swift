import CGSL

/// Quantiles of the distributions that confidence and prediction intervals need.
public enum Distributions {
    /// The `p` quantile of Student's t with `degreesOfFreedom` degrees of freedom (`gsl_cdf_tdist_Pinv`).
    public static func studentTQuantile(_ p: Double, degreesOfFreedom: Double) throws(GSLError) -> Double {
        configureGSL()
        guard p > 0, p < 1, degreesOfFreedom > 0 else {
            throw GSLError(status: Int32(GSL_EDOM), function: "gsl_cdf_tdist_Pinv",
                           reason: "p must lie in (0, 1) and the degrees of freedom be positive")
        }
        // The two levels every interval uses, at whole degrees of freedom: from a table GSL filled once (a check of a
        // large store asks for them hundreds of thousands of times, each a series expansion).
        if degreesOfFreedom == degreesOfFreedom.rounded(), degreesOfFreedom <= Double(tabulatedDegrees) {
            if p == 0.975 { return t975[Int(degreesOfFreedom) - 1] }
            if p == 0.90 { return t90[Int(degreesOfFreedom) - 1] }
        }
        return gsl_cdf_tdist_Pinv(p, degreesOfFreedom)
    }

    /// How many whole degrees of freedom the tables hold.
    static let tabulatedDegrees = 200
    /// The 0.975 and 0.90 quantiles of Student's t for 1…`tabulatedDegrees` degrees of freedom.
    static let t975: [Double] = tabulate(0.975)
    static let t90: [Double] = tabulate(0.90)

    private static func tabulate(_ p: Double) -> [Double] {
        configureGSL()
        return (1...tabulatedDegrees).map { gsl_cdf_tdist_Pinv(p, Double($0)) }
    }

    /// P(T ≤ x) for Student's t with `degreesOfFreedom` degrees of freedom (`gsl_cdf_tdist_P`).
    public static func studentTCDF(_ x: Double, degreesOfFreedom: Double) throws(GSLError) -> Double {
        configureGSL()
        guard x.isFinite, degreesOfFreedom > 0 else {
            throw GSLError(status: Int32(GSL_EDOM), function: "gsl_cdf_tdist_P",
                           reason: "x must be finite and the degrees of freedom positive")
        }
        return gsl_cdf_tdist_P(x, degreesOfFreedom)
    }

    /// The `p` quantile of the standard normal distribution (`gsl_cdf_ugaussian_Pinv`).
    public static func normalQuantile(_ p: Double) throws(GSLError) -> Double {
        configureGSL()
        guard p > 0, p < 1 else {
            throw GSLError(status: Int32(GSL_EDOM), function: "gsl_cdf_ugaussian_Pinv", reason: "p must lie in (0, 1)")
        }
        return gsl_cdf_ugaussian_Pinv(p)
    }
}
