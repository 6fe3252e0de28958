import Claims
import Testing
@testable import Extraction

/// Every claim records, without `--explain`, whether its entity and period were stated in its own sentence.
@Suite("Settlement of entity and period")
struct SettlementTests {
    private func claims(_ text: String, title: String? = nil, explain: Bool = false) -> [Claim] {
        let doc = SourceDocument(id: "t.txt", text: text, published: Day("2024-06-15"), title: title)
        return Extractor(options: ExtractionOptions(explain: explain)).extract(doc)
    }

    @Test("a place and a year named in the figure's sentence: both stated")
    func bothStated() throws {
        let c = try #require(claims("Kazakhstan's trade turnover reached $140 billion in 2023.").first)
        #expect(c.entity == "Kazakhstan")
        #expect(c.settled == .stated)
    }

    @Test("a pairing rule ties the place to the figure: stated")
    func pairedPlace() throws {
        let found = claims("The bank expects GDP growth of 6.2% in Kazakhstan, 5.5% in Uzbekistan in 2025.")
        #expect(found.map(\.entity) == ["Kazakhstan", "Uzbekistan"])
        #expect(found.allSatisfy { $0.settled == .stated })
    }

    @Test("the place from the headline: entity from context, period stated")
    func subjectFromHeadline() throws {
        let c = try #require(claims("Trade turnover reached $5 billion in 2023.", title: "Armenia's trade with its neighbours").first)
        #expect(c.entity == "Armenia")
        #expect(c.settled == Settlement(entity: .context, period: .stated))
    }

    @Test("no time word: the publication year is context")
    func publicationYear() throws {
        let c = try #require(claims("Kazakhstan's trade turnover is $140 billion.").first)
        #expect(c.period == .year(2024))
        #expect(c.settled == Settlement(entity: .stated, period: .context))
    }

    @Test("a second sentence with neither place nor year carries both from the sentence before (not the subject)")
    func earlierSentence() throws {
        let found = claims("Kazakhstan's trade turnover reached $62 billion in 2023. The turnover grew by 22 percent.",
                           title: "Armenia's economy")
        #expect(found.count == 2)
        let first = try #require(found.first)
        #expect(first.settled == .stated)
        let second = try #require(found.last)
        #expect(second.entity == "Kazakhstan")
        #expect(second.period == .year(2023))
        #expect(second.settled == Settlement(entity: .context, period: .context))
    }

    @Test("--explain shows the settlement; the record without it has the same one")
    func explainShowsIt() throws {
        let text = "Trade turnover reached $5 billion."
        let plain = try #require(claims(text, title: "Armenia's trade with its neighbours").first)
        let explained = try #require(claims(text, title: "Armenia's trade with its neighbours", explain: true).first)
        #expect(plain.settled == Settlement(entity: .context, period: .context))
        #expect(explained.settled == plain.settled)
        #expect(plain.settled.carried == ["entity", "period"])
    }
}
