import Analysis
import Claims
import Dispatch
import Foundation
import Store
import Synchronization

/// Computes `count` independent results on every core and returns them in index order.
enum ParallelMap {
    /// How many threads work at once: one per active core.
    static var workers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `body(0) … body(count - 1)`, in that order; each lane takes the next item not yet taken, so a lane
    /// that drew short items does not sit idle while another works through long ones.
    static func map<T>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        if count < 2 || workers == 1 { return (0..<count).map(body) }
        let slots = Slots<T>(count: count)
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(workers, count)) { _ in
            while true {
                let i = next.add(1, ordering: .relaxed).oldValue
                guard i < count else { return }
                slots.put(body(i), at: i)
            }
        }
        return slots.results
    }

    /// Runs each of `tasks` on every core, the results in the tasks' order: how `ConsistencyChecks.run` runs
    /// its check families here.
    static func all<T>(_ tasks: [@Sendable () -> T]) -> [T] {
        map(tasks.count) { tasks[$0]() }
    }
}

/// Work started on another thread while the caller goes on; `wait()` gives its result.
final class BackgroundWork<T>: @unchecked Sendable {
    private let done = DispatchGroup()
    /// Written by the background task, read only after `done` was waited for.
    private var result: T?

    /// Starts `body` on a thread of its own: a serial queue gets one even while `ParallelMap` keeps every
    /// worker of the global pool busy (on the global queue an ingest batch waited for the extraction to end).
    init(_ body: @escaping @Sendable () -> T) {
        done.enter()
        DispatchQueue(label: "yardstick.background").async {
            self.result = body()
            self.done.leave()
        }
    }

    /// Waits for the work to finish and returns its result.
    func wait() -> T {
        done.wait()
        return result!
    }
}

/// A value changed step by step on a thread of its own, in the order the steps were sent, while the caller
/// goes on (the caller reads the next batch while this one is indexed).
final class SerialFold<State: Sendable>: @unchecked Sendable {
    /// Only touched on `queue`; nil once `finish` handed it over.
    private var state: State?
    private let queue = DispatchQueue(label: "yardstick.fold")

    init(_ initial: State) {
        state = initial
    }

    /// Queues `step`; it runs after every step sent before it.
    func send(_ step: @escaping @Sendable (inout State) -> Void) {
        queue.async { step(&self.state!) }
    }

    /// Waits for every step sent so far and hands over the value they made: the fold keeps no copy, so the
    /// caller decides where it is freed. No step may be sent after it.
    func finish() -> State {
        queue.sync {
            defer { state = nil }
            return state!
        }
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
