/// One token of a document: a word, a number or a single symbol, with its byte range. Packed into 32 bytes,
/// since every byte of text passes through an array of these.
struct Token {
    /// What sort of token this is.
    enum Kind: UInt8 { case word, number, symbol }

    /// The word's hash (`WordHash`, ASCII case folded) for a word; the Unicode scalar value for a symbol; 0 for a number.
    var hash: UInt64
    /// The value of a number token (`10,000` is 10000).
    var number: Double
    private var startOffset: UInt32
    private var endOffset: UInt32
    var kind: Kind
    /// True when white space stands right before the token.
    var spaceBefore: Bool
    /// True when a word starts with an upper-case ASCII letter.
    var capitalized: Bool
    /// True when a number was written with thousands separators (`2,000` is never a year).
    var grouped: Bool
    private var decimalDigits: UInt8
    private var integerDigitCount: UInt8
    /// Which scanners the token may start something for (`WordMarks` bits).
    var marks: UInt8

    init(kind: Kind, start: Int, end: Int, hash: UInt64, spaceBefore: Bool, capitalized: Bool, number: Double,
         decimals: Int, integerDigits: Int, grouped: Bool = false, marks: UInt8 = 0) {
        self.hash = hash
        self.number = number
        startOffset = UInt32(truncatingIfNeeded: start)
        endOffset = UInt32(truncatingIfNeeded: end)
        self.kind = kind
        self.spaceBefore = spaceBefore
        self.capitalized = capitalized
        self.grouped = grouped
        decimalDigits = UInt8(clamping: decimals)
        integerDigitCount = UInt8(clamping: integerDigits)
        self.marks = marks
    }

    /// Byte offsets into the document's UTF-8 (documents are read whole, and lines are at most 1 MiB).
    @inline(__always) var start: Int { Int(startOffset) }
    @inline(__always) var end: Int { Int(endOffset) }
    /// Digits written after the decimal point, for a number token.
    @inline(__always) var decimals: Int { Int(decimalDigits) }
    /// Digits before the decimal point, for a number token (a year has four).
    @inline(__always) var integerDigits: Int { Int(integerDigitCount) }

    @inline(__always) func isWord(_ h: UInt64) -> Bool { kind == .word && hash == h }
    @inline(__always) func isSymbol(_ s: Unicode.Scalar) -> Bool { kind == .symbol && hash == UInt64(s.value) }
    @inline(__always) var isNumber: Bool { kind == .number }
    @inline(__always) var isWord: Bool { kind == .word }

    /// A comma or a semicolon: where one part of a list ends ("China ($31 bn), Russia ($26 bn); …").
    @inline(__always) var isListBreak: Bool { kind == .symbol && (hash == 0x2C || hash == 0x3B) }

    /// A dash of any kind: hyphen, en dash, em dash, minus.
    @inline(__always) var isDash: Bool {
        kind == .symbol && (hash == 0x2D || hash == 0x2013 || hash == 0x2014 || hash == 0x2212)
    }

    /// A dash or an apostrophe glued to the word before it ("year-on-year", "people's"): phrases read on across it.
    @inline(__always) var joinsWords: Bool {
        !spaceBefore && (isDash || (kind == .symbol && (hash == 0x27 || hash == 0x2019)))
    }

    /// A plain whole number of four digits that reads as a calendar year.
    @inline(__always) var isYearLike: Bool {
        kind == .number && !grouped && decimals == 0 && integerDigits == 4 && number >= 1900 && number <= 2100
    }
}
