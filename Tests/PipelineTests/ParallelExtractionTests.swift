import Claims
import Extraction
import Testing
@testable import Pipeline

/// Extracting a batch on every core gives exactly what extracting one document after another gives.
@Suite("Parallel extraction", .enabled(if: Paths.hasShared, "../shared/corpus/dev is absent"))
struct ParallelExtractionTests {
    /// The dev documents, read from `../shared`.
    static func devDocuments() -> [SourceDocument] {
        let reader = DocumentReader()
        var docs: [SourceDocument] = []
        for case .success(let source) in reader.sources(for: [Paths.devDocs.path]) {
            reader.read(source) { if case .success(let d) = $0 { docs.append(d) } }
        }
        return docs
    }

    @Test("an extractor reusing its buffers from document to document gives what a fresh extractor per document gives")
    func reusedBuffersLeaveNothingBehind() {
        let docs = ParallelExtractionTests.devDocuments()
        #expect(docs.count == 20)
        for options in [ExtractionOptions(), ExtractionOptions(includeOther: true)] {
            let fresh = docs.map { Extractor(options: options).extract($0) }
            let reused = Extractor(options: options)
            // Forwards, backwards and each document twice: whatever came before, the same claims.
            #expect(docs.map(reused.extract) == fresh)
            #expect(docs.reversed().map(reused.extract) == fresh.reversed())
            #expect(docs.flatMap { [reused.extract($0), reused.extract($0)] } == fresh.flatMap { [$0, $0] })
            // Across lanes taking storage from the same pool.
            #expect(ParallelMap.map(docs.count * 3) { reused.extract(docs[$0 % docs.count]) }
                    == (0..<(docs.count * 3)).map { fresh[$0 % docs.count] })
        }
    }

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
