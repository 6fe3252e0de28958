#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Splits UTF-8 bytes into tokens in one pass, with no allocation per token.
struct Tokenizer {
    /// Tokenizes `bytes[range]` and appends to `buffer` (the tokens, and the indices of sentence stops, cue
    /// words, clause punctuation and figures).
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>, into buffer: TokenBuffer) {
        // Every token takes at least one byte, so the range's length bounds the tokens (and indices) written.
        let slots = buffer.reserve(range.count)
        buffer.didWrite(tokenize(bytes, range: range, classes: ByteClass.pointer, marks: WordMarks.pointer,
                                 into: slots, firstIndex: buffer.count))
    }

    /// Writes the tokens of `bytes[range]` and their index entries at `slots`; says how many of each.
    private static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>,
                                 classes: UnsafePointer<UInt8>, marks: UnsafePointer<UInt8>,
                                 into slots: TokenBuffer.Slots, firstIndex: Int) -> TokenBuffer.Written {
        guard let base = bytes.baseAddress else { return TokenBuffer.Written() }
        let raw = UnsafeRawPointer(base)
        let out = slots.tokens
        var n = 0
        var stopCount = 0, cueWordCount = 0, clauseMarkCount = 0, figureCount = 0
        var i = range.lowerBound
        let end = range.upperBound
        var space = true
        while i < end {
            let b = bytes[i]
            let c = classes[Int(b)]
            if c & ByteClass.space != 0 {
                space = true
                i &+= 1
                continue
            }
            // Most words: ASCII, shorter than sixteen bytes, ended by an ASCII byte. A load or two find the end
            // and give the bytes to hash; the single space that usually follows is taken in the same step.
            if c & ByteClass.letter != 0 && i &+ 16 <= bytes.count {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                var length = asciiWordBytes(w)
                if length == 8 { length &+= asciiWordBytes(raw.loadUnaligned(fromByteOffset: i &+ 8, as: UInt64.self)) }
                let e = i &+ length
                if length < 16 && e <= end && (e == end || base[e] < 0x80) {
                    // Letters and digits only: setting bit 5 of each byte is the same lower-casing `WordHash` does.
                    let hash: UInt64
                    if length <= 8 {
                        let folded = (w | 0x2020_2020_2020_2020) & (UInt64.max &>> UInt64(truncatingIfNeeded: 64 &- 8 &* length))
                        hash = WordHash.ofShort(lowerCased: folded, count: length)
                    } else {
                        let last = raw.loadUnaligned(fromByteOffset: e &- 8, as: UInt64.self)
                        hash = WordHash.ofMedium(lowerCasedFirst: w | 0x2020_2020_2020_2020,
                                                 lowerCasedLast: last | 0x2020_2020_2020_2020, count: length)
                    }
                    let mark = marks[WordMarks.slot(hash)]
                    (out + n).initialize(to: Token(kind: .word, start: i, end: e, hash: hash, spaceBefore: space,
                                                   capitalized: isCapital(b), number: 0, decimals: 0,
                                                   integerDigits: 0, marks: mark))
                    listWord(firstIndex &+ n, marks: mark, in: slots, cueWords: &cueWordCount, figures: &figureCount)
                    n &+= 1
                    space = e < end && base[e] == 0x20
                    i = space ? e &+ 1 : e
                    continue
                }
            }
            if b == 0xC2 && i + 1 < end && bytes[i + 1] == 0xA0 {  // no-break space
                space = true
                i += 2
                continue
            }
            if c & ByteClass.digit != 0 {
                let t = scanNumber(bytes, at: i, end: end, spaceBefore: space)
                (out + n).initialize(to: t)
                slots.figures[figureCount] = firstIndex + n
                figureCount += 1
                n += 1
                i = t.end
            } else if c & ByteClass.letter != 0 || (b >= 0x80 && isLetterScalar(bytes, at: i, end: end)) {
                var t = scanWord(bytes, at: i, end: end, spaceBefore: space, classes: classes)
                t.marks = marks[WordMarks.slot(t.hash)]
                (out + n).initialize(to: t)
                listWord(firstIndex + n, marks: t.marks, in: slots, cueWords: &cueWordCount, figures: &figureCount)
                n += 1
                i = t.end
            } else {
                let (scalar, length) = decodeScalar(bytes, at: i, end: end)
                // Narrow no-break, thin and figure spaces ("816 000" as some texts group thousands) are spaces.
                if scalar == 0x202F || scalar == 0x2009 || scalar == 0x2007 {
                    space = true
                    i += length
                    continue
                }
                if Sentences.isTerminator(UInt64(scalar)) {
                    slots.stops[stopCount] = firstIndex + n
                    stopCount += 1
                } else if Sentences.isClausePunctuation(UInt64(scalar)) {
                    slots.clauseMarks[clauseMarkCount] = firstIndex + n
                    clauseMarkCount += 1
                }
                (out + n).initialize(to: Token(kind: .symbol, start: i, end: i + length, hash: UInt64(scalar),
                                               spaceBefore: space, capitalized: false, number: 0, decimals: 0,
                                               integerDigits: 0))
                n += 1
                i += length
            }
            space = false
        }
        return TokenBuffer.Written(tokens: n, stops: stopCount, cueWords: cueWordCount, clauseMarks: clauseMarkCount,
                                   figures: figureCount)
    }

    /// Lists word `index` among the cue words and the figures by its marks: written to both lists always and
    /// counted only where its marks say so, so that the word loop does not branch on them.
    @inline(__always)
    private static func listWord(_ index: Int, marks: UInt8, in slots: TokenBuffer.Slots, cueWords: inout Int,
                                 figures: inout Int) {
        slots.cueWords[cueWords] = index
        cueWords &+= Int(marks & WordMarks.cue)
        slots.figures[figures] = index
        figures &+= marks & (WordMarks.numberWord | WordMarks.period) != 0 ? 1 : 0
    }

    /// The offset of the first newline at or after `start`, or the end of the bytes.
    static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress, start < bytes.count else { return bytes.count }
        guard let found = memchr(base + start, 0x0A, bytes.count - start) else { return bytes.count }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// An ASCII capital letter: what makes a word `capitalized`.
    @inline(__always) static func isCapital(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }

    /// Reads `10,000`, `4.5`, `361.85`: digits with thousands groups of exactly three and one decimal point.
    static func scanNumber(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, spaceBefore: Bool) -> Token {
        var i = start
        var intPart: Double = 0
        var intDigits = 0
        var grouped = false
        while i < end && isDigit(bytes[i]) {
            intPart = intPart * 10 + Double(bytes[i] - 0x30)
            intDigits += 1
            i += 1
        }
        // Thousands groups: ",ddd" not followed by another digit.
        while i + 3 < end, bytes[i] == 0x2C, isDigit(bytes[i + 1]), isDigit(bytes[i + 2]), isDigit(bytes[i + 3]),
              i + 4 == end || !isDigit(bytes[i + 4]) {
            intPart = intPart * 1000 + Double(bytes[i + 1] - 0x30) * 100 + Double(bytes[i + 2] - 0x30) * 10
                + Double(bytes[i + 3] - 0x30)
            intDigits += 3
            grouped = true
            i += 4
        }
        var value = intPart
        var decimals = 0
        if i + 1 < end && bytes[i] == 0x2E && isDigit(bytes[i + 1]) {
            i += 1
            var scale = 0.1
            while i < end && isDigit(bytes[i]) {
                // Digits past the fifteenth cannot change a Double; they are read and dropped.
                if decimals < 15 {
                    value += Double(bytes[i] - 0x30) * scale
                    scale /= 10
                    decimals += 1
                }
                i += 1
            }
            if decimals > 0 { value = (value * pow10(decimals)).rounded() / pow10(decimals) }
        }
        return Token(kind: .number, start: start, end: i, hash: 0, spaceBefore: spaceBefore, capitalized: false,
                     number: value, decimals: decimals, integerDigits: intDigits, grouped: grouped,
                     marks: WordMarks.number)
    }

    static func pow10(_ n: Int) -> Double {
        var r = 1.0
        for _ in 0..<n { r *= 10 }
        return r
    }

    /// Reads a word: letters, then letters or digits (`G7`, `Q1`), non-ASCII letters included.
    @inline(__always)
    private static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, end: Int, spaceBefore: Bool,
                                 classes: UnsafePointer<UInt8>) -> Token {
        var i = start
        let base = UnsafeRawPointer(bytes.baseAddress!)
        let capitalized = isCapital(bytes[start])
        // Eight bytes a step while they are ASCII letters and digits (the caller reads ASCII words shorter than
        // sixteen bytes itself, except in the last sixteen bytes of the buffer).
        while i + 8 <= bytes.count {
            let run = asciiWordBytes(base.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += run
            if run < 8 { break }
        }
        if i >= end { i = end }
        while i < end {
            let b = bytes[i]
            if classes[Int(b)] & ByteClass.wordByte != 0 {
                i += 1
            } else if b >= 0x80 && isLetterScalar(bytes, at: i, end: end) {
                i += decodeScalar(bytes, at: i, end: end).1
            } else {
                break
            }
        }
        return Token(kind: .word, start: start, end: i, hash: WordHash.of(bytes, from: start, to: i),
                     spaceBefore: spaceBefore, capitalized: capitalized, number: 0, decimals: 0, integerDigits: 0)
    }

    /// How many of the eight bytes of `w` (first byte lowest), from the first on, are ASCII letters or digits.
    @inline(__always)
    static func asciiWordBytes(_ w: UInt64) -> Int {
        let high: UInt64 = 0x8080_8080_8080_8080
        let low7 = w & 0x7F7F_7F7F_7F7F_7F7F
        let folded = low7 | 0x2020_2020_2020_2020
        let letter = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505)  // 0x61...0x7A
        let digit = (low7 &+ 0x5050_5050_5050_5050) & ~(low7 &+ 0x4646_4646_4646_4646)  // 0x30...0x39
        let other = ~((letter | digit) & ~w) & high
        return other.trailingZeroBitCount >> 3
    }

    /// True when the scalar at `i` (non-ASCII) is a letter rather than punctuation, a symbol or a space.
    static func isLetterScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Bool {
        let (s, _) = decodeScalar(bytes, at: i, end: end)
        if s < 0x80 { return false }
        if s == 0xA0 || s == 0xAD { return false }
        if s >= 0x2000 && s <= 0x2BFF { return false }  // punctuation, currency, arrows, symbols
        if s >= 0x3000 && s <= 0x303F { return false }
        if s == 0xFEFF || s == 0xFFFD { return false }
        if s >= 0xA1 && s <= 0xBF { return false }  // Latin-1 punctuation and signs
        if s == 0xD7 || s == 0xF7 { return false }
        if s >= 0x1F000 { return false }  // emoji and pictographs
        return true
    }

    /// Decodes one scalar from valid UTF-8; a stray byte decodes as itself with length 1.
    @inline(__always)
    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> (UInt32, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 >= 0xC0 && b0 < 0xE0 && i + 1 < end {
            return ((UInt32(b0 & 0x1F) << 6) | UInt32(bytes[i + 1] & 0x3F), 2)
        }
        if b0 >= 0xE0 && b0 < 0xF0 && i + 2 < end {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        if b0 >= 0xF0 && i + 3 < end {
            return ((UInt32(b0 & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12)
                    | (UInt32(bytes[i + 2] & 0x3F) << 6) | UInt32(bytes[i + 3] & 0x3F), 4)
        }
        return (UInt32(b0), 1)
    }
}
