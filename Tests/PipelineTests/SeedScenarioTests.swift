import Analysis
import Claims
import Foundation
import Pipeline
import StoreSQLite
import Testing

/// The seed scenario: the five seed articles (s00–s04) with the official reference, extracted and stored by the
/// product itself, and the six findings a user must get — each with the documents and words it rests on.
/// Rates from `Scripts/fixtures/target_as_published.py`.
@Suite("Seed scenario: six findings with their quotes", .enabled(if: Paths.hasShared || Paths.isCI, "../shared is absent"))
struct SeedScenarioTests {
    static func findings() throws -> [Finding] {
        let seeds = (0...4).map { Paths.devDocs.appendingPathComponent("s0\($0).txt").path }
        let store = try CheckTests.ingested(seeds, withReference: true)
        return ConsistencyChecks.run(claims: try store.claims(matching: ClaimFilter()), reference: try store.referenceValues())
    }

    static func rests(_ f: Finding, on quotes: [(String, String)]) -> Bool {
        quotes.allSatisfy { q in f.evidence.contains { $0.doc == q.0 && $0.quote == q.1 } }
    }

    static func near(_ a: Double?, _ b: Double, _ tolerance: Double) -> Bool { a.map { abs($0 - b) <= tolerance } ?? false }

    @Test("1. s04's '+62% to 4.5 Mt' puts 2023 at 2.74–2.82 Mt, consistent with s02's 2.76 Mt")
    func changeConsistentWithOtherDocument() throws {
        let f = try Self.findings()
        #expect(f.contains { $0.kind == .changeVsLevels && $0.severity == .consistent
            && Self.rests($0, on: [("s04.txt", "62%"), ("s04.txt", "4.5 million tons"), ("s02.txt", "2.76 million tons")]) })
    }

    @Test("2. s02's 4.2 Mt forecast for 2024 was beaten by 7.1% (s04's 4.5 Mt), in one vocabulary: no finding calls it met")
    func forecastBeaten() throws {
        let f = try Self.findings().filter { $0.kind == .forecastVsOutcome && Self.rests($0, on: [("s02.txt", "4.2 million tons")]) }
        #expect(f.contains { $0.outcome == .beaten && $0.message.contains("beaten by 7.1%")
            && Self.rests($0, on: [("s04.txt", "4.5 million tons")]) })
        #expect(!f.contains { $0.outcome == .met })
    }

    @Test("3. '60% of almost $450 bn' puts Kazakhstan's GDP at most $272 bn, consistent with the World Bank's $261 bn")
    func shareOfRegion() throws {
        let f = try Self.findings()
        #expect(f.contains { $0.kind == .shareOfWhole && $0.severity == .consistent && Self.near($0.expectedHigh, 272.25e9, 1e6)
            && Self.rests($0, on: [("s02.txt", "60%"), ("s01.txt", "$450 billion")]) && $0.evidence.contains { $0.doc == "World Bank WDI" } })
    }

    @Test("4. '+65% on 2022' and 'three times 2021' conflict with the Ministry of Transport's +86.1% and 4.7×")
    func changesAgainstMinistry() throws {
        let f = try Self.findings().filter { $0.kind == .referenceSeries && $0.severity == .conflict }
        #expect(f.contains { Self.rests($0, on: [("s02.txt", "65%")]) && $0.evidence.contains { $0.doc == "KZ Ministry of Transport" }
            && Self.near($0.expectedLow, 86.13, 0.05) })
        #expect(f.contains { Self.rests($0, on: [("s02.txt", "three times")]) && $0.evidence.contains { $0.doc == "KZ Ministry of Transport" }
            && Self.near($0.expectedLow, 4.717, 0.005) })
    }

    @Test("5. as published uses claims published by then (s02: +20.2%/yr from 2.76 Mt; s04: +30.5%/yr from 4.5 Mt); now 2025's 4.119 Mt")
    func targetsAsPublished() throws {
        let f = try Self.findings().filter { $0.kind == .targetFeasibility && $0.evidence.first?.value == 10e6 }
        func rate(_ doc: String, asPublished: Bool) -> Double? {
            f.first { $0.evidence.first?.doc == doc && $0.message.contains("as published") == asPublished }?.stated
        }
        #expect(Self.near(rate("s02.txt", asPublished: true), 20.1905, 0.001))
        #expect(Self.near(rate("s04.txt", asPublished: true), 30.4956, 0.001))
        #expect(Self.near(rate("s02.txt", asPublished: false), 19.4103, 0.001))
        #expect(Self.near(rate("s04.txt", asPublished: false), 55.8131, 0.001))
        #expect(f.contains { $0.message.contains("as published") && $0.message.contains("from 2023's 2.76 mn") })
    }

    @Test("6. s00's 'over 20%' of Kazakh trade held by the G7 is compared with its own $30bn of Kazakhstan–G7 trade; nothing under an even chance is 'on track'")
    func shareOfTradeAndTargetWords() throws {
        let f = try Self.findings()
        #expect(f.contains { $0.kind == .shareOfWhole && $0.severity == .consistent
            && Self.rests($0, on: [("s00.txt", "20%"), ("s02.txt", "$140 billion"), ("s00.txt", "$30bn")]) })
        #expect(!f.contains { $0.message.contains("on track") })
        #expect(!f.contains { $0.kind == .shareOfWhole && $0.severity == .consistent && $0.message.contains("no level of") })
    }
}
