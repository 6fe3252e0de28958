/// A plain-text table whose column widths fit the content, for terminals and e-mail.
public enum TextTable {
    /// Renders rows under a header, columns separated by two spaces; `rightAligned` columns line up numbers.
    public static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = []) -> String {
        var widths = header.map(\.count)
        for r in rows {
            for (i, cell) in r.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, cell) in cells.enumerated() {
                let pad = String(repeating: " ", count: max(0, widths[i] - cell.count))
                parts.append(rightAligned.contains(i) ? pad + cell : cell + pad)
            }
            var s = parts.joined(separator: "  ")
            while s.last == " " { s.removeLast() }
            return s
        }
        var out = line(header) + "\n"
        out += line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for r in rows { out += line(r) + "\n" }
        return out
    }
}

/// Numbers for people: `2760000` as `2760000`, `33.333333333` as `33.3333`.
public enum NumberFormat {
    /// A number without exponent or float noise, at most four decimals.
    public static func plain(_ v: Double) -> String {
        guard v.isFinite else { return "-" }
        if v == v.rounded(), abs(v) < 9.0e15 { return String(Int64(v)) }
        let scaled = (v * 10000).rounded() / 10000
        var s = String(scaled)
        if s.contains("e") { s = String(v) }
        return s
    }
}

extension NumberFormat {
    /// A fraction as a signed percentage with one decimal: 0.62 is "+62.0%", −0.035 is "-3.5%".
    public static func signedPercent(_ fraction: Double) -> String {
        guard fraction.isFinite else { return "-" }
        let tenths = (fraction * 1000).rounded()
        let sign = tenths > 0 ? "+" : (tenths < 0 ? "-" : "")
        let a = Int(abs(tenths))
        return sign + String(a / 10) + "." + String(a % 10) + "%"
    }
}

extension NumberFormat {
    /// Whole numbers for large values, two decimals for small ones: projections are not more precise than that.
    public static func rounded(_ v: Double) -> String {
        guard v.isFinite else { return "-" }
        if abs(v) >= 1000 { return plain(v.rounded()) }
        return plain((v * 100).rounded() / 100)
    }
}
