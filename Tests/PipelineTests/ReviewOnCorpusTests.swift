import Analysis
import Claims
import Store
import Testing

/// Evidence strength on the dev corpus as extracted and stored: carried attributes make reviews, stated ones stay.
@Suite("Reviews on the extracted dev corpus", .enabled(if: Paths.hasShared, "../shared is absent"))
struct ReviewOnCorpusTests {
    @Test("d05's 'seven-fold' against its own levels is a review (the route is carried); s02's '+65%' stays a conflict")
    func reviewsAndConflicts() throws {
        let f = try CheckTests.findings(withReference: true)
        #expect(f.contains { $0.severity == .review && $0.kind == .multipleVsLevels
            && $0.message.contains("d05.txt 'seven-fold' carried its entity from context") })
        #expect(f.contains { $0.severity == .conflict && $0.kind == .referenceSeries && $0.stated == 65 })
        #expect(!f.contains { $0.severity >= .tension && $0.evidence.contains { $0.settled.map { !$0.isStated } ?? false } })
    }
}
