import Foundation

/// RFC 4180 CSV with CRLF line ends, safe for spreadsheets: text cells that a spreadsheet would run
/// as a formula are neutralised, numbers stay numbers.
public struct CSVWriter {
    /// One cell: text from a source (quoted and neutralised as needed) or a number (written plain).
    public enum Cell: Equatable {
        case text(String)
        /// Text already in UTF-8 (a long cell built as bytes).
        case utf8([UInt8])
        case number(Double)
        case integer(Int)
        case empty
    }

    /// The UTF-8 written so far: bytes, not a `String`, so that appending a cell is a copy of its bytes (a large
    /// report has hundreds of thousands of rows, and each `String` append paid for its own checks).
    private var bytes: [UInt8] = []
    /// True once a cell of the current row was written.
    private var inRow = false

    /// The CSV text written so far.
    public var output: String { String(decoding: bytes, as: UTF8.self) }

    /// The CSV written so far, as UTF-8.
    public var utf8: [UInt8] { bytes }

    public init(excelBOM: Bool = false) {
        if excelBOM { bytes += [0xEF, 0xBB, 0xBF] }
    }

    /// Appends a header row.
    public mutating func header(_ names: [String]) {
        row(names.map { .text($0) })
    }

    /// Appends one row.
    public mutating func row(_ cells: [Cell]) {
        for c in cells { cell(c) }
        endRow()
    }

    /// Appends one cell to the row being written, after a comma unless it is the row's first: a long report's
    /// rows are written cell by cell rather than gathered in an array first.
    public mutating func cell(_ cell: Cell) {
        if inRow { bytes.append(0x2C) }
        inRow = true
        CSVWriter.append(cell, to: &bytes)
    }

    /// Ends the row being written.
    public mutating func endRow() {
        bytes.append(0x0D)
        bytes.append(0x0A)
        inRow = false
    }

    /// The text of one cell.
    public static func render(_ cell: Cell) -> String {
        var out: [UInt8] = []
        append(cell, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the UTF-8 of one cell to `out`.
    static func append(_ cell: Cell, to out: inout [UInt8]) {
        switch cell {
        case .empty: break
        case .integer(let n): out.append(utf8: String(n))
        case .number(let v): out.append(utf8: JSONText.number(v))
        case .text(let s):
            var s = s
            s.withUTF8 { appendQuoted($0, to: &out) }
        case .utf8(let bytes): bytes.withUnsafeBufferPointer { appendQuoted($0, to: &out) }
        }
    }

    /// True for text a spreadsheet would read as a formula (OWASP: `=`, `+`, `-`, `@`, tab, CR): it gets a `'`
    /// in front.
    private static func needsNeutralising(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        switch utf8.first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return true
        default: return false
        }
    }

    /// Whether `utf8` holds a byte that calls for quotes (a quote, comma, CR or LF), and whether one is a quote.
    /// Through the C library's vectorised `memchr`, a search each: a long report's cells are most of its bytes, and
    /// a cell with a comma mostly has it near its start.
    private static func scan(_ utf8: UnsafeBufferPointer<UInt8>) -> (needs: Bool, hasQuote: Bool) {
        guard let base = utf8.baseAddress, !utf8.isEmpty else { return (false, false) }
        func holds(_ byte: UInt8) -> Bool { memchr(base, Int32(byte), utf8.count) != nil }
        if holds(0x22) { return (true, true) }
        return (holds(0x2C) || holds(0x0A) || holds(0x0D), false)
    }

    /// Appends the text `utf8` (after a `'` when a spreadsheet would run it as a formula) to `out`, in quotes when it
    /// holds a comma, a quote, a line break or a leading or trailing space, quotes doubled (RFC 4180).
    private static func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        // Room for two quotes, the prefix and every byte doubled: written in one go, without a check per byte.
        FixedBytes.append(to: &out, room: 2 * utf8.count + 3) { writeQuoted(utf8, to: &$0) }
    }

    /// Writes the cell `appendQuoted` appends.
    static func writeQuoted(_ utf8: UnsafeBufferPointer<UInt8>, to w: inout FixedBytes) {
        let neutralised = needsNeutralising(utf8)
        let scanned = scan(utf8)
        // The prefix becomes the cell's first character, so only a trailing space still needs quotes.
        let needs = scanned.needs || (!neutralised && utf8.first == 0x20) || utf8.last == 0x20
        if needs { w.write(byte: 0x22) }
        if neutralised { w.write(byte: 0x27) }
        if scanned.hasQuote {
            // Doubled byte by byte: a quote followed by a combining mark is one Character, yet still a quote.
            for b in utf8 {
                w.write(byte: b)
                if b == 0x22 { w.write(byte: 0x22) }
            }
        } else {
            w.write(utf8)
        }
        if needs { w.write(byte: 0x22) }
    }
}

extension CSVWriter {
    /// A text cell written where a whole row is written in one go (`FixedBytes`), quoted and neutralised as `cell`
    /// writes it; at most `room` of its length in bytes.
    static func write(text s: String, to w: inout FixedBytes) {
        if s.utf8.withContiguousStorageIfAvailable({ writeQuoted($0, to: &w) }) != nil { return }
        var s = s
        s.withUTF8 { writeQuoted($0, to: &w) }
    }

    /// A cell of text already in UTF-8, as `write(text:to:)`.
    static func write(utf8 bytes: [UInt8], to w: inout FixedBytes) {
        bytes.withUnsafeBufferPointer { writeQuoted($0, to: &w) }
    }

    /// A number cell, plain; empty for nil. At most `numberRoom` bytes.
    static func write(number v: Double?, to w: inout FixedBytes) {
        if let v { w.write(number: v) }
    }

    /// The most bytes a text cell of `count` bytes can take: quotes, a prefix and every byte a doubled quote.
    static func room(_ count: Int) -> Int { 2 * count + 3 }

    /// The most bytes a number cell takes ("-1.2345678901234567e-308").
    static let numberRoom = 24
}
