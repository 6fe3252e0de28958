import Claims

/// Numbers for readers, with units and sensible rounding: "$23.0 bn", "4.50 Mt", "845 kt", "+62.0%", "5.1%".
public enum Amounts {
    public static func format(_ v: Double, _ unit: Unit) -> String {
        guard v.isFinite else { return "–" }
        switch unit.rawValue {
        case "%": return fixed(v, 1) + "%"
        case "x": return fixed(v, 2) + "×"
        case "t":
            let a = abs(v)
            if a >= 1e6 { return fixed(v / 1e6, 2) + " Mt" }
            if a >= 1e3 { return fixed(v / 1e3, 0) + " kt" }
            return fixed(v, 0) + " t"
        case "TEU": return grouped(v) + " TEU"
        case "count": return grouped(v)
        default:
            let symbol = ["USD": "$", "EUR": "€", "GBP": "£"][unit.rawValue]
            let a = abs(v)
            let (scaled, word): (Double, String) = a >= 1e12 ? (v / 1e12, " tn") : a >= 1e9 ? (v / 1e9, " bn")
                : a >= 1e6 ? (v / 1e6, " mn") : (v, "")
            let number = fixed(scaled, word.isEmpty ? 0 : 1) + word
            return symbol.map { $0 + number } ?? number + " " + unit.rawValue
        }
    }

    /// A fraction as a signed percentage: 0.62 is "+62.0%".
    public static func change(_ fraction: Double) -> String { NumberFormat.signedPercent(fraction) }

    /// `v` with exactly `decimals` decimals.
    static func fixed(_ v: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let r = (abs(v) * scale).rounded()
        let whole = Int(r / scale)
        var out = (v < 0 && r != 0 ? "-" : "") + String(whole)
        if decimals > 0 {
            let frac = Int(r) - whole * Int(scale)
            let digits = String(frac)
            out += "." + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return out
    }

    /// Thousands separated by commas: "50,500".
    static func grouped(_ v: Double) -> String {
        let n = Int(v.rounded())
        let s = String(abs(n))
        var out = ""
        for (i, ch) in s.enumerated() {
            if i > 0 && (s.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (n < 0 ? "-" : "") + out
    }
}
