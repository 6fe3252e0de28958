import Claims
import Testing
@testable import Analysis

/// A target is judged as of now beside "as published" only when now starts from another latest level: a series
/// holding nothing that was unknown on the day gets one judgement, any later figure a second.
@Suite("Target judged as of now only when something came after")
struct TargetNowJudgementTests {
    static func claim(_ kind: Kind, _ value: Double, _ year: Int, published: String) -> StoredClaim {
        storedClaim(doc: "d-\(published)", entity: "Route", kind: kind, value: value, period: .year(year), published: Day(published),
                    span: Span(start: 0, end: 1), lo: value * 0.99, hi: value * 1.01)
    }

    /// The target's judgements by when they were made ("as published", "now"), in that order.
    static func judgements(_ claims: [StoredClaim], reference: [ReferenceValue] = []) -> [String] {
        ConsistencyChecks.run(claims: claims, reference: reference)
            .filter { $0.kind == .targetFeasibility }
            .map { $0.message.contains("as published") ? "as published" : "now" }
            .sorted()
    }

    static let history = [claim(.level, 2.0, 2021, published: "2024-03-01"), claim(.level, 2.4, 2022, published: "2024-03-01"),
                          claim(.level, 2.9, 2023, published: "2024-03-01")]
    static let target = claim(.target, 10, 2030, published: "2024-06-01")

    @Test("every level published by the target's day: one judgement, as published")
    func nothingLater() {
        #expect(Self.judgements(Self.history + [Self.target]) == ["as published"])
    }

    @Test("a level published after the target's day: judged as published and as of now")
    func laterLevel() {
        #expect(Self.judgements(Self.history + [Self.target, Self.claim(.level, 3.4, 2024, published: "2025-02-01")]) == ["as published", "now"])
    }

    @Test("a level of a year after the target's publication year, published before its day: judged as of now too")
    func levelOfALaterYear() {
        let early = Self.claim(.level, 3.3, 2025, published: "2024-05-01")
        #expect(Self.judgements(Self.history + [early, Self.target]) == ["as published", "now"])
    }

    @Test("a reference row, known as of now only: judged as of now too")
    func referenceRow() {
        let row = ReferenceValue(source: "Ministry", entity: "Route", metric: .freightVolume, period: .year(2024), value: 3.5, unit: .tonnes)
        #expect(Self.judgements(Self.history + [Self.target], reference: [row]) == ["as published", "now"])
    }
}
