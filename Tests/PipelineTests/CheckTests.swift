import StoreSQLite
import Analysis
import Claims
import Foundation
import Pipeline
import Reports
import Store
import Testing

/// The consistency checks on the dev corpus as extracted and stored (not hand-fed claims).
@Suite("Checks on the extracted dev corpus", .enabled(if: Paths.hasShared, "../shared is absent"))
struct CheckTests {
    static func findings(withReference: Bool) throws -> [Finding] {
        let store = try ingested(withReference: withReference)
        return ConsistencyChecks.run(claims: try store.claims(matching: ClaimFilter()), reference: try store.referenceValues())
    }

    /// A store in memory holding `paths` (the dev corpus unless given) as ingest stores them, and `official.csv`.
    static func ingested(_ paths: [String] = [Paths.devDocs.path], withReference: Bool) throws -> SQLiteStore {
        let store = try SQLiteStore()
        _ = try IngestJob(paths: paths, reader: DocumentReader()).run(into: store, report: { _ in })
        if withReference {
            _ = try ImportReferenceJob(path: Paths.shared.appendingPathComponent("reference/official.csv").path,
                                       dataset: "official").run(into: store)
        }
        return store
    }

    static func near(_ a: Double?, _ b: Double, _ tolerance: Double) -> Bool { a.map { abs($0 - b) <= tolerance } ?? false }

    @Test("no finding on the dev corpus (with official.csv) has an expected interval whose low end lies above its high end")
    func expectedIntervalsOrdered() throws {
        let f = try Self.findings(withReference: true)
        #expect(!f.isEmpty)
        let inverted = f.filter { ($0.expectedLow ?? -.infinity) > ($0.expectedHigh ?? .infinity) }
        #expect(inverted.isEmpty, "\(inverted.map(\.message))")
    }

    @Test("on the dev corpus the seaports-only row is never a conflict, and no same-level finding rests on more than two figures")
    func basesAndPairs() throws {
        let f = try Self.findings(withReference: true)
        #expect(!f.contains { $0.severity == .conflict && $0.evidence.contains { $0.quote.contains("[seaports only]") } })
        #expect(f.contains { $0.severity == .notComparable && $0.message.contains("seaports only") })
        #expect(f.filter { $0.kind == .sameLevel }.allSatisfy { $0.evidence.count == 2 })
    }

    @Test("2.76 Mt for 2023 is consistent with '+62% to 4.5 Mt' for 2024 (the 2023 level the change implies)")
    func changeConsistent() throws {
        let f = try Self.findings(withReference: false)
        #expect(f.contains { $0.kind == .changeVsLevels && $0.severity == .consistent && $0.evidence.first?.value == 62
            && $0.evidence.contains { $0.doc == "s02.txt" && $0.quote == "2.76 million tons" } })
    }

    @Test("the 4.2 Mt forecast for 2024 was beaten by about 7% (4.5 Mt)")
    func forecastBeaten() throws {
        let f = try Self.findings(withReference: false)
        #expect(f.contains { $0.kind == .forecastVsOutcome && $0.stated == 4.2e6 && $0.message.contains("beaten by 7.1%") })
    }

    @Test("10 Mt by 2027 needs about 30.5% a year; 10 Mt by 2030 about 14% from 4.5 Mt and about 20% from 2.76 Mt")
    func targets() throws {
        let f = try Self.findings(withReference: false).filter { $0.kind == .targetFeasibility }
        #expect(f.contains { $0.evidence.first?.doc == "s04.txt" && Self.near($0.stated, 30.4956, 0.01) })
        #expect(f.contains { $0.evidence.first?.doc == "d15.txt" && Self.near($0.stated, 14.23, 0.01) })
        #expect(f.contains { $0.evidence.first?.doc == "s02.txt" && $0.message.contains("as published")
            && Self.near($0.stated, 20.19, 0.01) })
    }

    @Test("with official.csv, as published uses only what was published by then; now uses 2025's 4.119 Mt (rates from Scripts/fixtures/target_as_published.py)")
    func targetsAsPublishedAndNow() throws {
        let f = try Self.findings(withReference: true).filter { $0.kind == .targetFeasibility }
        func rate(_ doc: String, asPublished: Bool) -> Double? {
            f.first { $0.evidence.first?.doc == doc && $0.evidence.first?.value == 10e6 && $0.message.contains("as published") == asPublished }?.stated
        }
        #expect(Self.near(rate("s02.txt", asPublished: true), 20.1905, 0.001))
        #expect(Self.near(rate("s02.txt", asPublished: false), 19.4103, 0.001))
        #expect(Self.near(rate("s04.txt", asPublished: true), 30.4956, 0.001))
        #expect(Self.near(rate("s04.txt", asPublished: false), 55.8131, 0.001))
        #expect(!f.contains { $0.message.contains("on track") })
    }

    @Test("60% of almost $450 bn implies Kazakhstan's GDP of at most about $272 bn")
    func shareImplied() throws {
        let f = try Self.findings(withReference: false)
        #expect(f.contains { $0.kind == .shareOfWhole && $0.subject.hasPrefix("Kazakhstan gdp")
            && Self.near($0.expectedHigh, 272.25e9, 1e6) })
    }

    @Test("with official.csv, '+65% compared to 2022' and 'three times 2021' conflict with the Ministry of Transport series")
    func againstReference() throws {
        let f = try Self.findings(withReference: true).filter { $0.kind == .referenceSeries && $0.severity == .conflict }
        #expect(f.contains { $0.stated == 65 && $0.message.contains("KZ Ministry of Transport") && Self.near($0.expectedLow, 86.13, 0.05) })
        #expect(f.contains { $0.stated == 3 && $0.message.contains("KZ Ministry of Transport") && Self.near($0.expectedLow, 4.717, 0.005) })
    }

    @Test("check reading the store in batches (of 1, 7, or all claims), indexing each while the next is read, writes the findings of all claims checked at once",
          arguments: [1, 7, 16_384])
    func batchedEqualsWhole(batch: Int) throws {
        let store = try Self.ingested(withReference: true)
        let whole = ConsistencyChecks.run(claims: try store.claims(matching: ClaimFilter()), reference: try store.referenceValues())
        var out = ""
        _ = try CheckJob(format: .csv, failOn: nil, batch: batch).run(store: store) { out += String(decoding: $0, as: UTF8.self) }
        #expect(whole.count > 20)
        #expect(out == FindingTable.csv(whole))
    }
}
