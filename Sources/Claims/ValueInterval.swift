
/// The values a stated number allows: its rounding ("4.5 million" is 4.45–4.55 million) and its hedge
/// ("almost $450 billion" is below 450 billion). `nil` ends are open.
public struct ValueInterval: Sendable, Equatable, Codable {
    public var lo: Double?
    public var hi: Double?

    public init(lo: Double?, hi: Double?) {
        self.lo = lo
        self.hi = hi
    }

    /// Relative width read into "about", "approximately", "some", when the rounding allows less.
    public static let approximateShare = 0.05

    /// The interval a claim's text and bound allow.
    public static func of(_ c: Claim) -> ValueInterval {
        let v = c.value
        let half = halfStep(text: c.text, value: v)
        switch c.bound {
        case .exact:
            return ValueInterval(lo: v - half, hi: v + half)
        case .approx:
            let spread = max(half, abs(v) * approximateShare)
            return ValueInterval(lo: v - spread, hi: v + spread)
        case .atLeast:
            // "exceeded 2.76 million tons": the number itself is the floor.
            return ValueInterval(lo: v, hi: nil)
        case .atMost:
            // "almost $450 billion": the number itself is the ceiling.
            return ValueInterval(lo: nil, hi: v)
        }
    }

    /// Half the last written digit, in the value's units: "4.5 million" → 0.05 million, "23 billion" → 0.5 billion,
    /// "three times" → 0.5. A claim whose text holds no digits counts as written to the unit.
    static func halfStep(text: String, value: Double) -> Double {
        var digits: [UInt8] = []
        var decimals = 0
        var seenPoint = false
        var started = false
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 {
                started = true
                digits.append(b)
                if seenPoint { decimals += 1 }
            } else if b == 0x2E, started, !seenPoint {
                seenPoint = true
            } else if b == 0x2C, started, !seenPoint {
                continue
            } else if started {
                break
            }
        }
        var written = 0.0
        for d in digits { written = written * 10 + Double(d - 0x30) }
        for _ in 0..<decimals { written /= 10 }
        var unit = 1.0
        for _ in 0..<decimals { unit /= 10 }
        guard written > 0, value != 0 else { return 0.5 * unit }
        let scale = abs(value) / written
        return 0.5 * unit * scale
    }
}
