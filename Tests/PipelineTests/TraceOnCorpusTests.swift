import Analysis
import Claims
import Foundation
import Reports
import Testing

/// Traceable findings on the dev corpus with official.csv: ordered intervals, a rule for each, targets never conflicts,
/// and JSON Lines every line of which parses with its claims and reference rows.
@Suite("Traceable findings on the extracted dev corpus", .enabled(if: Paths.hasShared, "../shared is absent"))
struct TraceOnCorpusTests {
    @Test("no finding on the dev corpus (with official.csv) has a stated interval whose low end lies above its high end, or a stated value outside it")
    func statedIntervalsOrdered() throws {
        let f = try CheckTests.findings(withReference: true)
        #expect(!f.isEmpty)
        let inverted = f.filter { ($0.statedLow ?? -.infinity) > ($0.statedHigh ?? .infinity) }
        #expect(inverted.isEmpty, "\(inverted.map(\.message))")
        let outside = f.filter { $0.stated < ($0.statedLow ?? -.infinity) - 1e-9 || $0.stated > ($0.statedHigh ?? .infinity) + 1e-9 }
        #expect(outside.isEmpty, "\(outside.map(\.message))")
        #expect(f.filter { $0.kind != .targetFeasibility }.allSatisfy { $0.statedLow != nil || $0.statedHigh != nil })
    }

    @Test("every finding on the dev corpus names the rule that made it, one of the known rules")
    func rules() throws {
        let f = try CheckTests.findings(withReference: true)
        let known: Set = ["change_vs_own_levels", "change_vs_other_document_levels", "change_vs_reference_publisher",
                          "multiple_vs_own_levels", "multiple_vs_other_document_levels", "multiple_vs_reference_publisher",
                          "implied_level_vs_reference", "implied_level_vs_document_level", "level_vs_reference", "same_level_pair",
                          "share_of_whole", "forecast_vs_outcome", "target_feasibility"]
        #expect(f.allSatisfy { known.contains($0.rule) }, "\(Set(f.map(\.rule)).subtracting(known))")
        #expect(Set(f.map(\.rule)).count >= 8)
    }

    @Test("no target judgement on the dev corpus is a conflict; each has an assessment as its verdict")
    func targetsAreAssessments() throws {
        let f = try CheckTests.findings(withReference: true).filter { $0.kind == .targetFeasibility }
        #expect(!f.isEmpty)
        #expect(!f.contains { $0.severity == .conflict })
        #expect(f.allSatisfy { $0.assessment != nil })
        #expect(f.allSatisfy { TargetAssessment(rawValue: $0.verdict) != nil })
    }

    @Test("every JSON line on the dev corpus parses; its claims carry doc, span, text and sentence, its reference rows a source")
    func jsonLines() throws {
        let f = try CheckTests.findings(withReference: true)
        let lines = FindingTable.jsonl(f).split(separator: "\n")
        #expect(lines.count == f.count)
        var sentences = 0, rows = 0
        for line in lines {
            let r = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            for key in ["severity", "verdict", "kind", "rule", "subject", "message", "expected", "stated", "claims", "reference"] {
                #expect(r[key] != nil, "\(key) missing")
            }
            for c in r["claims"] as? [[String: Any]] ?? [] {
                #expect(c["doc"] is String && c["text"] is String && (c["span"] as? [Int])?.count == 2)
                if c["sentence"] is String { sentences += 1 }
            }
            for row in r["reference"] as? [[String: Any]] ?? [] {
                #expect(row["source"] is String && row["value"] is Double && row["period"] is String)
                rows += 1
            }
        }
        #expect(sentences > 0 && rows > 0)
    }
}
