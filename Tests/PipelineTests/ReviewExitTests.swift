@testable import Analysis
import Claims
import Testing
@testable import Pipeline

/// A finding to review (resting on a carried entity or period) is never a reason for `--fail-on` to exit 3.
@Suite("review and --fail-on")
struct ReviewExitTests {
    @Test("only review findings: exit 0 under --fail-on conflict and --fail-on tension")
    func neverExitThree() {
        let review = NotComparableExitTests.finding(.review)
        #expect(CheckJob.exitCode([review, review], failOn: .conflict) == 0)
        #expect(CheckJob.exitCode([review, NotComparableExitTests.finding(.consistent)], failOn: .tension) == 0)
        #expect(CheckJob.exitCode([review, NotComparableExitTests.finding(.conflict)], failOn: .conflict) == 3)
    }
}
