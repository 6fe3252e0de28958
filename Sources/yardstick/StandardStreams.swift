import Foundation
import Pipeline

/// Writing to standard output and standard error without buffering surprises.
enum StandardStreams {
    /// Writes text to standard output.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes UTF-8 bytes to standard output, without copying them first.
    static func out(bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, !raw.isEmpty else { return }
            let data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none)
            FileHandle.standardOutput.write(data)
        }
    }

    /// Writes one line on standard error, prefixed with the tool's name.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("yardstick: \(message)\n".utf8))
    }

    /// Progress on standard error, only when it is a terminal (cron and pipes stay quiet).
    static func progress(_ done: Int) {
        guard isatty(2) != 0 else { return }
        FileHandle.standardError.write(Data("\ryardstick: \(done) documents…".utf8))
    }

    /// Writes a diagnostic as one line on standard error, prefixed with the tool's name.
    static func diagnostic(_ d: Diagnostic) {
        FileHandle.standardError.write(Data("yardstick: \(d)\n".utf8))
    }
}
