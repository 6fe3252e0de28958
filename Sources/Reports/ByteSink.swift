/// Where bytes of generated text go: a growing array, or a fixed buffer that notes when it runs out of room.
protocol ByteSink {
    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>)
    mutating func write(byte: UInt8)
}

extension ByteSink {
    /// Writes literal ASCII text known when the program is built.
    mutating func write(_ literal: StaticString) {
        write(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Writes `n` with at least `digits` digits (a minus sign first when negative), as `Padded.write` does.
    mutating func write(decimal n: Int, digits: Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var v = n.magnitude
            let end = buffer.count
            var i = end
            repeat {
                i -= 1
                buffer[i] = UInt8(truncatingIfNeeded: v % 10) &+ 0x30
                v /= 10
            } while v > 0
            // At most 20 digits in all, as Padded.write writes them.
            while end - i < min(digits, 20) {
                i -= 1
                buffer[i] = 0x30
            }
            if n < 0 {
                i -= 1
                buffer[i] = 0x2D
            }
            write(UnsafeBufferPointer(rebasing: buffer[i..<end]))
        }
    }

    /// Writes the JSON string literal of `prefix + s`: text that needs no escaping as it is, the rest through
    /// `JSONText.string`. The prefix is plain text that needs no escaping.
    mutating func write(jsonString s: String, prefix: StaticString = "") {
        var text = s
        let plain = text.withUTF8 { bytes in
            guard !JSONText.needsEscaping(bytes) else { return false }
            write(byte: 0x22)
            write(prefix)
            write(bytes)
            write(byte: 0x22)
            return true
        }
        guard !plain else { return }
        var literal = JSONText.string("\(prefix)" + s)
        literal.withUTF8 { write($0) }
    }
}

/// A byte array that grows as it is written.
struct GrowingBytes: ByteSink {
    var bytes: [UInt8]

    mutating func write(_ more: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: more) }
    mutating func write(byte: UInt8) { bytes.append(byte) }
}

/// A fixed buffer written from its start; a write that does not fit is dropped and `overflowed` set, so the
/// caller can start again on a `GrowingBytes`.
struct FixedBytes: ByteSink {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    /// Bytes written so far, from the buffer's start.
    private(set) var count = 0
    private(set) var overflowed = false

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    mutating func write(_ more: UnsafeBufferPointer<UInt8>) {
        guard more.count <= buffer.count - count, let to = buffer.baseAddress, let from = more.baseAddress else {
            if !more.isEmpty { overflowed = true }
            return
        }
        (to + count).initialize(from: from, count: more.count)
        count += more.count
    }

    mutating func write(byte: UInt8) {
        guard count < buffer.count else {
            overflowed = true
            return
        }
        buffer[count] = byte
        count += 1
    }

    /// The bytes written.
    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: buffer[..<count]) }
}
