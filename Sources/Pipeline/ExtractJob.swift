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

    /// Runs the job: `write` gets output text as it is produced, `report` every diagnostic.
    public func run(write: (String) -> Void, report: (Diagnostic) -> Void) -> Summary {
        var summary = Summary()
        let extractor = Extractor(options: options)
        var table: [Claim] = []
        if format == .csv { write(ClaimTable.csv([], header: true)) }
        for source in reader.sources(for: paths.isEmpty ? ["-"] : paths) {
            switch source {
            case .failure(let e):
                summary.failedInputs += 1
                report(e.diagnostic)
            case .success(let s):
                reader.read(s) { result in
                    switch result {
                    case .failure(let e):
                        summary.failedInputs += 1
                        report(e.diagnostic)
                    case .success(let doc):
                        summary.documents += 1
                        let claims = extractor.extract(doc)
                        summary.claims += claims.count
                        for c in claims where !c.notes.isEmpty {
                            report(Diagnostic(.warning, file: s.name, message: "'\(c.text)': \(c.notes.joined(separator: "; "))"))
                        }
                        switch format {
                        case .jsonl:
                            var out: [UInt8] = []
                            for c in claims {
                                ClaimJSONLines.append(c, to: &out)
                                out.append(0x0A)
                            }
                            if !out.isEmpty { write(String(decoding: out, as: UTF8.self)) }
                        case .csv:
                            if !claims.isEmpty { write(ClaimTable.csv(claims, header: false)) }
                        case .table:
                            table += claims
                        }
                    }
                }
            }
        }
        if format == .table { write(ClaimTable.text(table)) }
        return summary
    }
}
