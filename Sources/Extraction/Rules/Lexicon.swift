/// The first words of every rule table, so the scanner can pass over the many words that start no rule
/// with a single probe instead of one per table.
enum Lexicon {
    /// First words of the cue tables read by `SentenceCues`.
    static let cueStarts = WordSet(firstWordsOf: [
        Metrics.cues.map(\.0), Entities.names.map(\.0), Entities.anaphors.map(\.0), Modality.change.map(\.0),
        Modality.target.map(\.0), Modality.forecast.map(\.0), Modality.purpose.map(\.0),
        Modality.completed.map(\.0), Modality.share.map(\.0),
    ])

    /// First words of numbers written as words: cardinals, multipliers, fractions.
    static let numberWordStarts = WordSet(firstWordsOf: [
        NumberWords.cardinals.map(\.0), NumberWords.multipliers.map(\.0), NumberWords.fractions.map(\.0),
    ])

    /// First words of every time expression `PeriodScanner` reads.
    static let periodStarts = WordSet(firstWordsOf: [
        Periods.months.map(\.0), Periods.ordinals.map(\.0), Periods.relativeYears.map(\.0),
        Periods.anaphoricYears.map(\.0), Periods.yearEnd.map(\.0), Periods.openEnded.map(\.0),
        Periods.yearOnYear.map(\.0), NumberWords.cardinals.map(\.0),
        ["same", "current", "today", "past", "last", "within", "in", "end", "q1", "q2", "q3", "q4", "h1", "h2"],
    ])
}

extension WordSet {
    /// The set of the first word of each phrase.
    init(firstWordsOf groups: [[String]]) {
        self.init(hashes: groups.flatMap { $0.compactMap { PhraseTable<Int>.words(of: $0).first } })
    }
}
