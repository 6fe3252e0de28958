/// A problem found while reading inputs, reported as `file:line: message` and never fatal to the other inputs.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How bad the problem is.
    public enum Severity: String, Sendable { case warning, error }

    public var severity: Severity
    /// The file (or `-` for standard input) the problem is in.
    public var file: String
    /// The 1-based line, where one applies.
    public var line: Int?
    public var message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: error: message`, one line.
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(severity.rawValue): \(message)"
    }
}
