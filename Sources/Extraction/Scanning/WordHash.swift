/// FNV-1a hashes of lower-cased words: how the scanner compares words without making strings.
enum WordHash {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// Folds one byte into a running hash, lower-casing ASCII letters.
    @inline(__always)
    static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        addLowerCased(hash, (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte)
    }

    /// Folds one byte that is already lower case (or no ASCII letter) into a running hash.
    @inline(__always)
    static func addLowerCased(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* prime
    }

    /// The hash of a whole word, as the tokenizer computes it.
    static func of(_ word: String) -> UInt64 {
        var h = offset
        for b in word.utf8 { h = add(h, b) }
        return h
    }
}
