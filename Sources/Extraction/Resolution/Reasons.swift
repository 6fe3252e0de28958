/// Where a draft's period came from, kept as byte ranges of the document (tokens are gone once the line is read)
/// so that `extract --explain` can quote the words.
enum PeriodSource {
    case none
    /// A time expression of the figure's own sentence.
    case stated(Range<Int>)
    /// The starting value of a from–to pair, which has no period of its own.
    case fromValue
    /// The period of the sentence before (same metric, or a sentence pointing back).
    case sentenceBefore
    /// The period the passage last stated, for a figure told in the past tense.
    case passage
    /// A forecast with no time word of its own takes the period of the last forecast.
    case lastForecast
    /// Nothing in the text: the year of publication.
    case publication
    /// A from–to pair in a sentence naming a span of years.
    case spanOfYears
    /// The earlier forecast of a revision takes the period of the revised one.
    case revisedForecast
}

/// What decided a draft's kind.
enum KindSource {
    /// "three times", "doubled": a multiple as written.
    case multiple
    /// A percentage with a change word beside it.
    case changeWord(Range<Int>)
    /// An amount that is an absolute change ("an increase of $5 billion", "+$2 billion", "12% or $3 billion").
    case absoluteChange
    /// A share word ("accounted for", "of") or a bracketed breakdown.
    case share
    /// A target or forecast cue before the figure.
    case forwardCue(Range<Int>)
    /// Investment in projects not yet done.
    case projectValue
    /// "to raise … to $10 billion by 2030", "… as their goal": a purpose or a named goal with a future period.
    case purpose
    /// A growth rate as stated.
    case rate
    /// The earlier value of a revised forecast ("raised … to 4.6% from 3.5%").
    case revision
    /// No word of change, share, target or forecast.
    case level
}

/// Where a draft's entity came from.
enum EntitySource {
    case undecided
    /// A pairing rule of `FigureNames`.
    case standsWith(FigureNames.Rule, Range<Int>)
}

/// What decided each attribute of a draft, as byte ranges of the document and rule names (no strings until
/// `Explanation` writes them).
final class DraftReasons {
    var period = PeriodSource.none
    var kind = KindSource.level
    var entity = EntitySource.undecided
    /// The metric's cue words, when a cue decided it.
    var metricCue: Range<Int>?
    /// The hedge words before the number ("almost", "more than").
    var hedge: Range<Int>?
}
