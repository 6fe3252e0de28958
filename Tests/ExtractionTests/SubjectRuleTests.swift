import Claims
import Testing
@testable import Extraction

/// The subject of a document comes from its headline and lead (`SubjectRule`), never from a fixed default.
@Suite("Document subject")
struct SubjectRuleTests {
    /// The entity of the only graded claim of a one-sentence body under `title`.
    private func entity(title: String?, body: String) -> String? {
        let doc = SourceDocument(id: "t.txt", text: body, published: Day("2024-06-15"), title: title)
        let claims = Extractor().extract(doc)
        #expect(claims.count == 1, "\(claims.map(\.text))")
        return claims.first?.entity
    }

    @Test("a country written as the owner in the headline is the subject, over another named first")
    func possessiveWins() {
        #expect(entity(title: "Kazakhstan emerges as Uzbekistan's third largest trade partner",
                       body: "The country's foreign trade turnover reached $29 billion in 2023.") == "Uzbekistan")
    }

    @Test("a country outside Central Asia in the headline is the subject")
    func anyCountry() {
        #expect(entity(title: "Russian economy slows as sanctions bite",
                       body: "The country's GDP grew 1.2% in 2023.") == "Russia")
    }

    @Test("a Central Asian country in the headline comes before its partner")
    func centralAsianFirst() {
        #expect(entity(title: "China and Kyrgyzstan sign a trade pact",
                       body: "The country's GDP grew 9% in 2023.") == "Kyrgyzstan")
    }

    @Test("a bloc in the headline is the subject when no country is named")
    func region() {
        #expect(entity(title: "EAEU trade rises", body: "The GDP of the union grew 3% in 2023.") == "EAEU")
    }

    @Test("a capital in the headline (the place of a meeting) is not the subject")
    func capitalIsNoSubject() {
        #expect(entity(title: "Ministers meet in Moscow", body: "GDP grew 3% in 2023.") == "unknown")
    }

    @Test("with no name in the headline or the lead, the subject stays unknown")
    func unknown() {
        #expect(entity(title: "Markets in review", body: "GDP grew 3% in 2023.") == "unknown")
    }

    @Test("under a headline about FDI, investment broken down by investor is FDI; under another headline it stays investment")
    func headlineFDI() {
        let body = "Investments from Russia amounted to $118 million in 2023."
        let fdi = Extractor().extract(SourceDocument(id: "a.txt", text: body, published: Day("2024-06-15"),
                                                     title: "Kyrgyzstan received $800 million of FDI in 2023"))
        let plain = Extractor().extract(SourceDocument(id: "b.txt", text: body, published: Day("2024-06-15"),
                                                       title: "Kyrgyzstan's economy in 2023"))
        #expect(fdi.map(\.metric) == [.fdi])
        #expect(plain.map(\.metric) == [.investment])
        #expect(fdi.first?.entity == "Kyrgyzstan" && fdi.first?.counterpart == "Russia")
    }
}
