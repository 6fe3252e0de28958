import Claims
import Extraction
import Foundation

/// Where documents come from: files, folders (recursive, `.txt` and `.md`), standard input, or JSON Lines.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Plain text files with optional front matter.
    case text
    /// One `{"id":…,"published":…,"text":…}` object a line.
    case jsonl
}

/// Reads the inputs of a job into documents, one at a time, reporting each bad input and going on.
public struct DocumentReader: Sendable {
    public var format: InputFormat
    /// Supplies or overrides every document's publication date.
    public var published: Day?

    public init(format: InputFormat = .text, published: Day? = nil) {
        self.format = format
        self.published = published
    }

    /// One readable input: a file, or standard input.
    public enum Source: Sendable, Equatable {
        case file(String)
        case standardInput
        /// The name diagnostics use.
        public var name: String {
            switch self {
            case .file(let p): p
            case .standardInput: "-"
            }
        }
    }

    /// The files behind the given paths, folders expanded in sorted order; missing paths become errors. No paths
    /// at all means standard input.
    public func sources(for paths: [String]) -> [Result<Source, InputError>] {
        found(for: paths).map { $0.map(\.source) }
    }

    /// A source as `sources(for:)` finds it, and whether a folder walk saw a regular file there (read without
    /// asking its size).
    struct FoundSource {
        var source: Source
        var isRegular = false
    }

    /// The sources `sources(for:)` gives, each with what the folder walk knows of it.
    func found(for paths: [String]) -> [Result<FoundSource, InputError>] {
        var result: [Result<FoundSource, InputError>] = []
        let jsonl = format == .jsonl
        for path in paths.isEmpty ? ["-"] : paths {
            if path == "-" {
                result.append(.success(FoundSource(source: .standardInput)))
                continue
            }
            switch RawFiles.kind(of: path) {
            case .missing:
                result.append(.failure(.notFound(path: path)))
            case .file:
                result.append(.success(FoundSource(source: .file(path))))
            case .folder:
                let files = RawFiles.files(under: path) { name in
                    let lower = name.lowercased()
                    return jsonl ? lower.hasSuffix(".jsonl") : (lower.hasSuffix(".txt") || lower.hasSuffix(".md"))
                }
                result += files.map { .success(FoundSource(source: .file($0.path), isRegular: $0.isRegular)) }
            }
        }
        return result
    }

    /// Reads one source and calls `body` with each document in it (or the error that stopped one).
    public func read(_ source: Source, _ body: (Result<SourceDocument, InputError>) -> Void) {
        read(source, in: nil, body)
    }

    /// Reads one source as `read(_:_:)` does, a file by its name in `folder` when that is its folder, open already,
    /// and without asking its size when the folder walk saw a regular file (`regular`).
    func read(_ source: Source, in folder: OpenFolder?, regular: Bool = false,
              _ body: (Result<SourceDocument, InputError>) -> Void) {
        if format == .jsonl {
            readJSONLines(source, body)
            return
        }
        let bytes: [UInt8]
        switch source {
        case .standardInput:
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        case .file(let path):
            do {
                bytes = try RawFiles.read(path, in: folder, regular: regular)
            } catch {
                body(.failure(.unreadable(path: path, reason: error.reason)))
                return
            }
        }
        let name = source.name
        let problem = bytes.withUnsafeBufferPointer { TextValidation.problem(in: $0, path: name) }
        if let problem {
            body(.failure(problem))
            return
        }
        let id = DocumentReader.fileName(name)
        do {
            var doc = try SourceDocument.parse(id: id == "-" ? "stdin" : id, utf8: bytes)
            if let published { doc.published = published }
            body(.success(doc))
        } catch {
            body(.failure(.frontMatter(path: name, error)))
        }
    }

    /// The last component of a path (trailing slashes ignored), or the path itself when it has none.
    static func fileName(_ path: String) -> String {
        var path = path
        return path.withUTF8 { bytes in
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x2F { end -= 1 }
            guard end > 0 else { return String(decoding: bytes, as: UTF8.self) }
            var start = end
            while start > 0, bytes[start - 1] != 0x2F { start -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    private struct JSONDocument: Decodable {
        var id: String
        var published: String?
        var text: String
    }

    /// Longest JSON Lines record accepted (one whole article with its markup).
    static let maxRecordBytes = 16 << 20

    /// One decoder for every record: JSONDecoder is safe to share between threads.
    private static let decoder = JSONDecoder()

    /// One JSON Lines record as read, to be decoded with `decode(_:)` on any thread.
    struct JSONRecord: Sendable {
        var source: String
        var line: Int
        var bytes: Data
    }

    private func readJSONLines(_ source: Source, _ body: (Result<SourceDocument, InputError>) -> Void) {
        readRecords(source, idle: {}) { record in
            switch record {
            case .failure(let e): body(.failure(e))
            case .success(let r): if let result = decode(r) { body(result) }
            }
        }
    }

    /// Reads JSON Lines one record at a time, without decoding them; `idle` runs before a read would wait on a pipe.
    func readRecords(_ source: Source, idle: () -> Void, _ body: (Result<JSONRecord, InputError>) -> Void) {
        let name = source.name
        let fd: Int32
        switch source {
        case .standardInput:
            fd = 0
        case .file(let path):
            fd = open(path, O_RDONLY)
            guard fd >= 0 else {
                body(.failure(.unreadable(path: path, reason: String(cString: strerror(errno)))))
                return
            }
        }
        defer { if case .file = source { close(fd) } }
        var lines = LineReader(fd: fd, limit: DocumentReader.maxRecordBytes)
        defer {
            if let reason = lines.failure { body(.failure(.unreadable(path: name, reason: "\(reason) after line \(lines.lineNumber)"))) }
        }
        while true {
            if !lines.hasWholeLine, !lines.inputReady { idle() }
            guard let next = lines.next() else { break }
            switch next {
            case .tooLong(let bytes):
                body(.failure(.lineTooLong(path: name, line: lines.lineNumber, bytes: bytes, limit: DocumentReader.maxRecordBytes)))
            case .text(let data):
                body(.success(JSONRecord(source: name, line: lines.lineNumber, bytes: data)))
            }
        }
    }

    /// The document in one JSON Lines record, the error that stops it, or nil for a blank line.
    func decode(_ record: JSONRecord) -> Result<SourceDocument, InputError>? {
        let reading = record.bytes.withUnsafeBytes { raw -> RecordReading in
            let bytes = raw.bindMemory(to: UInt8.self)
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) { return .blank }
            return JSONRecordParser.fields(of: bytes).map(RecordReading.fields) ?? .unsure
        }
        switch reading {
        case .blank:
            return nil
        case .fields(let f):
            return document(id: f.id, published: f.published, text: f.text, record: record)
        case .unsure:
            // Not a record the byte-level reader is sure of: JSONDecoder decides, as it always did.
            guard let d = try? DocumentReader.decoder.decode(JSONDocument.self, from: record.bytes) else {
                return .failure(.badJSONLine(path: record.source, line: record.line,
                                             reason: "not JSON with string fields id and text"))
            }
            return document(id: d.id, published: d.published, text: Array(d.text.utf8), record: record)
        }
    }

    /// What the byte-level reader made of a record.
    private enum RecordReading {
        /// Only spaces, tabs and carriage returns.
        case blank
        case fields(JSONRecordParser.Fields)
        /// Broken, or a shape it leaves to JSONDecoder.
        case unsure
    }

    /// The document made of one record's fields, or the error in its date or front matter.
    private func document(id: String, published p: String?, text: [UInt8], record: JSONRecord)
        -> Result<SourceDocument, InputError> {
        var date: Day? = nil
        if let p, !p.isEmpty {
            guard let day = Day(p.prefix(10)), p.count == 10 || p.dropFirst(10).first == "T" else {
                return .failure(.badJSONLine(path: record.source, line: record.line,
                                             reason: "published '\(p.prefix(30))' is not YYYY-MM-DD"))
            }
            date = day
        }
        do {
            var doc = try SourceDocument.parse(id: id, utf8: text)
            doc.published = published ?? date ?? doc.published
            return .success(doc)
        } catch {
            return .failure(.frontMatter(path: "\(record.source) (\(id))", error))
        }
    }
}
