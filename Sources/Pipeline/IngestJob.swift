import Claims
import Extraction
import Store

/// The `ingest` command's job: documents in, claims stored, one transaction per document; unchanged
/// files (same path, same bytes) are skipped without extracting them again.
public struct IngestJob: Sendable {
    public var paths: [String]
    public var reader: DocumentReader
    public var options: ExtractionOptions

    /// Documents, and bytes of text, written in one transaction at most.
    static let batchDocuments = 500
    static let batchBytes = 4 << 20

    /// `options` keep each claim's sentence by default: the store's findings quote it.
    public init(paths: [String], reader: DocumentReader, options: ExtractionOptions = ExtractionOptions(quotes: true)) {
        self.paths = paths
        self.reader = reader
        self.options = options
    }

    /// What one run did.
    public struct Summary: Sendable, Equatable, CustomStringConvertible {
        public var new = 0
        public var changed = 0
        public var unchanged = 0
        public var failed = 0
        public var claimsAdded = 0
        public var claimsRemoved = 0

        /// 1 when any input failed, else 0.
        public var exitCode: Int32 { failed > 0 ? 1 : 0 }

        /// True when the run changed nothing stored.
        public var changedNothing: Bool { new == 0 && changed == 0 }

        public var description: String {
            "documents: \(new) new, \(changed) changed, \(unchanged) unchanged, \(failed) failed; "
                + "claims: \(claimsAdded) added, \(claimsRemoved) removed"
                + (changedNothing && failed == 0 ? " (nothing changed)" : "")
        }
    }

    /// Runs the job against `store`; `report` gets every diagnostic, `progress` the number of documents done.
    /// Documents are read and hashed here, extracted on every core a batch at a time, and each batch is written
    /// in one transaction on a writer thread while the next batch is read and extracted.
    public func run(into store: any ClaimStore, report: (Diagnostic) -> Void,
                    progress: (Int) -> Void = { _ in }) throws(StoreError) -> Summary {
        var summary = Summary()
        let extractor = Extractor(options: options)
        let known = try store.storedHashes()
        // The batch being written on another thread while the next one is read and extracted.
        var writing: BackgroundWork<Result<[IngestOutcome], StoreError>>?
        var storeError: StoreError?
        var done = 0
        var pending: [(entry: IngestDocument, doc: SourceDocument)] = []
        var pendingBytes = 0
        func collect() {
            switch writing?.wait() {
            case .failure(let error):
                storeError = error
            case .success(let outcomes):
                for outcome in outcomes { summary.count(outcome) }
            case nil:
                break
            }
            writing = nil
        }
        // Whole documents are written in batches, one transaction each: a killed run keeps whole documents only.
        func flush() {
            guard !pending.isEmpty, storeError == nil else { return }
            let docs = pending.map(\.doc)
            let claims = ParallelMap.map(docs.count) { extractor.extract(docs[$0]) }
            let items = zip(pending, claims).map { IngestItem(document: $0.entry, claims: $1) }
            pending.removeAll(keepingCapacity: true)
            pendingBytes = 0
            collect()
            if storeError == nil {
                writing = BackgroundWork {
                    do throws(StoreError) { return .success(try store.ingest(items)) } catch { return .failure(error) }
                }
            }
        }
        for source in reader.sources(for: paths) {
            if storeError != nil { break }
            switch source {
            case .failure(let e):
                summary.failed += 1
                report(e.diagnostic)
            case .success(let s):
                reader.read(s) { result in
                    guard storeError == nil else { return }
                    switch result {
                    case .failure(let e):
                        summary.failed += 1
                        report(e.diagnostic)
                    case .success(let doc):
                        let path = s == .standardInput ? "stdin:\(doc.id)" : (reader.format == .jsonl ? "\(s.name)#\(doc.id)" : s.name)
                        let hash = ContentHash.of(doc.utf8) + (doc.published.map { "@\($0)" } ?? "")
                        if known[path] == hash {
                            summary.unchanged += 1
                        } else {
                            let entry = IngestDocument(path: path, docId: doc.id, contentHash: hash,
                                                       published: doc.published, source: doc.source, url: doc.url,
                                                       title: doc.title)
                            pending.append((entry, doc))
                            pendingBytes += doc.utf8.count
                            if pending.count >= IngestJob.batchDocuments || pendingBytes >= IngestJob.batchBytes {
                                flush()
                            }
                        }
                        done += 1
                        if done % 500 == 0 { progress(done) }
                    }
                }
            }
        }
        flush()
        collect()
        if let storeError { throw storeError }
        return summary
    }
}

extension IngestJob.Summary {
    /// Adds what the store did with one document.
    mutating func count(_ outcome: IngestOutcome) {
        switch outcome {
        case .new(let added):
            new += 1
            claimsAdded += added
        case .changed(let added, let removed):
            changed += 1
            claimsAdded += added
            claimsRemoved += removed
        case .unchanged:
            unchanged += 1
        }
    }
}
