import Claims
import Testing
@testable import Analysis

/// A claim's own basis ("net", "seaports only") takes part in every comparison: figures on one basis are compared,
/// figures on two never are (not_comparable, naming both).
@Suite("Claims on a basis of their own")
struct ClaimBasisTests {
    static func on(_ basis: String?, _ s: StoredClaim) -> StoredClaim {
        var out = s
        out.claim.basis = basis
        return out
    }

    static func level(_ doc: String, _ value: Double, _ year: Int, basis: String? = nil) -> StoredClaim {
        on(basis, storedClaim(doc: doc, value: value, period: .year(year), lo: value * 0.999, hi: value * 1.001))
    }

    @Test("two documents' levels, one on the seaports basis: not comparable, never a conflict")
    func sameLevelAcrossBases() {
        let a = Self.level("a.txt", 3.3e6, 2024, basis: "seaports only"), b = Self.level("b.txt", 4.5e6, 2024)
        let found = LevelChecks.sameLevel(LevelIndex(claims: [a, b], reference: []))
        #expect(found.map(\.severity) == [.notComparable])
        #expect(found.first?.message.contains("seaports only basis against standard") == true)
    }

    @Test("two documents' levels on the same named basis are compared as usual")
    func sameLevelSameBasis() {
        let a = Self.level("a.txt", 3.3e6, 2024, basis: "seaports only"), b = Self.level("b.txt", 4.5e6, 2024, basis: "seaports only")
        #expect(LevelChecks.sameLevel(LevelIndex(claims: [a, b], reference: [])).map(\.severity) == [.conflict])
    }

    @Test("a net FDI claim against a gross reference row is not comparable; against a net row it is checked")
    func levelAgainstReferenceBases() {
        var claim = Self.level("n.txt", 6.1e9, 2022, basis: "net")
        claim.claim.metric = .fdi
        claim.claim.unit = .usd
        let gross = ReferenceValue(source: "NBK", entity: "Middle Corridor", metric: .fdi, period: .year(2022), value: 28e9,
                                   unit: .usd, basis: "gross")
        let net = ReferenceValue(source: "UNCTAD", entity: "Middle Corridor", metric: .fdi, period: .year(2022), value: 6.1e9,
                                 unit: .usd, basis: "net")
        let found = ReferenceLevelChecks.findings([claim][...], LevelIndex(claims: [claim], reference: [gross, net]))
        #expect(found.map(\.severity) == [.notComparable, .consistent])
        #expect(found.first?.message.contains("net basis against gross") == true)
    }

    @Test("a change on the seaports basis is checked against the seaports publisher's rows, not the usual ones")
    func changeAgainstPublishers() {
        let change = Self.on("seaports only", storedClaim(doc: "c.txt", kind: .change, value: 20, unit: .percent,
                                                         period: .year(2024), base: .year(2023), lo: 19.5, hi: 20.5))
        func row(_ source: String, _ year: Int, _ value: Double, _ basis: String?) -> ReferenceValue {
            ReferenceValue(source: source, entity: "Middle Corridor", metric: .freightVolume, period: .year(year), value: value,
                           unit: .tonnes, basis: basis)
        }
        let reference = [row("Ports", 2024, 3.3e6, "seaports only"), row("Ports", 2023, 2.75e6, "seaports only"),
                         row("Ministry", 2024, 4.484e6, nil), row("Ministry", 2023, 2.764e6, nil)]
        let found = RelativeChecks.findings([change][...], LevelIndex(claims: [change], reference: reference))
        #expect(found.filter { $0.evidence.contains { $0.doc == "Ports" } }.map(\.severity) == [.consistent])
        #expect(found.filter { $0.evidence.contains { $0.doc == "Ministry" } }.map(\.severity) == [.notComparable])
    }
}
