/// A closed range with open ends where nil, and the arithmetic the checks need.
struct Range2: Equatable {
    var low: Double?
    var high: Double?

    /// The smallest range holding the intervals of all of `levels` (open at an end where any of them is).
    static func hull(_ levels: [Level]) -> Range2 {
        var low = Double.infinity, high = -Double.infinity
        var lowOpen = levels.isEmpty, highOpen = levels.isEmpty
        for l in levels {
            if let x = l.low { low = min(low, x) } else { lowOpen = true }
            if let x = l.high { high = max(high, x) } else { highOpen = true }
        }
        return Range2(low: lowOpen ? nil : low, high: highOpen ? nil : high)
    }

    /// The ratio range of `a / b` for positive ranges: open below when `b` is open above ("exceeded 2.76 Mt" as a
    /// base bounds the ratio only from above), open above when `a` is.
    static func ratio(_ a: Range2, _ b: Range2) -> Range2 {
        let low: Double? = a.low.flatMap { al in b.high.map { al / $0 } }
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
