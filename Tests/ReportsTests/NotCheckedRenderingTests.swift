@testable import Analysis
import Claims
import Testing
@testable import Reports

/// `not_checked` findings as CSV, JSON Lines and text: written as such, never counted with the consistent ones.
@Suite("Not-checked findings in every format")
struct NotCheckedRenderingTests {
    static let finding = Finding(kind: .shareOfWhole, severity: .notChecked, subject: "Bloc trade_turnover (USD)", evidence: [],
                                 expectedLow: 27e9, expectedHigh: nil, stated: 20, unit: .percent, tolerance: "t",
                                 message: "no level of Bloc to compare with — not checked")

    @Test("jsonl and csv write the verdict not_checked; text heads its group NOT CHECKED")
    func formats() {
        #expect(FindingTable.jsonl([Self.finding]).hasPrefix("{\"severity\":\"not_checked\","))
        #expect(FindingTable.csv([Self.finding]).split(whereSeparator: \.isNewline).dropFirst().first?.hasPrefix("not_checked,") == true)
        #expect(FindingTable.text([Self.finding]).hasPrefix("NOT CHECKED (1)\n"))
    }
}
