@testable import Analysis
import Claims
import Testing
@testable import Pipeline

/// `--fail-on` never fires on a finding that compared nothing.
@Suite("--fail-on and not_checked")
struct FailOnNotCheckedTests {
    static func finding(_ severity: Severity) -> Finding {
        Finding(kind: .shareOfWhole, severity: severity, subject: "s", evidence: [], expectedLow: nil, expectedHigh: nil,
                stated: 1, unit: .percent, tolerance: "", message: "")
    }

    @Test("not_checked findings exit 0 under --fail-on tension and conflict; a tension still exits 3")
    func exitCodes() {
        #expect(CheckJob.exitCode([Self.finding(.notChecked)], failOn: .tension) == 0)
        #expect(CheckJob.exitCode([Self.finding(.notChecked)], failOn: .conflict) == 0)
        #expect(CheckJob.exitCode([Self.finding(.notChecked), Self.finding(.tension)], failOn: .tension) == 3)
        #expect(!CheckJob.failOnChoices.contains(.notChecked))
    }
}
