#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reads a file descriptor one line at a time through one reused buffer: each byte is copied once on its way
/// in and once into the line handed out, and a line longer than the limit is skipped, never held whole.
struct LineReader {
    /// One line of input.
    enum Line {
        /// The line's bytes without its `\n` (a trailing `\r` is kept).
        case text(Data)
        /// A line longer than the limit, skipped; how many bytes it had.
        case tooLong(bytes: Int)
    }

    private let fd: Int32
    private let limit: Int
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var finished = false
    /// The 1-based number of the line `next()` returned last.
    private(set) var lineNumber = 0
    /// Why reading stopped early, when the system refused a read.
    private(set) var failure: String?

    static let chunk = 1 << 20

    /// Reads from `fd`, which the caller opens and closes; lines longer than `limit` bytes are skipped.
    init(fd: Int32, limit: Int) {
        self.fd = fd
        self.limit = limit
        buffer = [UInt8](repeating: 0, count: LineReader.chunk)
    }

    /// The next line; nil at the end of the input.
    mutating func next() -> Line? {
        var skipped = 0
        while true {
            if let nl = newline() {
                let length = nl - start
                defer { start = nl + 1 }
                lineNumber += 1
                if skipped > 0 { return .tooLong(bytes: skipped + length) }
                return .text(Data(buffer[start..<nl]))
            }
            if finished {
                guard end > start || skipped > 0 else { return nil }
                let rest = start..<end
                start = end
                lineNumber += 1
                return skipped > 0 ? .tooLong(bytes: skipped + rest.count) : .text(Data(buffer[rest]))
            }
            if end - start > limit {
                // Past the limit: forget what is held and keep counting until the line ends.
                skipped += end - start
                start = 0
                end = 0
            }
            fill()
        }
    }

    /// True when a whole line is already read in and `next()` will not touch the input.
    var hasWholeLine: Bool { newline() != nil }

    /// True when a read would not wait: the input is at its end, or has bytes to read (always, for a file).
    var inputReady: Bool {
        if finished { return true }
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, 0) != 0
    }

    /// The index of the first `\n` in the unread bytes.
    private func newline() -> Int? {
        guard end > start else { return nil }
        return buffer.withUnsafeBufferPointer { b -> Int? in
            let base = UnsafeRawPointer(b.baseAddress!)
            guard let found = memchr(base + start, 0x0A, end - start) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }

    /// Moves the unread bytes to the front, grows the buffer when it is full, and reads one chunk.
    private mutating func fill() {
        if start > 0 {
            buffer.withUnsafeMutableBufferPointer { b in
                _ = memmove(b.baseAddress!, b.baseAddress! + start, end - start)
            }
            end -= start
            start = 0
        }
        if buffer.count - end < LineReader.chunk / 2 {
            buffer.append(contentsOf: repeatElement(0, count: buffer.count))
        }
        let room = buffer.count - end
        let n = buffer.withUnsafeMutableBufferPointer { b -> Int in
            while true {
                let n = read(fd, b.baseAddress! + end, room)
                if n < 0, errno == EINTR { continue }
                return n
            }
        }
        if n < 0 {
            failure = String(cString: strerror(errno))
            finished = true
        } else if n == 0 {
            finished = true
        } else {
            end += n
        }
    }
}
