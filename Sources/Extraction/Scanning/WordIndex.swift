/// An open-addressing hash map keyed by word hashes. The keys are already well-mixed hashes (`WordHash`), so
/// lookups skip the seeded re-hashing a `Dictionary` does: the hot path of the scanner is one probe per word.
struct WordIndex<Value: Sendable>: Sendable {
    /// One slot: a key (0 when the slot is empty) and its value, side by side so a lookup that finds its key
    /// reads one cache line, not one in a key array and one in a value array.
    private struct Slot: Sendable {
        var key: UInt64
        var value: Value
    }

    private var slots: [Slot]
    private let mask: Int

    /// Builds the index; later pairs with the same key replace earlier ones.
    init(_ pairs: [(UInt64, Value)]) {
        // At most one slot in eight taken: a word that is not in the index almost always meets an empty slot at
        // the first probe (at one in three, runs of taken slots made common words take up to seven probes).
        var capacity = 16
        while capacity < pairs.count * 8 { capacity <<= 1 }
        mask = capacity - 1
        // Empty slots hold a copy of the first value; a key of 0 marks them empty, so it is never read.
        guard let filler = pairs.first?.1 else {
            slots = []
            return
        }
        slots = Array(repeating: Slot(key: 0, value: filler), count: capacity)
        for (key, value) in pairs { insert(key == 0 ? 1 : key, value) }
    }

    private mutating func insert(_ key: UInt64, _ value: Value) {
        var i = WordIndex.slot(key, mask)
        while slots[i].key != 0 && slots[i].key != key { i = (i + 1) & mask }
        slots[i] = Slot(key: key, value: value)
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: key ^ (key >> 31)) & mask
    }

    /// The value stored for `key`, if any.
    @inline(__always)
    func get(_ key: UInt64) -> Value? {
        if slots.isEmpty { return nil }
        let k = key == 0 ? 1 : key
        var i = WordIndex.slot(k, mask)
        while true {
            let stored = slots[i].key
            if stored == k { return slots[i].value }
            if stored == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// True when `key` is in the index.
    @inline(__always) func contains(_ key: UInt64) -> Bool { get(key) != nil }

    /// Every key stored, in slot order (a key of 0 is stored, and listed, as 1).
    var keys: [UInt64] { slots.lazy.map(\.key).filter { $0 != 0 } }
}

/// A set of words, looked up by their hashes with one probe.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private let index: WordIndex<Bool>

    init(arrayLiteral words: String...) {
        index = WordIndex(words.map { (WordHash.of($0), true) })
    }

    /// A set of already-hashed words.
    init(hashes: [UInt64]) {
        index = WordIndex(hashes.map { ($0, true) })
    }

    /// True when the word with this hash is in the set.
    @inline(__always) func contains(_ hash: UInt64) -> Bool { index.contains(hash) }
}
