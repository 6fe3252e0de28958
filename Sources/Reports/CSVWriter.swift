/// RFC 4180 CSV with CRLF line ends, safe for spreadsheets: text cells that a spreadsheet would run
/// as a formula are neutralised, numbers stay numbers.
public struct CSVWriter {
    /// One cell: text from a source (quoted and neutralised as needed) or a number (written plain).
    public enum Cell: Equatable {
        case text(String)
        case number(Double)
        case integer(Int)
        case empty
    }

    public private(set) var output = ""
    private let lineEnd = "\r\n"

    public init(excelBOM: Bool = false) {
        if excelBOM { output = "\u{FEFF}" }
    }

    /// Appends a header row.
    public mutating func header(_ names: [String]) {
        row(names.map { .text($0) })
    }

    /// Appends one row.
    public mutating func row(_ cells: [Cell]) {
        output += cells.map(CSVWriter.render).joined(separator: ",") + lineEnd
    }

    /// The text of one cell.
    public static func render(_ cell: Cell) -> String {
        switch cell {
        case .empty: return ""
        case .integer(let n): return String(n)
        case .number(let v): return JSONText.number(v)
        case .text(let s): return quote(neutralise(s))
        }
    }

    /// Prefixes `'` to text a spreadsheet would read as a formula (OWASP: `=`, `+`, `-`, `@`, tab, CR).
    public static func neutralise(_ s: String) -> String {
        guard let first = s.unicodeScalars.first else { return s }
        switch first {
        case "=", "+", "-", "@", "\t", "\r": return "'" + s
        default: return s
        }
    }

    /// Quotes a field when it holds a comma, a quote, a line break or a leading or trailing space.
    public static func quote(_ s: String) -> String {
        let utf8 = s.utf8
        let needs = utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || utf8.first == 0x20 || utf8.last == 0x20
        guard needs else { return s }
        guard utf8.contains(0x22) else { return "\"" + s + "\"" }
        return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation needed).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(count)
        for ch in self {
            if ch == target { out += replacement } else { out.append(ch) }
        }
        return out
    }
}
