/// Which scanners a token may start something for, as bits set by the tokenizer: the scanners then pass over
/// the many tokens that start nothing with one test of a byte, and probe their own index only for the rest.
///
/// A word's bits come from a table of 16,384 bytes indexed by the top bits of its hash, filled from the first
/// words of the scanners' indexes: a bit may be set for a word that starts nothing (two hashes share a slot),
/// never missing for one that starts something, so the scanners still confirm with their own index.
enum WordMarks {
    /// The word may start a cue phrase of `SentenceCues` (`Lexicon.cueTables`).
    static let cue: UInt8 = 1 << 0
    /// The word may start a time reference of `PeriodScanner` (`Lexicon.periodStarts`).
    static let period: UInt8 = 1 << 1
    /// The word may start a number written in words (`Lexicon.numberWordStarts`).
    static let numberWord: UInt8 = 1 << 2
    /// The token is a number.
    static let number: UInt8 = 1 << 3

    /// Bits of the table index: the top `indexBits` of a word's hash pick its slot.
    static let indexBits: UInt64 = 14

    /// The slot of a word hash.
    @inline(__always) static func slot(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> (64 - indexBits)) }

    /// The marks of every slot, built once from the scanners' indexes.
    static let table: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 1 << Int(indexBits))
        for key in Lexicon.cueTables.keys { table[slot(key)] |= cue }
        for key in Lexicon.periodStarts.keys { table[slot(key)] |= period }
        for key in Lexicon.numberWordStarts.keys { table[slot(key)] |= numberWord }
        return table
    }()

    /// The table as a pointer that lives as long as the program (see `ByteClass.pointer`).
    nonisolated(unsafe) static let pointer = UnsafePointer(table.permanentCopy())
}
