/// A closed range with open ends where nil, and the arithmetic the checks need.
struct Range2: Equatable {
    var low: Double?
    var high: Double?

    /// The smallest range holding all of `ranges`.
    static func hull(_ ranges: [Range2]) -> Range2 {
        let lows = ranges.map(\.low), highs = ranges.map(\.high)
        return Range2(low: lows.contains(where: { $0 == nil }) ? nil : lows.compactMap { $0 }.min(),
                      high: highs.contains(where: { $0 == nil }) ? nil : highs.compactMap { $0 }.max())
    }

    /// The ratio range of `a / b` for positive ranges.
    static func ratio(_ a: Range2, _ b: Range2) -> Range2 {
        let low: Double? = a.low.flatMap { al in b.high.map { al / $0 } } ?? (a.low != nil && b.high == nil ? 0 : nil)
        let high: Double? = a.high.flatMap { ah in b.low.map { bl in bl > 0 ? ah / bl : Double.infinity } }
        return Range2(low: low, high: high.flatMap { $0.isFinite ? $0 : nil })
    }

    /// The range scaled by `k` (k > 0), shifted by `d`.
    func map(_ f: (Double) -> Double) -> Range2 { Range2(low: low.map(f), high: high.map(f)) }

    /// How far apart two ranges are (0 when they overlap).
    static func gap(_ a: Range2, _ b: Range2) -> Double {
        if let ah = a.high, let bl = b.low, ah < bl { return bl - ah }
        if let bh = b.high, let al = a.low, bh < al { return al - bh }
        return 0
    }
}
