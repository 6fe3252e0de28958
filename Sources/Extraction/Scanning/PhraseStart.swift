/// What one word starts across a family of phrase tables: the tables with a phrase beginning with it, the
/// tables where it alone is a phrase, and its longer phrases' second words, so a scanner reads only the
/// tables that can match ("the" before a noun: none).
struct PhraseStart: Sendable {
    /// Bit `n` set: table `n` of the family has a phrase starting with the word.
    var tables: UInt16 = 0
    /// Bit `n` set: in table `n` the word alone is a phrase.
    var alone: UInt16 = 0
    /// One bit (`PhraseStart.bit`) per second word of the word's longer phrases.
    var secondWords: UInt64 = 0

    /// The tables that can match when the word is followed by the word `second` (nil: by no word).
    @inline(__always) func tables(followedBy second: UInt64?) -> UInt16 {
        guard let second, secondWords & PhraseStart.bit(second) != 0 else { return alone }
        return tables
    }

    /// The bit of a second-word mask for a word hash (its top six bits pick it).
    @inline(__always) static func bit(_ hash: UInt64) -> UInt64 { 1 << (hash >> 58) }

    /// Where a phrase starting at token `i` continues, and the hash of the word there: the next token, or the
    /// one after a dash or apostrophe glued to it ("year-on-year", "people's"); the hash is nil when that is no word
    /// or lies at or past `end`.
    @inline(__always) static func secondWord(_ tokens: Tokens, after i: Int, end: Int) -> (at: Int, hash: UInt64?) {
        var k = i + 1
        if k < end, tokens[k].joinsWords { k += 1 }
        return (k, k < end && tokens[k].kind == .word ? tokens[k].hash : nil)
    }

    /// The index of a family of tables, each given as its phrases; table `n` is bit `n`.
    static func index(_ family: [[String]]) -> WordIndex<PhraseStart> {
        WordIndex(starts(of: family.enumerated().map { ($0.offset, $0.element) }).map { ($0.key, $0.value) })
    }

    /// The index of a registry of families (`CueFamily`, `PeriodFamily`): family `f` is bit `f.rawValue`.
    static func index<Family: CaseIterable & RawRepresentable>(of registry: Family.Type, phrases: (Family) -> [String])
        -> WordIndex<PhraseStart> where Family.RawValue == Int {
        WordIndex(starts(of: Family.allCases.map { ($0.rawValue, phrases($0)) }).map { ($0.key, $0.value) })
    }

    /// What each first word of a family of tables starts (the phrases of `bit` set bit `bit`), keyed by the
    /// word's hash.
    static func starts(of family: [(bit: Int, phrases: [String])]) -> [UInt64: PhraseStart] {
        var starts: [UInt64: PhraseStart] = [:]
        for (n, phrases) in family {
            precondition((0..<16).contains(n), "a phrase family's bit must fit in 16 bits")
            for phrase in phrases {
                let words = PhraseTable<Int>.words(of: phrase)
                guard let first = words.first else { continue }
                starts[first, default: PhraseStart()].tables |= 1 << n
                if words.count == 1 {
                    starts[first]!.alone |= 1 << n
                } else {
                    starts[first]!.secondWords |= bit(words[1])
                }
            }
        }
        return starts
    }
}
