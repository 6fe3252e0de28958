import Foundation

/// The rounding a reference row's printed digits carry (verdict-rules rule 6), added to the interval its bound gives.
enum ReferenceDigits {
    /// Half a unit of the last digit a publisher would print: under 1,000, of the last decimal; else of the last
    /// non-zero digit in the largest of thousand, million, billion and trillion ("2764000" = 2.764 million → 500,
    /// "1500000" = 1.5 million → 50,000, "300000000000" = 300 billion → 0.5 billion, whole dollars → 0.5).
    static func halfUnit(_ v: Double) -> Double {
        let a = abs(v)
        guard a.isFinite, a > 0 else { return 0 }
        if a < 1000 || a != a.rounded() {
            var places = 0, x = a
            while places < 9, abs(x - x.rounded()) > 1e-9 * max(1, x) { x *= 10; places += 1 }
            return 0.5 * pow(10, -Double(places))
        }
        let scale = a >= 1e12 ? 1e12 : a >= 1e9 ? 1e9 : a >= 1e6 ? 1e6 : 1e3
        var unit = 1.0
        while unit * 10 <= scale, fmod(a, unit * 10) == 0 { unit *= 10 }
        return unit / 2
    }

    /// A level's interval, widened by the printed digits when it is a reference row.
    static func range(_ l: Level) -> Range2 {
        guard l.referenceSource != nil else { return Range2(low: l.low, high: l.high) }
        let h = halfUnit(l.value)
        return Range2(low: l.low.map { $0 - h }, high: l.high.map { $0 + h })
    }
}
