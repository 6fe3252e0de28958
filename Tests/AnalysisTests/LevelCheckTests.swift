import Claims
import Testing
@testable import Analysis

/// The same level stated by several documents: findings come in series and period order, whatever the input order.
@Suite("Same-level checks")
struct LevelCheckTests {
    static func level(_ entity: String, _ year: Int, doc: String, value: Double) -> StoredClaim {
        storedClaim(doc: doc, entity: entity, value: value, period: .year(year), lo: value, hi: value)
    }

    @Test("same-level findings are ordered by series, then period, not by hash order (reports diff cleanly run to run)")
    func orderedBySeriesAndPeriod() {
        var claims: [StoredClaim] = []
        for e in 0..<40 {
            for year in [2023, 2021, 2022] {
                claims.append(Self.level(String(format: "Entity %02d", e), year, doc: "a.txt", value: 100))
                claims.append(Self.level(String(format: "Entity %02d", e), year, doc: "b.txt", value: 100))
            }
        }
        var generator = SystemRandomNumberGenerator()
        claims.shuffle(using: &generator)
        let found = LevelChecks.sameLevel(LevelIndex(claims: claims, reference: []))
        #expect(found.count == 120)
        let order = found.map { "\($0.subject) \($0.message.prefix(4))" }
        let expected = (0..<40).flatMap { e in
            [2021, 2022, 2023].map { String(format: "Entity %02d", e) + " freight_volume (t) \($0)" }
        }
        #expect(order == expected)
    }

    @Test("a forecast against two outcomes is judged by their median, the mean of the two, as every other check takes it")
    func forecastAgainstMedianOutcome() {
        let forecast = storedClaim(doc: "f.txt", kind: .forecast, value: 4.2e6, period: .year(2024), lo: 4.15e6, hi: 4.25e6)
        let claims = [forecast, Self.level("Middle Corridor", 2024, doc: "a.txt", value: 4.4e6),
                      Self.level("Middle Corridor", 2024, doc: "b.txt", value: 4.6e6)]
        let found = LevelChecks.forecastVsOutcome(claims[...], LevelIndex(claims: claims, reference: []))
        #expect(found.count == 1)
        // (4.4 + 4.6) / 2 = 4.5 Mt: beaten by 4.5 / 4.2 − 1 = 7.1%, where the upper middle (4.6) would say 9.5%.
        #expect(found.first?.message.contains("against the outcome 4.5 mn") == true)
        #expect(found.first?.message.contains("beaten by 7.1%") == true)
    }

    @Test("same-level findings compare two documents at a time, earlier publication as expected, never a pile")
    func pairsNotPiles() {
        let claims = [
            storedClaim(doc: "a.txt", value: 2.7e6, period: .year(2023), published: Day(year: 2024, month: 3, day: 1), lo: 2.65e6, hi: 2.75e6),
            storedClaim(doc: "b.txt", value: 2.76e6, period: .year(2023), published: Day(year: 2024, month: 2, day: 1), lo: 2.755e6, hi: 2.765e6),
            storedClaim(doc: "c.txt", value: 4.2e6, period: .year(2023), published: Day(year: 2024, month: 5, day: 1), lo: 4.15e6, hi: 4.25e6),
            storedClaim(doc: "d.txt", kind: .forecast, value: 9e6, period: .year(2023), lo: 8.95e6, hi: 9.05e6),
        ]
        let found = LevelChecks.sameLevel(LevelIndex(claims: claims, reference: []))
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.evidence.count == 2 })
        #expect(!found.contains { $0.evidence.contains { $0.doc == "d.txt" } })
        // b.txt was published before a.txt: it is what a.txt is judged against.
        let ab = found.first { Set($0.evidence.map(\.doc)) == ["a.txt", "b.txt"] }
        #expect(ab?.evidence.map(\.doc) == ["b.txt", "a.txt"])
        #expect(ab?.expectedLow == 2.755e6 && ab?.expectedHigh == 2.765e6 && ab?.stated == 2.7e6)
        #expect(ab?.severity == .tension)
        #expect(found.filter { $0.evidence.contains { $0.doc == "c.txt" } }.map(\.severity) == [.conflict, .conflict])
    }

    @Test("no same-level finding has an expected interval whose low end lies above its high end")
    func expectedIntervalOrdered() {
        let claims = [storedClaim(doc: "a.txt", value: 1e6, period: .year(2023), lo: 0.95e6, hi: 1.05e6),
                      storedClaim(doc: "b.txt", value: 2e6, period: .year(2023), lo: 1.95e6, hi: 2.05e6)]
        for f in LevelChecks.sameLevel(LevelIndex(claims: claims, reference: [])) {
            #expect((f.expectedLow ?? -.infinity) <= (f.expectedHigh ?? .infinity))
        }
    }

    @Test("an outturn is paired only with outturns: a 2024 figure published in November 2024 is no partner of one published in 2025")
    func outturnsOnlyWithOutturns() {
        let claims = [
            storedClaim(doc: "early.txt", value: 4.1e6, period: .year(2024), published: Day(year: 2024, month: 11, day: 20), lo: 4.05e6, hi: 4.15e6),
            storedClaim(doc: "b.txt", value: 4.5e6, period: .year(2024), published: Day(year: 2025, month: 2, day: 1), lo: 4.45e6, hi: 4.55e6),
            storedClaim(doc: "c.txt", value: 4.484e6, period: .year(2024), published: Day(year: 2025, month: 3, day: 1), lo: 4.4835e6, hi: 4.4845e6),
        ]
        let found = LevelChecks.sameLevel(LevelIndex(claims: claims, reference: []))
        #expect(found.map { $0.evidence.map(\.doc) } == [["b.txt", "c.txt"]])
        #expect(found.first?.severity == .consistent)
    }
}
