
/// The values an official figure allows: its own value, widened by the publisher's hedge.
extension ValueInterval {
    /// "more than 2.7 million tons" (`at_least`) is open above, "almost" (`at_most`) open below, "about" ±5%.
    public static func of(reference r: ReferenceValue) -> ValueInterval {
        let v = r.value
        switch r.bound {
        case .exact: return ValueInterval(lo: v, hi: v)
        case .approx:
            let spread = abs(v) * approximateShare
            return ValueInterval(lo: v - spread, hi: v + spread)
        case .atLeast: return ValueInterval(lo: v, hi: nil)
        case .atMost: return ValueInterval(lo: nil, hi: v)
        }
    }
}
