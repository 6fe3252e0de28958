import Foundation
import Pipeline

/// Writing to standard output and standard error without buffering surprises.
enum StandardStreams {
    /// Writes text to standard output.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes a diagnostic as one line on standard error, prefixed with the tool's name.
    static func diagnostic(_ d: Diagnostic) {
        FileHandle.standardError.write(Data("yardstick: \(d)\n".utf8))
    }
}
