import Extraction

/// Why one input could not be read as a document, and what to do about it.
public enum InputError: Error, Sendable, Equatable {
    /// The path does not exist.
    case notFound(path: String)
    /// The file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// A NUL byte: this is not a text file.
    case binary(path: String, line: Int)
    /// Bytes that are not UTF-8.
    case invalidUTF8(path: String, line: Int)
    /// Nothing in the file.
    case empty(path: String)
    /// One line longer than the limit: not running text (a dump, a minified file).
    case lineTooLong(path: String, line: Int, bytes: Int, limit: Int)
    /// The front matter is broken.
    case frontMatter(path: String, FrontMatterError)
    /// A JSON Lines input line that is not a document object.
    case badJSONLine(path: String, line: Int, reason: String)

    /// The diagnostic that reports this error.
    public var diagnostic: Diagnostic {
        switch self {
        case .notFound(let p):
            Diagnostic(.error, file: p, message: "no such file or folder; check the path")
        case .unreadable(let p, let reason):
            Diagnostic(.error, file: p, message: "cannot be read (\(reason)); check its permissions")
        case .binary(let p, let line):
            Diagnostic(.error, file: p, line: line, message: "binary data (a NUL byte), not text; skipped")
        case .invalidUTF8(let p, let line):
            Diagnostic(.error, file: p, line: line,
                       message: "not valid UTF-8; convert it first (for example: iconv -f WINDOWS-1252 -t UTF-8)")
        case .empty(let p):
            Diagnostic(.error, file: p, message: "empty file, nothing to extract")
        case .lineTooLong(let p, let line, let bytes, let limit):
            Diagnostic(.error, file: p, line: line,
                       message: "line of \(bytes) bytes exceeds the \(limit)-byte limit for running text; split it into paragraphs")
        case .frontMatter(let p, let e):
            Diagnostic(.error, file: p, line: e.line, message: e.message)
        case .badJSONLine(let p, let line, let reason):
            Diagnostic(.error, file: p, line: line, message: "not a document object (\(reason)); expected {\"id\":…,\"published\":…,\"text\":…}")
        }
    }
}
