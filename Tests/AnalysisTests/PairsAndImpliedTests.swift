import Claims
import Testing
@testable import Analysis

/// Changes against one pair of levels at a time, the levels they imply against the reference and other documents,
/// and level claims against reference rows. Numbers from `Scripts/fixtures/pairs_and_implied.py`.
@Suite("Pairs, implied levels and levels against the reference")
struct PairsAndImpliedTests {
    static func row(_ year: Int, _ value: Double, source: String = "Ministry", basis: String? = nil) -> ReferenceValue {
        ReferenceValue(source: source, entity: "Middle Corridor", metric: .freightVolume, period: .year(year), value: value,
                       unit: .tonnes, bound: .exact, basis: basis)
    }

    static func level(_ doc: String, _ year: Int, _ value: Double, _ lo: Double, _ hi: Double, at start: Int = 20,
                      published: Day? = nil) -> StoredClaim {
        storedClaim(doc: doc, value: value, period: .year(year), published: published, span: Span(start: start, end: start + 4),
                    lo: lo, hi: hi)
    }

    static let plus50 = storedClaim(doc: "c.txt", kind: .change, value: 50, unit: .percent, period: .year(2024),
                                    base: .year(2023), lo: 49.5, hi: 50.5)

    static func relative(_ claims: [StoredClaim], _ reference: [ReferenceValue] = []) -> [Finding] {
        RelativeChecks.findings(claims[...], LevelIndex(claims: claims, reference: reference))
            .filter { $0.kind == .changeVsLevels || $0.kind == .multipleVsLevels }
    }

    @Test("a change meets one document's pair, never a pile of several documents' levels for one year")
    func onePairNotAPile() {
        let a24 = Self.level("a.txt", 2024, 3.0e6, 2.95e6, 3.05e6), a23 = Self.level("a.txt", 2023, 2.0e6, 1.95e6, 2.05e6)
        let b23 = Self.level("b.txt", 2023, 1.0e6, 0.95e6, 1.05e6)
        let found = Self.relative([Self.plus50, a24, a23, b23])
        #expect(found.count == 1)
        #expect(found.first?.evidence.map(\.doc) == ["c.txt", "a.txt", "a.txt"])
        #expect(abs((found.first?.expectedLow ?? 0) - 43.90243902439024) < 1e-9)
        #expect(abs((found.first?.expectedHigh ?? 0) - 56.41025641025641) < 1e-9)
    }

    @Test("the change's own document's pair comes first: other documents' pairs are not used")
    func ownPairFirst() {
        let own24 = Self.level("c.txt", 2024, 3.0e6, 2.95e6, 3.05e6), own23 = Self.level("c.txt", 2023, 2.0e6, 1.95e6, 2.05e6)
        let b24 = Self.level("b.txt", 2024, 9.0e6, 8.95e6, 9.05e6), b23 = Self.level("b.txt", 2023, 1.0e6, 0.95e6, 1.05e6)
        let found = Self.relative([Self.plus50, own24, own23, b24, b23])
        #expect(found.filter { $0.evidence.count == 3 && $0.evidence[1].doc == $0.evidence[2].doc }.map(\.evidence.first?.doc) == ["c.txt"])
        #expect(!found.contains { $0.evidence.contains { $0.doc == "b.txt" } && $0.evidence.count == 3 && $0.evidence[1].doc == "b.txt" && $0.evidence[2].doc == "b.txt" })
    }

    @Test("an outturn change never takes a figure published before its period ended as one end")
    func estimateIsNoEnd() {
        var change = Self.plus50
        change.claim.published = Day(year: 2025, month: 3, day: 1)
        let estimate = Self.level("a.txt", 2024, 9.0e6, 8.95e6, 9.05e6, published: Day(year: 2024, month: 6, day: 1))
        let a23 = Self.level("a.txt", 2023, 2.0e6, 1.95e6, 2.05e6, published: Day(year: 2024, month: 6, day: 1))
        #expect(Self.relative([change, estimate, a23]).filter { $0.evidence.count == 3 && $0.evidence[1].doc == "a.txt" }.isEmpty)
    }

    static let plus65 = storedClaim(doc: "s.txt", kind: .change, value: 65, unit: .percent, period: .year(2023),
                                    base: .year(2022), span: Span(start: 40, end: 43), lo: 64.5, hi: 65.5)
    static let own23 = level("s.txt", 2023, 2.76e6, 2.755e6, 2.765e6 * 1.10, at: 10)

    @Test("a change with its own document's level implies the base year, checked against every reference row of it")
    func impliedAgainstReference() {
        let reference = [Self.row(2022, 1.485e6), Self.row(2022, 1.5e6, source: "KTZ"), Self.row(2022, 1.6e6, source: "Other")]
        let claims = [Self.plus65, Self.own23]
        let found = ImpliedLevelChecks.findings(claims[...], LevelIndex(claims: claims, reference: reference))
        #expect(found.map(\.severity) == [.conflict, .conflict, .tension])
        #expect(found.allSatisfy { abs(($0.expectedLow ?? 0) - 1664652.5679758308) < 1e-6 })
        #expect(found.allSatisfy { abs(($0.expectedHigh ?? 0) - 1848936.1702127662) < 1e-6 })
        #expect(found.first?.evidence.map(\.doc) == ["s.txt", "s.txt", "Ministry"])
    }

    @Test("'three times' with its own 2023 level implies 2021 at 0.79 to 1.22 Mt, in conflict with 586 kt")
    func impliedByMultiple() {
        let times3 = storedClaim(doc: "s.txt", kind: .multiple, value: 3, unit: .times, period: .year(2023), base: .year(2021),
                                 span: Span(start: 50, end: 61), lo: 2.5, hi: 3.5)
        let claims = [times3, Self.own23]
        let found = ImpliedLevelChecks.findings(claims[...], LevelIndex(claims: claims, reference: [Self.row(2021, 586e3)]))
        #expect(found.map(\.severity) == [.conflict])
        #expect(found.first?.kind == .multipleVsLevels)
        #expect(abs((found.first?.expectedLow ?? 0) - 787142.8571428572) < 1e-6)
        #expect(abs((found.first?.expectedHigh ?? 0) - 1216600.0000000002) < 1e-6)
    }

    @Test("an implied level meets other documents' levels of its period, one finding each; a row on another basis is set aside")
    func impliedForwardAgainstOtherDocuments() {
        let change = storedClaim(doc: "d.txt", kind: .change, value: 30, unit: .percent, period: .year(2023), base: .year(2022),
                                 span: Span(start: 40, end: 43), lo: 29.5, hi: 30.5)
        let own22 = Self.level("d.txt", 2022, 24.2e9, 24.15e9, 24.25e9, at: 10)
        let other1 = Self.level("e.txt", 2023, 31.5e9, 31.45e9, 31.55e9), other2 = Self.level("f.txt", 2023, 35e9, 34.95e9, 35.05e9)
        let claims = [change, own22, other1, other2]
        let found = ImpliedLevelChecks.findings(claims[...], LevelIndex(claims: claims, reference: [Self.row(2023, 1, basis: "seaports only")]))
        #expect(found.map(\.severity) == [.notComparable, .consistent, .conflict])
        #expect(abs((found.last?.expectedLow ?? 0) - 31274250000.0) < 1e-3)
        #expect(abs((found.last?.expectedHigh ?? 0) - 31646250000.0) < 1e-3)
    }

    @Test("a level far from its own change implies nothing (pairing distance)")
    func farLevelImpliesNothing() {
        let far = Self.level("s.txt", 2023, 2.76e6, 2.755e6, 2.765e6, at: 5000)
        let claims = [Self.plus65, far]
        #expect(ImpliedLevelChecks.findings(claims[...], LevelIndex(claims: claims, reference: [Self.row(2022, 1.485e6)])).isEmpty)
    }

    @Test("a level claim meets each reference row of its period: 840 kt against 586 kt is a conflict")
    func levelAgainstReference() {
        let claim = Self.level("d.txt", 2021, 840e3, 839.5e3, 840.5e3)
        let found = ReferenceLevelChecks.findings([claim][...], LevelIndex(claims: [claim], reference: [Self.row(2021, 586e3)]))
        #expect(found.map(\.severity) == [.conflict])
        #expect(found.first?.kind == .referenceSeries)
        #expect(found.first?.evidence.map(\.doc) == ["d.txt", "Ministry"])
        #expect(found.first?.expectedLow == 585.5e3 && found.first?.expectedHigh == 586.5e3)
    }

    @Test("a level conflicting with one row but matching another is no conflict: the references disagree")
    func supportedByAnotherRow() {
        let claim = Self.level("d.txt", 2021, 840e3, 839.5e3, 840.5e3)
        let reference = [Self.row(2021, 586e3), Self.row(2021, 840e3, source: "KTZ"), Self.row(2021, 100e3, source: "UNCTAD", basis: "net")]
        let found = ReferenceLevelChecks.findings([claim][...], LevelIndex(claims: [claim], reference: reference))
        #expect(found.map(\.severity) == [.tension, .consistent, .notComparable])
        #expect(found.first?.message.contains("KTZ agrees") == true)
    }

    @Test("a level published before its period ended is an estimate: at most tension against the outturn")
    func estimateAgainstReference() {
        let claim = Self.level("d.txt", 2021, 840e3, 839.5e3, 840.5e3, published: Day(year: 2021, month: 6, day: 1))
        let found = ReferenceLevelChecks.findings([claim][...], LevelIndex(claims: [claim], reference: [Self.row(2021, 586e3)]))
        #expect(found.map(\.severity) == [.tension])
    }

    @Test("a reference row is read to the digits a publisher prints", arguments: [
        (2764000.0, 500.0), (1500000, 50000), (586000, 500), (300000000000, 500000000), (184388404706, 0.5),
        (4000000, 500000), (5.1, 0.05), (45818000000, 500000),
    ])
    func printedDigits(_ value: Double, _ half: Double) {
        #expect(abs(ReferenceDigits.halfUnit(value) - half) < 1e-12)
    }

    @Test("'+65%' with its own 2.7 Mt implies 1.60 to 1.67 Mt for 2022: tension with KTZ's 1.5 Mt read as 1.45 to 1.55 Mt")
    func impliedAgainstRoundedRow() {
        let own = Self.level("s.txt", 2023, 2.7e6, 2.65e6, 2.75e6, at: 10)
        let claims = [Self.plus65, own]
        let found = ImpliedLevelChecks.findings(claims[...], LevelIndex(claims: claims, reference: [Self.row(2022, 1.5e6, source: "KTZ")]))
        #expect(found.map(\.severity) == [.tension])
        #expect(abs((found.first?.expectedLow ?? 0) - 1601208.4592145015) < 1e-6)
        #expect(abs((found.first?.expectedHigh ?? 0) - 1671732.5227963526) < 1e-6)
    }

    @Test("every level of the change's own document near it implies the other end: 'more than fivefold' with 4.5 Mt and 840 kt")
    func everyOwnLevelImplies() {
        let fivefold = storedClaim(doc: "d.txt", kind: .multiple, value: 5, unit: .times, period: .year(2024), base: .year(2021),
                                   span: Span(start: 658, end: 666), lo: 4.5, hi: 6.05)
        let l21 = Self.level("d.txt", 2021, 840e3, 839.5e3, 840.5e3, at: 672), l24 = Self.level("d.txt", 2024, 4.5e6, 4.45e6, 4.55e6, at: 696)
        let claims = [fivefold, l21, l24]
        let found = ImpliedLevelChecks.findings(claims[...], LevelIndex(claims: claims, reference: [Self.row(2021, 586e3), Self.row(2024, 4.484e6)]))
        #expect(found.map(\.severity) == [.consistent, .conflict])
        #expect(abs((found[0].expectedLow ?? 0) - 3777750.0) < 1e-6 && abs((found[0].expectedHigh ?? 0) - 5085025.0) < 1e-3)
        #expect(abs((found[1].expectedLow ?? 0) - 735537.1900826446) < 1e-6 && abs((found[1].expectedHigh ?? 0) - 1011111.1111111111) < 1e-6)
    }

    @Test("of two own levels for one year, only the one standing nearest the change implies the other end")
    func nearestOwnLevelPerPeriod() {
        let far = Self.level("s.txt", 2023, 4.2e6, 4.15e6, 4.25e6, at: 0), near = Self.level("s.txt", 2023, 2.7e6, 2.65e6, 2.75e6, at: 50)
        let other = Self.level("e.txt", 2022, 1.5e6, 1.45e6, 1.55e6)
        let claims = [far, Self.plus65, near, other]
        let found = ImpliedLevelChecks.findings(claims[...], LevelIndex(claims: claims, reference: []))
        #expect(found.map(\.severity) == [.tension])
        #expect(abs((found.first?.expectedLow ?? 0) - 1601208.4592145015) < 1e-6)
    }
}
