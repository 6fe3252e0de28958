import Claims
import Store
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
}
