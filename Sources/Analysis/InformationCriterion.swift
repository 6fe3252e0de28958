import Foundation

/// Akaike's criterion corrected for small samples, on a Gaussian likelihood, as forecast::ets writes it.
public enum InformationCriterion {
    /// AICc = −2 log L + 2k + 2k(k+1)/(n−k−1), with −2 log L = n log(SSE/n) + n(1 + log 2π) and `parameters` (k)
    /// counting every estimated quantity, the error variance included. Nil where it does not exist: n ≤ k + 1, or a
    /// perfect fit (SSE = 0), whose likelihood is unbounded.
    public static func aicc(sumOfSquares sse: Double, n: Int, parameters k: Int) -> Double? {
        guard n - k - 1 > 0, sse > 0, sse.isFinite else { return nil }
        let nn = Double(n), kk = Double(k)
        let minus2LogL = nn * Foundation.log(sse / nn) + nn * (1 + Foundation.log(2 * Double.pi))
        return minus2LogL + 2 * kk + 2 * kk * (kk + 1) / (nn - kk - 1)
    }
}
