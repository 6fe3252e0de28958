import Claims
import Testing
@testable import Analysis

/// Reference rows keep their publisher's hedge in the arithmetic, and figures on different bases are never compared.
/// Numbers from `Scripts/fixtures/reference_bounds.py`.
@Suite("Reference bounds and bases")
struct ReferenceBasisTests {
    static func row(_ year: Int, _ value: Double, source: String = "Ministry", bound: Bound = .exact,
                    basis: String? = nil) -> ReferenceValue {
        ReferenceValue(source: source, entity: "Middle Corridor", metric: .freightVolume, period: .year(year), value: value,
                       unit: .tonnes, bound: bound, basis: basis)
    }

    static let change = storedClaim(doc: "c.txt", kind: .change, value: 50, unit: .percent, period: .year(2024),
                                    base: .year(2023), lo: 49.5, hi: 50.5)

    @Test("an at_least row's interval is open above: '+50%' meets 'more than 4.0 Mt' over 2.7 Mt")
    func atLeastRowOpenAbove() {
        let reference = [Self.row(2024, 4.0e6, bound: .atLeast), Self.row(2023, 2.7e6)]
        let found = RelativeChecks.findings([Self.change][...], LevelIndex(claims: [Self.change], reference: reference))
        #expect(found.count == 1)
        #expect(found.first?.severity == .consistent)
        #expect(abs((found.first?.expectedLow ?? 0) - 48.14814814814814) < 1e-9)
        #expect(found.first?.expectedHigh == nil)
    }

    @Test("an approx outturn allows ±5%: a 104 forecast meets 'about 100'")
    func approxOutturn() {
        let forecast = storedClaim(doc: "f.txt", kind: .forecast, value: 104, period: .year(2024), lo: 103.5, hi: 104.5)
        let index = LevelIndex(claims: [forecast], reference: [Self.row(2024, 100, bound: .approx)])
        let found = LevelChecks.forecastVsOutcome([forecast][...], index)
        #expect(found.map(\.severity) == [.consistent])
        let level = index.referenceLevels(LevelIndex.key("Middle Corridor", nil, .freightVolume, .tonnes), .year(2024)).first
        #expect(level?.low == 95.0 && level?.high == 105.0)
    }

    @Test("a publisher's rows on another basis than the claim are not comparable, naming both bases")
    func otherBasisNotComparable() {
        let reference = [Self.row(2024, 3.3e6, source: "Association", basis: "seaports only"),
                         Self.row(2023, 2.7e6, source: "Association", bound: .atLeast),
                         Self.row(2024, 4.484e6), Self.row(2023, 2.764e6)]
        let found = RelativeChecks.findings([Self.change][...], LevelIndex(claims: [Self.change], reference: reference))
        let association = found.filter { $0.evidence.contains { $0.doc == "Association" } }
        #expect(association.map(\.severity) == [.notComparable])
        #expect(association.first?.message.contains("standard basis against seaports only") == true)
        // The Ministry's own rows, on the usual basis, are still compared: 4.484 / 2.764 is +62.2%, far from +50%.
        #expect(found.filter { $0.evidence.contains { $0.doc == "Ministry" } }.map(\.severity) == [.conflict])
    }

    @Test("two rows of one publisher on different bases are not compared with each other")
    func twoBasesNotComparable() {
        let reference = [Self.row(2024, 3.0e6, source: "Association", basis: "seaports only"),
                         Self.row(2023, 2.0e6, source: "Association", basis: "TITR members")]
        let found = RelativeChecks.findings([Self.change][...], LevelIndex(claims: [Self.change], reference: reference))
        #expect(found.map(\.severity) == [.notComparable])
    }

    @Test("a forecast is set against outturns on the usual basis; a net row gets a not_comparable finding of its own")
    func forecastAgainstOtherBasis() {
        let forecast = storedClaim(doc: "f.txt", kind: .forecast, value: 10, period: .year(2024), lo: 9.5, hi: 10.5)
        let index = LevelIndex(claims: [forecast], reference: [Self.row(2024, 2, source: "UNCTAD", basis: "net"),
                                                               Self.row(2024, 10, source: "NBK")])
        let found = LevelChecks.forecastVsOutcome([forecast][...], index)
        #expect(Set(found.map(\.severity)) == [.notComparable, .consistent])
        #expect(found.first { $0.severity == .notComparable }?.message.contains("standard basis against net") == true)
        #expect(found.first { $0.severity == .consistent }?.evidence.map(\.doc) == ["f.txt", "NBK"])
    }

    @Test("a share is never multiplied by a whole on another basis")
    func shareAgainstOtherBasis() {
        let share = StoredClaim(
            claim: Claim(doc: "s.txt", published: nil, span: Span(start: 0, end: 3), text: "60%", entity: "Kazakhstan",
                         counterpart: "Central Asia", metric: .gdp, kind: .share, value: 60, unit: .percent,
                         period: .year(2022), basePeriod: nil, bound: .exact),
            path: "s.txt", title: nil, interval: ValueInterval(lo: 59.5, hi: 60.5))
        let whole = ReferenceValue(source: "EDB", entity: "Central Asia", metric: .gdp, period: .year(2022), value: 100,
                                   unit: Unit(rawValue: "USD"), basis: "official exchange rate")
        let part = ReferenceValue(source: "WDI", entity: "Kazakhstan", metric: .gdp, period: .year(2022), value: 20,
                                  unit: Unit(rawValue: "USD"))
        let found = ShareChecks.findings([share][...], LevelIndex(claims: [share], reference: [whole, part]))
        #expect(found.map(\.severity) == [.notComparable])
    }

    @Test("not_comparable is below every other severity, so --fail-on never counts it")
    func notComparableNeverFails() {
        #expect(Severity.notComparable < .consistent)
        #expect(Severity.notComparable < .tension && Severity.notComparable < .conflict)
    }
}
