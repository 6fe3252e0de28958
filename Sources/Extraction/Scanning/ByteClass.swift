/// What each byte value is to the tokenizer, as bits in a 256-entry table: one load instead of range tests.
enum ByteClass {
    /// Space, tab, carriage return, line feed.
    static let space: UInt8 = 1 << 0
    /// An ASCII digit.
    static let digit: UInt8 = 1 << 1
    /// An ASCII letter.
    static let letter: UInt8 = 1 << 2
    /// A byte that continues an ASCII word: a letter or a digit.
    static let wordByte: UInt8 = digit | letter

    /// The class bits of each byte value.
    static let table: [UInt8] = (0...255).map { (v: Int) -> UInt8 in
        let b = UInt8(v)
        var bits: UInt8 = 0
        if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { bits |= space }
        if b >= 0x30 && b <= 0x39 { bits |= digit }
        if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) { bits |= letter }
        return bits
    }
}
