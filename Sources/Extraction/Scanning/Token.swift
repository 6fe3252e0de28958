/// One token of a document: a word, a number or a single symbol, with its byte range.
struct Token {
    /// What sort of token this is.
    enum Kind: UInt8 { case word, number, symbol }

    var kind: Kind
    /// Byte offsets into the document's UTF-8.
    var start: Int
    var end: Int
    /// Lower-cased FNV hash for a word; the Unicode scalar value for a symbol; 0 for a number.
    var hash: UInt64
    /// True when white space stands right before the token.
    var spaceBefore: Bool
    /// True when a word starts with an upper-case ASCII letter.
    var capitalized: Bool
    /// The value of a number token (`10,000` is 10000).
    var number: Double
    /// Digits written after the decimal point, for a number token.
    var decimals: Int
    /// Digits before the decimal point, for a number token (a year has four).
    var integerDigits: Int
    /// True when a number was written with thousands separators (`2,000` is never a year).
    var grouped: Bool = false

    @inline(__always) func isWord(_ h: UInt64) -> Bool { kind == .word && hash == h }
    @inline(__always) func isSymbol(_ s: Unicode.Scalar) -> Bool { kind == .symbol && hash == UInt64(s.value) }
    @inline(__always) var isNumber: Bool { kind == .number }
    @inline(__always) var isWord: Bool { kind == .word }

    /// A dash of any kind: hyphen, en dash, em dash, minus.
    var isDash: Bool {
        kind == .symbol && (hash == 0x2D || hash == 0x2013 || hash == 0x2014 || hash == 0x2212)
    }

    /// A plain whole number of four digits that reads as a calendar year.
    var isYearLike: Bool {
        kind == .number && !grouped && decimals == 0 && integerDigits == 4 && number >= 1900 && number <= 2100
    }
}
