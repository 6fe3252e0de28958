/// Generated text written straight into the spare capacity of a byte array, up to a room fixed in advance: a
/// write that does not fit is dropped and `overflowed` set, so that the caller can start again with more room.
/// Every write is inlined, so that a literal's bytes are stored without a call to memcpy.
struct FixedBytes {
    private let base: UnsafeMutablePointer<UInt8>
    private let room: Int
    /// Bytes written so far, from `base`.
    private(set) var count = 0
    private(set) var overflowed = false

    private init(base: UnsafeMutablePointer<UInt8>, room: Int) {
        self.base = base
        self.room = room
    }

    /// Appends to `out` what `body` writes, when it fits in `room` bytes; false, and `out` unchanged, when not.
    static func appendIfFits(to out: inout [UInt8], room: Int, _ body: (inout FixedBytes) -> Void) -> Bool {
        var fitted = false
        out.append(addingCapacity: room) { span in
            span.withUnsafeMutableBufferPointer { buffer, initialized in
                var bytes = FixedBytes(base: buffer.baseAddress! + initialized, room: buffer.count - initialized)
                body(&bytes)
                guard !bytes.overflowed else { return }
                initialized += bytes.count
                fitted = true
            }
        }
        return fitted
    }

    /// Appends to `out` what `body` writes, starting with `room` bytes and trying again with more until it fits.
    static func append(to out: inout [UInt8], room: Int, _ body: (inout FixedBytes) -> Void) {
        var room = max(room, 16)
        while !appendIfFits(to: &out, room: room, body) { room *= 4 }
    }

    /// Writes `n` bytes that `fill` stores from the pointer it is given; nothing, and `overflowed` set, when
    /// they do not fit.
    @inline(__always)
    mutating func write(count n: Int, _ fill: (UnsafeMutablePointer<UInt8>) -> Void) {
        guard n <= room &- count else {
            overflowed = true
            return
        }
        fill(base + count)
        count &+= n
    }

    @inline(__always)
    mutating func write(byte: UInt8) {
        write(count: 1) { $0.pointee = byte }
    }

    @inline(__always)
    mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress else { return }
        write(count: bytes.count) { $0.initialize(from: from, count: bytes.count) }
    }

    /// Writes literal ASCII text known when the program is built (inlined: its length is a constant).
    @inline(__always)
    mutating func write(_ literal: StaticString) {
        write(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Writes `n` with at least `digits` digits (a minus sign first when negative), as `Padded.write` does.
    mutating func write(decimal n: Int, digits: Int) {
        var v = n.magnitude
        var width = 1
        var rest = v / 10
        while rest > 0 {
            width += 1
            rest /= 10
        }
        // At most 20 digits in all, as Padded.write writes them.
        width = max(width, min(digits, 20))
        let sign = n < 0 ? 1 : 0
        write(count: sign + width) { p in
            if sign == 1 { p.pointee = 0x2D }
            var i = sign + width
            repeat {
                i -= 1
                p[i] = UInt8(truncatingIfNeeded: v % 10) &+ 0x30
                v /= 10
            } while i > sign
        }
    }

    /// Writes the JSON string literal of `prefix + s`: text that needs no escaping as it is, the rest through
    /// `JSONText.string`. The prefix is plain text that needs no escaping.
    mutating func write(jsonString s: String, prefix: StaticString = "") {
        // The string's own bytes, borrowed: no copy of the string (nor a reference count) on the way.
        let plain = s.utf8.withContiguousStorageIfAvailable { bytes in
            guard !JSONText.needsEscaping(bytes) else { return false }
            write(byte: 0x22)
            write(prefix)
            write(bytes)
            write(byte: 0x22)
            return true
        }
        guard plain != true else { return }
        var literal = JSONText.string("\(prefix)" + s)
        literal.withUTF8 { write($0) }
    }
}
