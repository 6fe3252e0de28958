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

    /// The table as a pointer that lives as long as the program: read line after line without the retain and
    /// release an array's storage costs. Written once, before any read, and never again: safe to share.
    nonisolated(unsafe) static let pointer = UnsafePointer(table.permanentCopy())
}

extension Array where Element == UInt8 {
    /// A copy of the bytes that is never freed, for tables built once and read until the program ends.
    func permanentCopy() -> UnsafeMutablePointer<UInt8> {
        let copy = UnsafeMutablePointer<UInt8>.allocate(capacity: Swift.max(count, 1))
        copy.initialize(from: self, count: count)
        return copy
    }
}
