import Foundation

/// Reads a file or standard input one line at a time, in chunks, so memory does not grow with the input.
struct LineReader {
    private let handle: FileHandle
    private var buffer = Data()
    private var finished = false
    /// The 1-based number of the line `next()` returned last.
    private(set) var lineNumber = 0

    init(handle: FileHandle) {
        self.handle = handle
    }

    /// The next line without its `\n` (a trailing `\r` is kept); nil at the end.
    mutating func next() -> Data? {
        while true {
            if let nl = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<nl]
                buffer = Data(buffer[(nl + 1)...])
                lineNumber += 1
                return Data(line)
            }
            if finished {
                guard !buffer.isEmpty else { return nil }
                let line = buffer
                buffer = Data()
                lineNumber += 1
                return line
            }
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { finished = true } else { buffer.append(chunk) }
        }
    }
}
