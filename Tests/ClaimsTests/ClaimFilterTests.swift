@testable import Claims
import Testing

/// Query filters over stored claims.
@Suite("Claim filters")
struct ClaimFilterTests {
    static let claim = Claim(doc: "s04.txt", published: Day("2025-05-14"), span: Span(start: 1, end: 5), text: "62%",
                             entity: "Middle Corridor", counterpart: nil, metric: .freightVolume, kind: .change, value: 62,
                             unit: .percent, period: .year(2024), basePeriod: .year(2023), bound: .exact)

    @Test("an empty filter matches every claim")
    func empty() { #expect(ClaimFilter().matches(Self.claim)) }

    @Test("entities match without regard to case or spacing")
    func entityFolding() {
        #expect(ClaimFilter(entity: "middle  corridor").matches(Self.claim))
        #expect(!ClaimFilter(entity: "Kazakhstan").matches(Self.claim))
    }

    @Test("a folded name is the name lowercased without spaces or tabs, on the ASCII fast path and off it",
          arguments: ["Middle Corridor", "  Trans-Caspian\tRoute ", "KAZAKHSTAN", "Türkiye", "ÖSTERREICH Bank", "a", ""])
    func folding(_ name: String) {
        #expect(ClaimFilter.folded(name) == String(name.lowercased().unicodeScalars.filter { $0 != " " && $0 != "\t" }))
    }

    @Test("every set field must agree")
    func allFields() {
        #expect(ClaimFilter(metric: .freightVolume, kind: .change, period: .year(2024), doc: "s04.txt").matches(Self.claim))
        #expect(!ClaimFilter(metric: .freightVolume, kind: .level).matches(Self.claim))
        #expect(!ClaimFilter(period: .year(2023)).matches(Self.claim))
    }
}
