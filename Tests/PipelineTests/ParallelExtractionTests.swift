import Claims
import Extraction
import Testing
@testable import Pipeline

/// Extracting a batch on every core gives exactly what extracting one document after another gives.
@Suite("Parallel extraction", .enabled(if: Paths.hasShared, "../shared/corpus/dev is absent"))
struct ParallelExtractionTests {
    @Test("claims of a batch extracted on every core equal the claims extracted one document at a time, in order")
    func sameAsSequential() throws {
        let reader = DocumentReader()
        var docs: [SourceDocument] = []
        for case .success(let source) in reader.sources(for: [Paths.devDocs.path]) {
            reader.read(source) { if case .success(let d) = $0 { docs.append(d) } }
        }
        // Three copies, so each lane gets several documents of different sizes.
        docs = docs + docs + docs
        #expect(docs.count == 60)
        let extractor = Extractor()
        let batch = docs
        let parallel = ParallelMap.map(batch.count) { extractor.extract(batch[$0]) }
        #expect(parallel == docs.map(extractor.extract))
        #expect(parallel.joined().count > 300)
    }
}
