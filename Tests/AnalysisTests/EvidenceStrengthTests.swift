import Claims
import Testing
@testable import Analysis

/// A conflict or tension resting on an entity or period carried from context is a `review`, never a conflict.
@Suite("Evidence strength: review")
struct EvidenceStrengthTests {
    static let reference = [
        ReferenceValue(source: "Ministry", entity: "Middle Corridor", metric: .freightVolume, period: .year(2023), value: 2.7e6, unit: .tonnes),
        ReferenceValue(source: "Ministry", entity: "Middle Corridor", metric: .freightVolume, period: .year(2024), value: 4.5e6, unit: .tonnes),
    ]

    /// '+50%' for 2024 against 2023, which the reference rows (+66.7%) contradict.
    static func change(_ settled: Settlement) -> StoredClaim {
        var s = storedClaim(doc: "c.txt", kind: .change, value: 50, unit: .percent, period: .year(2024), base: .year(2023),
                            text: "50%", lo: 49.5, hi: 50.5)
        s.claim.settled = settled
        return s
    }

    static func severities(_ settled: Settlement) -> [Severity] {
        ConsistencyChecks.run(claims: [change(settled)], reference: reference).map(\.severity)
    }

    @Test("stated in its own sentence against reference rows: a conflict stays a conflict")
    func statedStaysConflict() {
        #expect(Self.severities(.stated) == [.conflict])
    }

    @Test("a period carried from context (an earlier sentence, the publication year): review, naming the claim and the period")
    func carriedPeriod() throws {
        let found = ConsistencyChecks.run(claims: [Self.change(Settlement(entity: .stated, period: .context))], reference: Self.reference)
        let f = try #require(found.first)
        #expect(f.severity == .review)
        #expect(f.verdict == "review")
        #expect(f.message.hasSuffix("— review, not conflict: c.txt '50%' carried its period from context"))
    }

    @Test("an entity from the document's subject: review; both carried are both named")
    func carriedEntity() throws {
        #expect(Self.severities(Settlement(entity: .context, period: .stated)) == [.review])
        let both = ConsistencyChecks.run(claims: [Self.change(Settlement(entity: .context, period: .context))], reference: Self.reference)
        #expect(both.first?.message.contains("carried its entity and period from context") == true)
    }

    @Test("a tension is demoted too; consistent, not_checked and reference-only evidence are left alone")
    func onlyConflictAndTension() {
        let carried = Evidence(Self.change(Settlement(entity: .context, period: .stated)))
        let reference = Evidence(reference: Self.reference[0])
        func finding(_ s: Severity, _ evidence: [Evidence]) -> Finding {
            Finding(kind: .referenceSeries, severity: s, subject: "s", evidence: evidence, expectedLow: 1, expectedHigh: 2,
                    stated: 3, unit: .percent, tolerance: "", message: "m")
        }
        let judged = EvidenceStrength.judged([finding(.tension, [carried, reference]), finding(.consistent, [carried]),
                                              finding(.notChecked, [carried]), finding(.conflict, [reference]),
                                              finding(.conflict, [Evidence(Self.change(.stated)), reference])])
        #expect(judged.map(\.severity) == [.review, .consistent, .notChecked, .conflict, .conflict])
        #expect(reference.settled == nil)
    }

    @Test("review ranks below consistent and above not_checked: never a conflict, never reached by --fail-on")
    func ranking() {
        #expect(Severity.review < .consistent && Severity.review < .tension && Severity.review < .conflict)
        #expect(Severity.notChecked < .review && Severity.notComparable < .review)
        #expect(Severity.allCases == Severity.allCases.sorted())
    }
}
