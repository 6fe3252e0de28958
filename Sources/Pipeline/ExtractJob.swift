import Claims
import Extraction
import Reports

/// How `extract` writes claims.
public enum ClaimFormat: String, Sendable, CaseIterable {
    case jsonl, csv, table
}

/// The `extract` command's job: documents in, claims out on a stream, bad inputs reported and skipped.
public struct ExtractJob: Sendable {
    public var paths: [String]
    public var reader: DocumentReader
    public var format: ClaimFormat
    public var options: ExtractionOptions

    public init(paths: [String], reader: DocumentReader, format: ClaimFormat, options: ExtractionOptions) {
        self.paths = paths
        self.reader = reader
        self.format = format
        self.options = options
    }

    /// What one run did.
    public struct Summary: Sendable, Equatable {
        public var documents = 0
        public var claims = 0
        public var failedInputs = 0
        /// 1 when any input failed, else 0.
        public var exitCode: Int32 { failedInputs > 0 ? 1 : 0 }
    }

    /// Documents, and bytes of text, extracted together on every core at most.
    static let batchDocuments = 128
    static let batchBytes = 1 << 20
    /// Folders a batch holds open at most (a tree of one-file folders must not use up file descriptors).
    static let batchFolders = 4

    /// One unit of a batch: a text file, or a JSON Lines record, that the lane reads or decodes itself (so that
    /// this runs on every core too), or a document already read (text on standard input).
    private enum Work: Sendable {
        case document(name: String, SourceDocument)
        case file(DocumentReader.Source, folder: OpenFolder?, regular: Bool)
        case record(DocumentReader.JSONRecord)
    }

    /// What became of one unit: its claims, the error that stopped it, or nothing (a blank line).
    private enum Outcome: Sendable {
        case claims(name: String, [Claim])
        case failed(InputError)
        case nothing
    }

    /// Runs the job: `write` gets output text as it is produced, `report` every diagnostic. Input is extracted
    /// a batch at a time on every core, one batch in the background while the next is read, and written in
    /// input order; a batch is also cut whenever a pipe has no more input ready, so a slow writer sees each
    /// document's claims as soon as the document is complete.
    public func run(write: (String) -> Void, report: (Diagnostic) -> Void) -> Summary {
        run(writeBytes: { write(String(decoding: $0, as: UTF8.self)) }, report: report)
    }

    /// Runs the job as `run(write:report:)` does, handing output over as UTF-8 bytes: no string is built (nor
    /// its UTF-8 checked again) on the way to standard output.
    public func run(writeBytes write: ([UInt8]) -> Void, report: (Diagnostic) -> Void) -> Summary {
        var summary = Summary()
        let extractor = Extractor(options: options)
        let reader = self.reader
        var table: [Claim] = []
        var pending: [Work] = []
        var pendingBytes = 0
        var pendingFolders = 0
        var inFlight: BackgroundWork<[Outcome]>?
        /// Output of the documents finished so far, written in one piece at the end of a batch or before a
        /// diagnostic (so that output and diagnostics keep their order).
        var output: [UInt8] = []
        func writeOutput() {
            guard !output.isEmpty else { return }
            write(output)
            output.removeAll(keepingCapacity: true)
        }
        func reportInOrder(_ d: Diagnostic) {
            writeOutput()
            report(d)
        }
        func finishInFlight() {
            guard let batch = inFlight else { return }
            for outcome in batch.wait() {
                switch outcome {
                case .claims(let name, let claims):
                    for c in claims where !c.notes.isEmpty { reportInOrder(ExtractJob.warning(for: c, from: name)) }
                    emit(claims, into: &summary, table: &table, output: &output)
                case .failed(let e):
                    summary.failedInputs += 1
                    reportInOrder(e.diagnostic)
                case .nothing:
                    break
                }
            }
            writeOutput()
            inFlight = nil
        }
        func startPending() {
            guard !pending.isEmpty else { return }
            let work = pending
            let next = BackgroundWork {
                ParallelMap.map(work.count) { ExtractJob.outcome(of: work[$0], reader: reader, extractor: extractor) }
            }
            pending.removeAll(keepingCapacity: true)
            pendingBytes = 0
            pendingFolders = 0
            finishInFlight()
            inFlight = next
        }
        /// Everything read so far extracted and written: before a diagnostic, when a pipe is idle, at the end.
        func flush() {
            startPending()
            finishInFlight()
        }
        /// An input that failed, reported after everything read before it.
        func fail(_ e: InputError) {
            flush()
            summary.failedInputs += 1
            report(e.diagnostic)
        }
        if format == .csv { write(Array(ClaimTable.csv([], header: true).utf8)) }
        /// The folder of the last file queued, held open while batches read from it.
        var folder: OpenFolder?
        for found in reader.found(for: paths) {
            switch found {
            case .failure(let e):
                fail(e)
            case .success(let f) where reader.format == .text && f.source != .standardInput:
                if case .file(let path) = f.source, folder?.holds(path) != true {
                    folder = pendingFolders < ExtractJob.batchFolders ? OpenFolder(holding: path) : nil
                    if folder != nil { pendingFolders += 1 }
                }
                pending.append(.file(f.source, folder: folder, regular: f.isRegular))
                if pending.count >= ExtractJob.batchDocuments { startPending() }
            case .success(let f) where reader.format == .jsonl:
                reader.readRecords(f.source, idle: flush) { result in
                    switch result {
                    case .failure(let e):
                        fail(e)
                    case .success(let record):
                        pending.append(.record(record))
                        pendingBytes += record.bytes.count
                        if pending.count >= ExtractJob.batchDocuments || pendingBytes >= ExtractJob.batchBytes {
                            startPending()
                        }
                    }
                }
            case .success(let f):
                reader.read(f.source) { result in
                    switch result {
                    case .failure(let e):
                        fail(e)
                    case .success(let doc):
                        pending.append(.document(name: f.source.name, doc))
                        startPending()
                    }
                }
            }
        }
        flush()
        if format == .table { write(Array(ClaimTable.text(table).utf8)) }
        return summary
    }

    /// Reads, decodes and extracts one unit of a batch, on whichever thread runs it.
    private static func outcome(of work: Work, reader: DocumentReader, extractor: Extractor) -> Outcome {
        switch work {
        case .document(let name, let doc):
            return .claims(name: name, extractor.extract(doc))
        case .file(let source, let folder, let regular):
            var outcome = Outcome.claims(name: source.name, [])
            reader.read(source, in: folder, regular: regular) { result in
                switch result {
                case .success(let doc): outcome = .claims(name: source.name, extractor.extract(doc))
                case .failure(let e): outcome = .failed(e)
                }
            }
            return outcome
        case .record(let record):
            switch reader.decode(record) {
            case .success(let doc): return .claims(name: record.source, extractor.extract(doc))
            case .failure(let e): return .failed(e)
            case nil: return .nothing
            }
        }
    }

    /// The warning that reports a claim's notes.
    private static func warning(for c: Claim, from name: String) -> Diagnostic {
        Diagnostic(.warning, file: name, message: "'\(c.text)': \(c.notes.joined(separator: "; "))")
    }

    /// Adds one document's claims to the output in the job's format (their notes are reported before).
    private func emit(_ claims: [Claim], into summary: inout Summary, table: inout [Claim], output: inout [UInt8]) {
        summary.documents += 1
        summary.claims += claims.count
        switch format {
        case .jsonl:
            ClaimJSONLines.appendLines(claims, to: &output)
        case .csv:
            if !claims.isEmpty { output.append(contentsOf: ClaimTable.csv(claims, header: false).utf8) }
        case .table:
            table += claims
        }
    }
}
