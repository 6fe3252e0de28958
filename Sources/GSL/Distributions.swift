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
        return gsl_cdf_tdist_Pinv(p, degreesOfFreedom)
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
