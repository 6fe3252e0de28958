import Dispatch
import Store

/// Writes one batch at a time to the store on its own thread, so the next batch is read and extracted
/// meanwhile. `wait()` returns the outcomes of the batch in flight before another may start.
final class BackgroundWriter: @unchecked Sendable {
    private let store: SQLiteStore
    private let queue = DispatchQueue(label: "yardstick.ingest.writer")
    private let done = DispatchGroup()
    /// Written on the queue, read only after `done` was waited for.
    private var result: Result<[IngestOutcome], StoreError>?

    init(store: SQLiteStore) {
        self.store = store
    }

    /// Starts writing `batch`; the caller must `wait()` for the previous batch first.
    func start(_ batch: [IngestItem]) {
        done.enter()
        queue.async {
            do throws(StoreError) {
                self.result = .success(try self.store.ingest(batch))
            } catch {
                self.result = .failure(error)
            }
            self.done.leave()
        }
    }

    /// Waits for the batch in flight, if any, and returns what became of it.
    func wait() -> Result<[IngestOutcome], StoreError>? {
        done.wait()
        defer { result = nil }
        return result
    }
}
