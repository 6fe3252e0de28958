import Claims
import Testing
@testable import Extraction

/// `BasisRule`: a figure's own sentence names its basis ("net FDI", "through the seaports of …", "by rail").
@Suite("Bases from a figure's own words")
struct BasisRuleTests {
    @Test("each figure takes the basis its sentence names, the nearest mark first; look-alikes stay on the usual basis",
          arguments: BasesCorpus.positive.indices)
    func basis(_ i: Int) throws {
        let (marked, basis) = BasesCorpus.positive[i]
        let m = MarkedText(marked)
        let claim = try #require(extractAll(m.text).first { $0.span == m.span }, "no claim at the marked span in \(m.text)")
        #expect(claim.basis == basis, "\(m.text)")
    }

    @Test("a claim quotes its sentence with white space collapsed, not its neighbours")
    func quote() throws {
        let text = "Trade fell in 2022. Cargo along the Middle  Corridor\treached 4.5 million tons in 2024. Next year is hard."
        let doc = SourceDocument(id: "q.txt", text: text, published: Day("2024-06-15"))
        let claims = Extractor(options: ExtractionOptions(quotes: true)).extract(doc)
        let claim = try #require(claims.first { $0.text == "4.5 million tons" })
        #expect(claim.quote == "Cargo along the Middle Corridor reached 4.5 million tons in 2024.")
        #expect(extractAll(text).allSatisfy { $0.quote == nil }, "extract without quotes makes none")
    }
}
