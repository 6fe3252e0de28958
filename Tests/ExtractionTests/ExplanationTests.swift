import Claims
import Testing
@testable import Extraction

/// `extract --explain`: each claim says which words or rules decided its attributes; without it, no explanation.
@Suite("Explanations")
struct ExplanationTests {
    private func claims(_ text: String, explain: Bool, title: String? = nil) -> [Claim] {
        let doc = SourceDocument(id: "t.txt", text: text, published: Day("2024-06-15"), title: title)
        return Extractor(options: ExtractionOptions(explain: explain)).extract(doc)
    }

    @Test("a forecast names its cue, a stated period its words, a hedge its words, a paired figure its rule")
    func quotesTheDecidingWords() throws {
        let c = try #require(claims("The bank expects GDP growth of almost 6.2% in Kazakhstan, 5.5% in Uzbekistan in 2025.",
                                    explain: true).first)
        let why = try #require(c.why)
        #expect(why.kind == "cue 'expects'")
        #expect(why.period == "stated '2025'")
        #expect(why.bound == "hedge 'almost'")
        #expect(why.metric == "cue 'GDP growth'")
        #expect(why.entity == "stands with 'Kazakhstan' ('in'/'for' and the name after the figure)")
    }

    @Test("a figure with no place in its sentence says it took the document's subject, and from where")
    func subjectFromHeadline() throws {
        let c = try #require(claims("Trade turnover reached $5 billion in 2023.", explain: true,
                                    title: "Armenia's trade with its neighbours").first)
        #expect(c.entity == "Armenia")
        #expect(c.why?.entity == "subject of the document (headline: a country written as owner)")
        #expect(c.why?.period == "stated '2023'")
        #expect(c.why?.kind == "no word of change, share, target or forecast")
    }

    @Test("a period from the publication date says so")
    func publicationYear() throws {
        let c = try #require(claims("Kazakhstan's trade turnover is $140 billion.", explain: true).first)
        #expect(c.why?.period == "the publication year (no time word in the text)")
        #expect(c.why?.entity == "named in its sentence")
    }

    @Test("without --explain no claim carries an explanation")
    func offByDefault() {
        let all = claims("The bank expects GDP growth of 6.2% in Kazakhstan in 2025.", explain: false)
        #expect(!all.isEmpty)
        #expect(all.allSatisfy { $0.why == nil })
    }
}
