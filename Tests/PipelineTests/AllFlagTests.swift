import Extraction
import Foundation
import Pipeline
import Testing

/// `--all` adds quantities; it never changes the graded claims.
@Suite("extract --all")
struct AllFlagTests {
    static func lines(_ includeOther: Bool) -> [String] {
        var out = ""
        let job = ExtractJob(paths: [Paths.root.appendingPathComponent("Data/samples").path], reader: DocumentReader(),
                             format: .jsonl, options: ExtractionOptions(includeOther: includeOther))
        _ = job.run(write: { out += $0 }, report: { _ in })
        return out.split(separator: "\n").map(String.init)
    }

    @Test("the graded claims of the sample briefs are the same with and without --all")
    func gradedUnchanged() {
        let plain = Self.lines(false)
        let all = Self.lines(true)
        #expect(!plain.isEmpty)
        #expect(all.count > plain.count)
        #expect(all.filter { !$0.contains("\"metric\":\"other:") } == plain)
    }
}
