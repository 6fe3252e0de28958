/// Hashes of lower-cased words: how the scanner compares words without making strings. A word is hashed eight
/// bytes at a time (ASCII capitals folded to lower case in each chunk at once), so the cost is one multiply per
/// chunk, not a multiply chained through every byte.
enum WordHash {
    private static let seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    private static let multiplier: UInt64 = 0xFF51_AFD7_ED55_8CCD
    private static let finisher: UInt64 = 0xC4CE_B9FE_1A85_EC53

    /// The hash of `bytes[start..<end]` (a non-empty word) as the tokenizer computes it.
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UInt64 {
        let base = UnsafeRawPointer(bytes.baseAddress!)
        let n = end - start
        var h = seed ^ UInt64(truncatingIfNeeded: n)
        if n <= 8 { return ofShort(shortChunk(base, bytes.count, start, n), count: n) }
        // Whole chunks from the start; the last (overlapping the one before) ends at the word's end.
        var p = start
        while p + 8 < end {
            h = mix(h, lowerCased(base.loadUnaligned(fromByteOffset: p, as: UInt64.self)))
            p += 8
        }
        return finish(mix(h, lowerCased(base.loadUnaligned(fromByteOffset: end - 8, as: UInt64.self))))
    }

    /// The hash of a word of `n` (1 to 8) bytes given as a little-endian number (the bytes past the word zero):
    /// what `of(_:from:to:)` returns for those bytes.
    @inline(__always)
    static func ofShort(_ chunk: UInt64, count n: Int) -> UInt64 {
        ofShort(lowerCased: lowerCased(chunk), count: n)
    }

    /// `ofShort(_:count:)` for bytes already lower-cased. One multiply: the word's bytes and length map to the
    /// hash one to one, so no two short words share a hash, and the product's top bits (the mark slot, the
    /// second-word bit) depend on every byte.
    @inline(__always)
    static func ofShort(lowerCased chunk: UInt64, count n: Int) -> UInt64 {
        mix(seed ^ UInt64(truncatingIfNeeded: n), chunk)
    }

    /// The hash of a word of 9 to 16 bytes given as its first and its last eight bytes (little-endian numbers,
    /// overlapping when shorter than 16), already lower-cased: what `of(_:from:to:)` returns for those bytes.
    @inline(__always)
    static func ofMedium(lowerCasedFirst first: UInt64, lowerCasedLast last: UInt64, count n: Int) -> UInt64 {
        finish(mix(mix(seed ^ UInt64(truncatingIfNeeded: n), first), last))
    }

    /// The hash of a whole word, as the tokenizer computes it.
    static func of(_ word: String) -> UInt64 {
        var word = word
        return word.withUTF8 { $0.isEmpty ? finish(mix(seed, 0)) : of($0, from: 0, to: $0.count) }
    }

    /// The `n` (1 to 8) bytes at `start` as a little-endian number, read without touching memory outside the
    /// buffer: eight bytes ending at the word's end when the buffer holds them, else eight from its start, else
    /// byte by byte.
    @inline(__always)
    private static func shortChunk(_ base: UnsafeRawPointer, _ count: Int, _ start: Int, _ n: Int) -> UInt64 {
        if start + n >= 8 {
            let w = base.loadUnaligned(fromByteOffset: start + n - 8, as: UInt64.self)
            return w >> UInt64(8 * (8 - n))
        }
        if start + 8 <= count {
            let w = base.loadUnaligned(fromByteOffset: start, as: UInt64.self)
            return n == 8 ? w : w & ((1 << UInt64(8 * n)) - 1)
        }
        var w: UInt64 = 0
        for k in 0..<n { w |= UInt64(base.load(fromByteOffset: start + k, as: UInt8.self)) << UInt64(8 * k) }
        return w
    }

    /// Folds the ASCII capitals among eight bytes to lower case; every other byte stays as it is.
    @inline(__always)
    static func lowerCased(_ w: UInt64) -> UInt64 {
        let low7 = w & 0x7F7F_7F7F_7F7F_7F7F
        let atLeastA = low7 &+ 0x3F3F_3F3F_3F3F_3F3F  // high bit set where the byte is 0x41 or more
        let aboveZ = low7 &+ 0x2525_2525_2525_2525  // high bit set where the byte is 0x5B or more
        let upper = atLeastA & ~aboveZ & ~w & 0x8080_8080_8080_8080
        return w | (upper >> 2)
    }

    @inline(__always)
    private static func mix(_ h: UInt64, _ chunk: UInt64) -> UInt64 {
        let x = (h ^ chunk) &* multiplier
        return x ^ (x >> 32)
    }

    @inline(__always)
    private static func finish(_ h: UInt64) -> UInt64 {
        let x = (h ^ (h >> 29)) &* finisher
        return x ^ (x >> 32)
    }
}
