import Dispatch
import Foundation

/// Computes `count` independent results on every core and returns them in index order.
enum ParallelMap {
    /// How many threads work at once: one per active core.
    static var workers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `body(0) … body(count - 1)`, in that order; lane k computes k, k + lanes, … so that neighbouring
    /// items of similar size land on different lanes.
    static func map<T>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        if count < 2 || workers == 1 { return (0..<count).map(body) }
        let slots = Slots<T>(count: count)
        let lanes = min(workers, count)
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            var i = lane
            while i < count {
                slots.put(body(i), at: i)
                i += lanes
            }
        }
        return slots.results
    }
}

/// A `ParallelMap.map` running in the background while the caller reads the next batch.
final class BackgroundMap<T>: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written by the background task, read only after `done` was waited for.
    private var results: [T] = []

    /// Starts computing `body(0) … body(count - 1)` on every core.
    init(_ count: Int, _ body: @escaping @Sendable (Int) -> T) {
        done.enter()
        DispatchQueue.global().async {
            self.results = ParallelMap.map(count, body)
            self.done.leave()
        }
    }

    /// Waits for the results, in index order.
    func wait() -> [T] {
        done.wait()
        return results
    }
}

/// One slot per result, each written by exactly one lane and read after all lanes finished.
private final class Slots<T>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = UnsafeMutablePointer<T?>.allocate(capacity: count)
        base.initialize(repeating: nil, count: count)
    }

    func put(_ value: T, at index: Int) { base[index] = value }

    /// Every slot, in order.
    var results: [T] { (0..<count).map { base[$0]! } }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }
}
