import Claims
import Testing
@testable import Analysis

/// A level open on one side makes the implied change open on that side, written "at most …" / "at least …".
@Suite("Open-ended bounds in messages")
struct OpenBoundTests {
    static func findings(base: (lo: Double?, hi: Double?), level: (lo: Double?, hi: Double?)) -> [Finding] {
        let change = storedClaim(doc: "a.txt", kind: .change, value: 62, unit: .percent, period: .year(2024), base: .year(2023),
                                 span: Span(start: 0, end: 3), lo: 61.5, hi: 62.5)
        let now = storedClaim(doc: "a.txt", value: 4.5e6, period: .year(2024), span: Span(start: 10, end: 20), lo: level.lo, hi: level.hi)
        // One document's pair: a change is set against one document's (or one publisher's) pair of levels at a time.
        let before = storedClaim(doc: "a.txt", value: 2.76e6, period: .year(2023), span: Span(start: 30, end: 40), lo: base.lo, hi: base.hi)
        return ConsistencyChecks.run(claims: [change, now, before], reference: []).filter { $0.kind == .changeVsLevels }
    }

    @Test("'+62% to 4.5 Mt' against 'exceeded 2.76 Mt' implies at most +64.9%, not '-100% to +64.9%'")
    func atMost() throws {
        let f = try #require(Self.findings(base: (2.76e6, nil), level: (4.45e6, 4.55e6)).first)
        #expect(f.message.contains("imply at most +64.9%"))
        #expect(!f.message.contains("-100%"))
        #expect(f.expectedLow == nil && f.severity == .consistent)
    }

    @Test("a level open above implies at least a change")
    func atLeast() throws {
        let f = try #require(Self.findings(base: (2.755e6, 2.765e6), level: (4.45e6, nil)).first)
        #expect(f.message.contains("imply at least +60.9%"))
        #expect(f.expectedHigh == nil)
    }
}

/// A share of a whole stated as a ceiling implies the part "at most …", written once.
@Suite("Open-ended shares in messages")
struct OpenShareTests {
    @Test("60% of 'almost 450' implies the part at most 270, not 'at at most'")
    func shareAtMost() throws {
        let whole = StoredClaim(claim: Claim(doc: "a.txt", published: Day("2025-01-10"), span: Span(start: 0, end: 3), text: "x",
                                             entity: "Bloc", counterpart: nil, metric: .gdp, kind: .level, value: 450e9, unit: .usd,
                                             period: .year(2024), basePeriod: nil, bound: .atMost),
                                path: "a.txt", title: nil, interval: ValueInterval(lo: nil, hi: 450e9))
        var share = whole
        share.claim = Claim(doc: "a.txt", published: Day("2025-01-10"), span: Span(start: 5, end: 8), text: "y", entity: "Member",
                            counterpart: "Bloc", metric: .gdp, kind: .share, value: 60, unit: .percent, period: .year(2024),
                            basePeriod: nil, bound: .exact)
        share.interval = ValueInterval(lo: 60, hi: 60)
        let f = try #require(ConsistencyChecks.run(claims: [whole, share], reference: []).first { $0.kind == .shareOfWhole })
        #expect(f.message.contains("implies Member at most 270 bn USD"))
        #expect(!f.message.contains("at at"))
    }
}
