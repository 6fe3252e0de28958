import Claims
import Dispatch
import Extraction
import Foundation

/// Extracts a batch of documents on every core; the claims come back in the documents' order, so the output
/// is the same as extracting one document after another.
enum ParallelExtraction {
    /// How many threads extract at once: one per active core.
    static var workers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// The claims of each document of `docs`, in order.
    static func extract(_ docs: [SourceDocument], with extractor: Extractor) -> [[Claim]] {
        if docs.count < 2 || workers == 1 { return docs.map(extractor.extract) }
        let slots = ResultSlots(count: docs.count)
        let lanes = min(workers, docs.count)
        // Lane k takes documents k, k + lanes, …: documents of similar size land on different lanes.
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            var i = lane
            while i < docs.count {
                slots.put(extractor.extract(docs[i]), at: i)
                i += lanes
            }
        }
        return slots.results
    }
}

/// One result slot per document, each written by exactly one lane and read after all lanes finished.
private final class ResultSlots: @unchecked Sendable {
    private let base: UnsafeMutablePointer<[Claim]>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = UnsafeMutablePointer<[Claim]>.allocate(capacity: count)
        base.initialize(repeating: [], count: count)
    }

    func put(_ claims: [Claim], at index: Int) { base[index] = claims }

    /// Every slot, in order.
    var results: [[Claim]] { Array(UnsafeBufferPointer(start: base, count: count)) }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }
}
