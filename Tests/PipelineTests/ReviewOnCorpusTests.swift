import Analysis
import Claims
import Store
import Testing

/// Evidence strength on the dev corpus as extracted and stored: carried attributes make reviews, stated ones stay.
@Suite("Reviews on the extracted dev corpus", .enabled(if: Paths.hasShared, "../shared is absent"))
struct ReviewOnCorpusTests {
    @Test("""
        d05's 'seven-fold' against 845,000 and 311,000 t of its own sentence is a conflict though the route is carried \
        (one sentence's arithmetic); s02's '+65%' stays a conflict; no other conflict rests on a carried attribute
        """)
    func reviewsAndConflicts() throws {
        let f = try CheckTests.findings(withReference: true)
        #expect(f.contains { $0.severity == .conflict && $0.kind == .multipleVsLevels && $0.evidence.first?.doc == "d05.txt"
            && $0.evidence.first?.quote == "seven-fold" })
        #expect(f.contains { $0.severity == .conflict && $0.kind == .referenceSeries && $0.stated == 65 })
        #expect(!f.contains { $0.severity >= .tension && !EvidenceStrength.isOneSentence($0)
            && $0.evidence.contains { $0.settled.map { !$0.isStated } ?? false } })
    }
}
