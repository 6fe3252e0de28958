@testable import Analysis
import Claims
import Testing
@testable import Pipeline

/// A finding on different bases is never a reason for `--fail-on` to exit 3.
@Suite("not_comparable and --fail-on")
struct NotComparableExitTests {
    static func finding(_ severity: Severity) -> Finding {
        Finding(kind: .referenceSeries, severity: severity, subject: "Middle Corridor freight_volume (t)", evidence: [],
                expectedLow: -100, expectedHigh: 22.2, stated: 62, unit: .percent, tolerance: "",
                message: "set aside, not comparable: standard basis against seaports only")
    }

    @Test("only not_comparable findings: exit 0 under --fail-on conflict and --fail-on tension")
    func neverExitThree() {
        let findings = [Self.finding(.notComparable), Self.finding(.consistent)]
        #expect(CheckJob.exitCode(findings, failOn: .conflict) == 0)
        #expect(CheckJob.exitCode(findings, failOn: .tension) == 0)
        #expect(CheckJob.exitCode(findings + [Self.finding(.conflict)], failOn: .conflict) == 3)
    }
}
