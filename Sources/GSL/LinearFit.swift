import CGSL

/// The least-squares line y = c0 + c1·x with its covariance, from `gsl_fit_linear` or `gsl_fit_wlinear`.
public struct LinearFit: Sendable, Equatable {
    public var intercept: Double
    public var slope: Double
    /// Variance of the intercept, covariance of intercept and slope, variance of the slope.
    public var covInterceptIntercept: Double
    public var covInterceptSlope: Double
    public var covSlopeSlope: Double
    /// Sum of squared residuals (weighted for a weighted fit: the chi-squared).
    public var residualSumOfSquares: Double
    /// Number of points.
    public var n: Int

    /// Ordinary least squares (`gsl_fit_linear`): the covariance is scaled by the residual variance.
    public static func ordinary(x: [Double], y: [Double]) throws(GSLError) -> LinearFit {
        try check(x: x, y: y, function: "gsl_fit_linear")
        var c0 = 0.0, c1 = 0.0, cov00 = 0.0, cov01 = 0.0, cov11 = 0.0, sumsq = 0.0
        try GSLCheck.run("gsl_fit_linear") {
            x.withUnsafeBufferPointer { xs in
                y.withUnsafeBufferPointer { ys in
                    gsl_fit_linear(xs.baseAddress, 1, ys.baseAddress, 1, x.count, &c0, &c1, &cov00, &cov01, &cov11, &sumsq)
                }
            }
        }
        return LinearFit(intercept: c0, slope: c1, covInterceptIntercept: cov00, covInterceptSlope: cov01,
                         covSlopeSlope: cov11, residualSumOfSquares: sumsq, n: x.count)
    }

    /// Weighted least squares (`gsl_fit_wlinear`) with weights 1/σ²: the covariance comes from the weights alone.
    public static func weighted(x: [Double], y: [Double], weights: [Double]) throws(GSLError) -> LinearFit {
        try check(x: x, y: y, function: "gsl_fit_wlinear")
        guard weights.count == x.count, weights.allSatisfy({ $0 > 0 && $0.isFinite }) else {
            throw GSLError(status: Int32(GSL_EINVAL), function: "gsl_fit_wlinear",
                           reason: "one positive, finite weight per point is needed")
        }
        var c0 = 0.0, c1 = 0.0, cov00 = 0.0, cov01 = 0.0, cov11 = 0.0, chisq = 0.0
        try GSLCheck.run("gsl_fit_wlinear") {
            x.withUnsafeBufferPointer { xs in
                y.withUnsafeBufferPointer { ys in
                    weights.withUnsafeBufferPointer { ws in
                        gsl_fit_wlinear(xs.baseAddress, 1, ws.baseAddress, 1, ys.baseAddress, 1, x.count,
                                        &c0, &c1, &cov00, &cov01, &cov11, &chisq)
                    }
                }
            }
        }
        return LinearFit(intercept: c0, slope: c1, covInterceptIntercept: cov00, covInterceptSlope: cov01,
                         covSlopeSlope: cov11, residualSumOfSquares: chisq, n: x.count)
    }

    private static func check(x: [Double], y: [Double], function: String) throws(GSLError) {
        guard x.count == y.count, x.count >= 2 else {
            throw GSLError(status: Int32(GSL_EINVAL), function: function, reason: "two or more (x, y) pairs are needed")
        }
        guard x.allSatisfy(\.isFinite), y.allSatisfy(\.isFinite) else {
            throw GSLError(status: Int32(GSL_EDOM), function: function, reason: "every x and y must be finite")
        }
        guard Set(x).count >= 2 else {
            throw GSLError(status: Int32(GSL_EINVAL), function: function, reason: "x must take at least two values")
        }
    }

    /// The fitted value at `x` and its standard error (`gsl_fit_linear_est`).
    public func estimate(at x: Double) throws(GSLError) -> FittedValue {
        var y = 0.0, err = 0.0
        try GSLCheck.run("gsl_fit_linear_est") {
            gsl_fit_linear_est(x, intercept, slope, covInterceptIntercept, covInterceptSlope, covSlopeSlope, &y, &err)
        }
        return FittedValue(value: y, standardError: err)
    }
}

/// A value on a fitted line and the standard error of the line there.
public struct FittedValue: Sendable, Equatable {
    public var value: Double
    public var standardError: Double
}
