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
        for (i, cell) in cells.enumerated() {
            if i > 0 { output += "," }
            CSVWriter.append(cell, to: &output)
        }
        output += lineEnd
    }

    /// The text of one cell.
    public static func render(_ cell: Cell) -> String {
        var out = ""
        append(cell, to: &out)
        return out
    }

    /// Appends the text of one cell to `out`, without building it apart first (reports write hundreds of
    /// thousands of cells).
    static func append(_ cell: Cell, to out: inout String) {
        switch cell {
        case .empty: break
        case .integer(let n): out += String(n)
        case .number(let v): out += JSONText.number(v)
        case .text(let s): appendQuoted(s, neutralised: needsNeutralising(s), to: &out)
        }
    }

    /// True for text a spreadsheet would read as a formula (OWASP: `=`, `+`, `-`, `@`, tab, CR): it gets a `'`
    /// in front.
    private static func needsNeutralising(_ s: String) -> Bool {
        switch s.utf8.first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return true
        default: return false
        }
    }

    /// Appends `s` (after a `'` when `neutralised`) to `out`, in quotes when it holds a comma, a quote, a line
    /// break or a leading or trailing space, quotes doubled (RFC 4180).
    private static func appendQuoted(_ s: String, neutralised: Bool, to out: inout String) {
        let utf8 = s.utf8
        func scan(_ bytes: some Sequence<UInt8>) -> (needs: Bool, hasQuote: Bool) {
            var needs = false
            for b in bytes {
                if b == 0x22 { return (true, true) }
                if b == 0x2C || b == 0x0A || b == 0x0D { needs = true }
            }
            return (needs, false)
        }
        var (needs, hasQuote) = utf8.withContiguousStorageIfAvailable(scan) ?? scan(utf8)
        // The prefix becomes the cell's first character, so only a trailing space still needs quotes.
        needs = needs || (!neutralised && utf8.first == 0x20) || utf8.last == 0x20
        if needs { out += "\"" }
        if neutralised { out += "'" }
        // Doubled byte by byte: a quote followed by a combining mark is one Character, yet still a quote.
        if hasQuote { out += String(decoding: utf8.flatMap { $0 == 0x22 ? [0x22, 0x22] : [$0] }, as: UTF8.self) } else { out += s }
        if needs { out += "\"" }
    }
}
