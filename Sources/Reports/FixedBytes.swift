import Claims

/// Generated text written straight into the spare capacity of a byte array, up to a room fixed in advance: a
/// write that does not fit is dropped and `overflowed` set, so that the caller can start again with more room.
/// Every write is inlined, so that a literal's bytes are stored without a call to memcpy.
struct FixedBytes: UTF8Sink {
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

    /// Writes one byte.
    @inline(__always)
    mutating func write(byte: UInt8) {
        write(count: 1) { $0.pointee = byte }
    }

    /// Writes bytes as they are.
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

    /// Writes the UTF-8 of `s` as it is.
    @inline(__always)
    mutating func write(text s: String) {
        // The string's own bytes, borrowed where it has them in one piece (a native string always does).
        if s.utf8.withContiguousStorageIfAvailable({ write($0) }) != nil { return }
        var s = s
        s.withUTF8 { write($0) }
    }

    /// Writes a number as JSON and CSV cells spell it (`JSONText.number`): `null` unless finite, whole values
    /// without a fraction (`23000000000`), others in the shortest form that reads back exactly (`String(v)`),
    /// its digits handed over from the standard library's own buffer rather than through a `String`.
    mutating func write(number v: Double) {
        guard v.isFinite else { return write("null") }
        if v == v.rounded(), abs(v) < 9.0e15 { return write(decimal: Int(v), digits: 1) }
        withUnsafeMutablePointer(to: &self) { row in
            var digits = DigitsInto(row: row)
            v.write(to: &digits)
        }
    }

    /// Writes `n` with at least `digits` digits (a minus sign first when negative), as `Padded.write` does: two
    /// digits a step, from the end.
    mutating func write(decimal n: Int, digits: Int) {
        // Wrapping arithmetic throughout: no index here can overflow, and the checks cost more than the digits.
        var v = n.magnitude
        var width = 1
        var rest = v
        while rest >= 100 {
            width &+= 2
            rest /= 100
        }
        if rest >= 10 { width &+= 1 }
        // At most 20 digits in all, as Padded.write writes them.
        width = max(width, min(digits, 20))
        let sign = n < 0 ? 1 : 0
        write(count: sign &+ width) { p in
            if sign == 1 { p.pointee = 0x2D }
            let pairs = UnsafeRawPointer(FixedBytes.digitPairs.utf8Start)
            // Exactly `width` digits: once `v` is used up, its pairs are the padding zeros.
            var to = p + sign + width
            while to - (p + sign) >= 2 {
                let next = v / 100
                to -= 2
                let pair = Int(truncatingIfNeeded: v &- next &* 100) &* 2
                UnsafeMutableRawPointer(to).storeBytes(
                    of: pairs.loadUnaligned(fromByteOffset: pair, as: UInt16.self), as: UInt16.self)
                v = next
            }
            if to > p + sign { p[sign] = UInt8(truncatingIfNeeded: v) &+ 0x30 }
        }
    }

    /// "00" to "99": the two digits of every number below 100.
    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    /// Writes the JSON string literal of `prefix + s`: text that needs no escaping as it is, the rest through
    /// `JSONText.string`. The prefix is plain text that needs no escaping.
    mutating func write(jsonString s: String, prefix: StaticString = "") {
        // The string's own bytes, borrowed: no copy of the string (nor a reference count) on the way.
        let plain = s.utf8.withContiguousStorageIfAvailable { writePlain($0, prefix: prefix) }
        guard plain != true else { return }
        var literal = JSONText.string("\(prefix)" + s)
        literal.withUTF8 { write($0) }
    }

    /// Writes `"` + prefix + `bytes` + `"` when the bytes need no escaping, checking and copying them in one
    /// pass, eight at a time; false, with nothing counted as written, when they need escaping. True when they do
    /// not fit (`overflowed` is set, and the caller starts again with more room).
    @inline(__always)
    private mutating func writePlain(_ bytes: UnsafeBufferPointer<UInt8>, prefix: StaticString) -> Bool {
        let n = bytes.count, p = prefix.utf8CodeUnitCount
        guard n + p + 2 <= room &- count else {
            overflowed = true
            return true
        }
        let start = base + count
        start.pointee = 0x22
        // No call to memcpy for the usual empty prefix.
        if p > 0 { (start + 1).initialize(from: prefix.utf8Start, count: p) }
        let to = start + 1 + p
        if let from = bytes.baseAddress, n >= 8 {
            var i = 0
            while true {
                // The last word ends with the string: it may overlap the word before, checked and copied again.
                let at = min(i, n - 8)
                let w = UnsafeRawPointer(from + at).loadUnaligned(as: UInt64.self)
                if JSONText.needsEscaping(word: w) { return false }
                UnsafeMutableRawPointer(to + at).storeBytes(of: w, as: UInt64.self)
                if at == n - 8 { break }
                i += 8
            }
        } else {
            for i in 0..<n {
                if JSONText.needsEscaping(byte: bytes[i]) { return false }
                to[i] = bytes[i]
            }
        }
        to[n] = 0x22
        count &+= n + p + 2
        return true
    }
}

/// Where `Double.write(to:)` writes a number's digits: it hands them over from a buffer of its own through
/// `_writeASCII`, where `description` would first make them a `String`.
private struct DigitsInto: TextOutputStream {
    let row: UnsafeMutablePointer<FixedBytes>

    mutating func write(_ string: String) { row.pointee.write(text: string) }

    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) { row.pointee.write(buffer) }
}
