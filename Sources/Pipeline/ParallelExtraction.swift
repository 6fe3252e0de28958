import Claims
import Extraction

/// Extracts a batch of documents on every core; the claims come back in the documents' order, so the output
/// is the same as extracting one document after another.
enum ParallelExtraction {
    /// The claims of each document of `docs`, in order.
    static func extract(_ docs: [SourceDocument], with extractor: Extractor) -> [[Claim]] {
        ParallelMap.map(docs.count) { extractor.extract(docs[$0]) }
    }
}
