import Claims
import Testing
@testable import Analysis

/// Figures of one sentence that contradict each other do so whoever they are about: a carried entity does not make
/// such a conflict a review; a carried period, or figures from two sentences, still do.
@Suite("Evidence strength: one sentence's own arithmetic")
struct OneSentenceStrengthTests {
    static let sentence = "Last year, bilateral trade grew by 27% to $5.7 billion, compared to $4.2 billion in 2021."

    /// '+27%' with its own levels 5.7 and 4.2 (which imply about +35.7%), each with the given settlement and sentence.
    static func claims(entity: Origin, period: Origin, secondSentence: String? = nil) -> [StoredClaim] {
        var change = storedClaim(doc: "t.txt", kind: .change, value: 27, unit: .percent, period: .year(2022), base: .year(2021),
                                 span: Span(start: 30, end: 33), text: "27%", lo: 26.5, hi: 27.5)
        var now = storedClaim(doc: "t.txt", kind: .level, value: 5.7e9, unit: .usd, period: .year(2022),
                              span: Span(start: 37, end: 49), text: "$5.7 billion", lo: 5.65e9, hi: 5.75e9)
        var before = storedClaim(doc: "t.txt", kind: .level, value: 4.2e9, unit: .usd, period: .year(2021),
                                 span: Span(start: 63, end: 75), text: "$4.2 billion", lo: 4.15e9, hi: 4.25e9)
        for i in [0, 1, 2] {
            var c = [change, now, before][i]
            c.claim.settled = Settlement(entity: entity, period: i == 0 ? period : .stated)
            c.claim.quote = i == 2 ? (secondSentence ?? sentence) : sentence
            if i == 0 { change = c } else if i == 1 { now = c } else { before = c }
        }
        return [change, now, before]
    }

    static func changeSeverities(_ claims: [StoredClaim]) -> [Severity] {
        ConsistencyChecks.run(claims: claims, reference: []).filter { $0.kind == .changeVsLevels }.map(\.severity)
    }

    @Test("entity carried, all three figures in one sentence: the conflict stands")
    func carriedEntityOneSentence() {
        #expect(Self.changeSeverities(Self.claims(entity: .context, period: .stated)) == [.conflict])
    }

    @Test("the change's period carried: review")
    func carriedPeriod() {
        #expect(Self.changeSeverities(Self.claims(entity: .context, period: .context)) == [.review])
    }

    @Test("entity carried and the base level in another sentence: review")
    func twoSentences() {
        let claims = Self.claims(entity: .context, period: .stated, secondSentence: "It was $4.2 billion in 2021.")
        #expect(Self.changeSeverities(claims) == [.review])
    }
}
