/// The first words of every rule table, so the scanner can pass over the many words that start no rule
/// with a single probe instead of one per table.
enum Lexicon {
    /// What each first word of the cue families (`CueFamily`) starts: the families (bit `1 << rawValue`), and
    /// the second words, so that "of", "in" or "to" before a word no phrase continues with is passed over before
    /// any table is read.
    static let cueTables = PhraseStart.index(of: CueFamily.self) { $0.phrases }

    /// First words of numbers written as words: multipliers, fractions, cardinals (tables 0, 1, 2).
    static let numberWordStarts = PhraseStart.index([
        NumberWords.multipliers.map(\.0), NumberWords.fractions.map(\.0), NumberWords.cardinals.map(\.0),
    ])

    /// First words of what `QuantityScanner` reads right after a number: ordinal suffixes, scales, units,
    /// currency names, words for what is no quantity, and `times` / `fold`.
    static let afterNumberStarts = WordSet(firstWordsOf: [
        NumberWords.ordinalSuffixes.map(\.0), NumberWords.scales.map(\.0), Units.suffixes.map(\.0),
        Money.suffixNames.map(\.0), Units.nonQuantities.map(\.0), ["times", "fold"],
    ])

    /// Last words of the hedges: a quantity whose previous token is no such word has no hedge phrase before it.
    static let hedgeEnds = WordSet(lastWordsOf: Hedges.before.map(\.0))

    /// First words of every time expression `PeriodScanner` reads, with the period families (`PeriodFamily`)
    /// each starts a phrase of, as bit `1 << rawValue`.
    static let periodStarts = PhraseStart.index(of: PeriodFamily.self) { $0.phrases }
}

extension WordSet {
    /// The set of the first word of each phrase.
    init(firstWordsOf groups: [[String]]) {
        self.init(hashes: groups.flatMap { $0.compactMap { PhraseTable<Int>.words(of: $0).first } })
    }

    /// The set of the last word of each phrase.
    init(lastWordsOf phrases: [String]) {
        self.init(hashes: phrases.compactMap { PhraseTable<Int>.words(of: $0).last })
    }
}
