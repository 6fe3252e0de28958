/// The first words of every rule table, so the scanner can pass over the many words that start no rule
/// with a single probe instead of one per table.
enum Lexicon {
    /// What each first word of the cue tables read by `SentenceCues` starts: the tables (as `CueTable` bits; the
    /// tables are listed in the order of its bits), and the second words, so that "of", "in" or "to" before a
    /// word no phrase continues with is passed over before any table is read.
    static let cueTables = PhraseStart.index([
        Metrics.cues.map(\.0), Entities.names.map(\.0), Entities.anaphors.map(\.0), Modality.change.map(\.0),
        Modality.target.map(\.0), Modality.forecast.map(\.0), Modality.purpose.map(\.0),
        Modality.completed.map(\.0), Modality.share.map(\.0),
    ])

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

    /// First words of every time expression `PeriodScanner` reads, with the period tables each starts a phrase
    /// of (in the order of the `PeriodStart` bits) and whether it is one of the scanner's trigger words.
    static let periodStarts = PhraseStart.index([
        Periods.months.map(\.0), Periods.ordinals.map(\.0), NumberWords.cardinals.map(\.0),
        Periods.relativeYears.map(\.0), Periods.anaphoricYears.map(\.0), Periods.yearEnd.map(\.0),
        Periods.openEnded.map(\.0), Periods.yearOnYear.map(\.0), PeriodScanner.triggerWords,
    ])
}

/// The cue tables, as bits of `Lexicon.cueTables`.
struct CueTable: OptionSet {
    let rawValue: UInt16
    static let metrics = CueTable(rawValue: 1 << 0)
    static let entities = CueTable(rawValue: 1 << 1)
    static let anaphors = CueTable(rawValue: 1 << 2)
    static let change = CueTable(rawValue: 1 << 3)
    static let target = CueTable(rawValue: 1 << 4)
    static let forecast = CueTable(rawValue: 1 << 5)
    static let purpose = CueTable(rawValue: 1 << 6)
    static let completed = CueTable(rawValue: 1 << 7)
    static let share = CueTable(rawValue: 1 << 8)
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

/// What a word can start for `PeriodScanner`, as the table bits of `Lexicon.periodStarts`: a phrase of one of
/// the period tables, or a time reference read by a trigger word.
struct PeriodStart: OptionSet, Sendable {
    let rawValue: UInt16
    static let month = PeriodStart(rawValue: 1 << 0)
    static let ordinal = PeriodStart(rawValue: 1 << 1)
    static let cardinal = PeriodStart(rawValue: 1 << 2)
    static let relativeYear = PeriodStart(rawValue: 1 << 3)
    static let anaphoricYear = PeriodStart(rawValue: 1 << 4)
    static let yearEnd = PeriodStart(rawValue: 1 << 5)
    static let openEnded = PeriodStart(rawValue: 1 << 6)
    static let yearOnYear = PeriodStart(rawValue: 1 << 7)
    static let trigger = PeriodStart(rawValue: 1 << 8)
}
