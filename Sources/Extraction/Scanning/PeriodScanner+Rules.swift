import Claims

extension PeriodScanner {
    /// The words and tables the period scanner reads, gathered in one object so a scan pays one lazy global
    /// initialisation check per sentence instead of one per table or word access (`swift_once` on Linux).
    final class Rules: Sendable {
        static let shared = Rules()

        /// Words a time reference can start with, and which tables each starts a phrase of.
        let starts = Lexicon.periodStarts
        let monthNames = Periods.monthTable
        let ordinals = Periods.ordinalTable
        let relativeYears = Periods.relativeTable
        let anaphoricYears = Periods.anaphoricTable
        let yearEnd = Periods.yearEndTable
        let openEnded = Periods.openEndedTable
        let yearOnYear = Periods.yearOnYearTable
        let cardinals = NumberWords.cardinalTable
        let comparisons = Modality.comparisonTable

        let and = WordHash.of("and"), the = WordHash.of("the"), a = WordHash.of("a"), its = WordHash.of("its")
        let this = WordHash.of("this"), that = WordHash.of("that"), of = WordHash.of("of"), to = WordHash.of("to")
        let through = WordHash.of("through"), till = WordHash.of("till"), until = WordHash.of("until")
        let months = WordHash.of("months"), half = WordHash.of("half"), quarter = WordHash.of("quarter")
        let year = WordHash.of("year"), years = WordHash.of("years"), past = WordHash.of("past")
        let last = WordHash.of("last"), decade = WordHash.of("decade"), decades = WordHash.of("decades")
        let within = WordHash.of("within"), inWord = WordHash.of("in"), time = WordHash.of("time")
        let by = WordHash.of("by"), same = WordHash.of("same"), period = WordHash.of("period")
        let end = WordHash.of("end"), current = WordHash.of("current"), level = WordHash.of("level")
        let levels = WordHash.of("levels"), over = WordHash.of("over"), from = WordHash.of("from")
        let during = WordHash.of("during"), s = WordHash.of("s"), today = WordHash.of("today")
        let between = Word.between, on = Word.on, at = Word.at, than = Word.than, compared = Word.compared
        let asWord = WordHash.of("as"), month = WordHash.of("month"), quarters = WordHash.of("quarters")
        /// Words that, after "the" and before "period", name the same part of another year: "the analogous period".
        let samePeriodWords: WordSet = ["same", "analogous", "corresponding", "comparable", "similar"]
        let q1 = Word.q1, q2 = Word.q2, q3 = Word.q3, q4 = Word.q4, h1 = Word.h1, h2 = Word.h2

        private init() {}
    }
}
