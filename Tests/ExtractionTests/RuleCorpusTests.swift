import Claims
import Testing
@testable import Extraction

/// Each rule family's corpus: every positive example yields exactly one claim over its marked span, with the
/// expected value, unit and attributes; every negative example yields nothing.
@Suite("Rule corpora")
struct RuleCorpusTests {
    @Test("numbers, scale words, number words, fractions and ranges", arguments: NumbersCorpus.positive)
    func numbers(_ e: Example) { verify(e) }

    @Test("dates, ordinals, names, distances and durations are not quantities", arguments: NumbersCorpus.negative)
    func notQuantities(_ text: String) {
        #expect(extractAll(text).isEmpty, "\(extractAll(text).map(\.text))")
    }

    @Test("numbers side by side stay apart", arguments: NumbersCorpus.apart)
    func numbersApart(_ e: Example) { verify(e) }

    @Test("money: signs, codes and names before or after the number", arguments: MoneyCorpus.positive)
    func money(_ e: Example) { verify(e) }

    @Test("money that is not a graded metric keeps its other: slug", arguments: MoneyCorpus.other)
    func moneyOther(_ pair: (String, String)) { expectOnly(pair.0, metric: pair.1) }

    @Test("percentages, tonnes, TEU and decreases", arguments: UnitsCorpus.positive)
    func units(_ e: Example) { verify(e) }

    @Test("periods resolved against the publication date", arguments: PeriodsCorpus.positive)
    func periods(_ e: Example) { verify(e) }

    @Test("hedges give bounds", arguments: HedgesCorpus.positive)
    func hedges(_ e: Example) { verify(e) }

    @Test("metrics from the words around the figure", arguments: MetricsCorpus.positive)
    func metrics(_ e: Example) { verify(e) }

    @Test("look-alike figures are never one of the six metrics", arguments: MetricsCorpus.other)
    func metricsOther(_ pair: (String, String)) { expectOnly(pair.0, metric: pair.1) }

    @Test("entities and counterparts", arguments: EntitiesCorpus.positive)
    func entities(_ e: Example) { verify(e) }

    @Test("a figure standing with its own name takes it: brackets, respectively-lists, 'in' a name, 'with' a partner",
          arguments: FigureNamesCorpus.positive)
    func figureNames(_ e: Example) { verify(e) }

    @Test("figures beside names that no pairing rule applies to", arguments: FigureNamesCorpus.unpaired)
    func unpairedFigures(_ e: Example) { verify(e) }

    @Test("the subject is the other party of a figure that names one side", arguments: PartiesCorpus.positive)
    func parties(_ e: Example) { verify(e) }

    @Test("a list part naming two places keeps the bilateral reading", arguments: PartiesCorpus.notEnumerations)
    func notEnumerations(_ e: Example) { verify(e) }

    @Test("kinds: level, change, multiple, share, target, forecast", arguments: KindsCorpus.positive)
    func kinds(_ e: Example) { verify(e) }

    @Test("without a publication date a part-year with no year stays open instead of being guessed")
    func noDateNoGuess() {
        let claims = extractAll("Cargo on the Middle Corridor reached 4 million tons from January to April.", published: nil)
        #expect(claims.count == 1)
        #expect(claims.first?.period == nil)
    }

    /// Every claim of `text` has the given metric (and there is at least one).
    private func expectOnly(_ text: String, metric: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let claims = extractAll(text)
        #expect(!claims.isEmpty, sourceLocation: sourceLocation)
        for c in claims {
            #expect(c.metric.rawValue == metric, "\(c.text): \(c.metric.rawValue)", sourceLocation: sourceLocation)
        }
    }
}
