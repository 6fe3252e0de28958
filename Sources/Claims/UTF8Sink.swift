/// Somewhere generated text is written as UTF-8, a byte or a zero-padded number at a time: a byte array, a row
/// written into room reserved for it, a message. Periods and days are spelled once (`Period.write(to:)`), for all.
public protocol UTF8Sink: ~Copyable {
    /// Writes one byte.
    mutating func write(byte: UInt8)
    /// Writes `n` with at least `digits` digits (a minus sign first when negative), at most 20 in all.
    mutating func write(decimal n: Int, digits: Int)
}

extension Array: UTF8Sink where Element == UInt8 {
    @inlinable
    public mutating func write(byte: UInt8) { append(byte) }

    @inlinable
    public mutating func write(decimal n: Int, digits: Int) { Padded.write(n, digits: digits, to: &self) }
}
