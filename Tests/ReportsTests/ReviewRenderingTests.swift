@testable import Analysis
import Claims
import Testing
@testable import Reports

/// `review` findings in CSV, JSON Lines and text: written as such, in a group of their own.
@Suite("Review findings in every format")
struct ReviewRenderingTests {
    static let finding = Finding(kind: .referenceSeries, severity: .review, subject: "Middle Corridor freight_volume (t)",
                                 evidence: [], expectedLow: 66, expectedHigh: 67, stated: 50, unit: .percent, tolerance: "t",
                                 message: "conflict — review, not conflict: c.txt '50%' carried its period from context")

    @Test("jsonl and csv write the verdict review; text heads its group REVIEW")
    func formats() {
        #expect(FindingTable.jsonl([Self.finding]).hasPrefix("{\"severity\":\"review\",\"verdict\":\"review\""))
        #expect(FindingTable.csv([Self.finding]).split(whereSeparator: \.isNewline).dropFirst().first?.hasPrefix("review,") == true)
        #expect(FindingTable.text([Self.finding]).hasPrefix("REVIEW (1)\n"))
    }

    @Test("text and HTML summaries count review findings apart, never with the conflicts")
    func summaries() {
        var data = ReportRenderingTests.data()
        data.findings = [Self.finding, Self.finding]
        let text = TextReport.render(data)
        #expect(text.contains("findings: 0 conflict, 0 tension,"))
        #expect(text.contains(", 2 to review (entity or period carried from context)"))
        let html = HTMLReport.render(data)
        #expect(html.contains("<span class=\"review\">2 to review</span>"))
        #expect(html.contains("<span class=\"conflict\">0 conflict</span>"))
    }
}
