/// A calendar day such as a publication date, written `YYYY-MM-DD`.
public struct Day: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Makes a day; `nil` when the month or day is out of range.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(_ text: some StringProtocol) {
        guard text.utf8.count == 10 else { return nil }
        var text = String(text)  // ten bytes: a small string, no allocation
        guard let day = text.withUTF8({ Day(utf8: $0) }) else { return nil }
        self = day
    }

    /// Parses exactly the ten bytes `YYYY-MM-DD` in a buffer.
    public init?(utf8 b: UnsafeBufferPointer<UInt8>) {
        guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return nil }
        /// The decimal value of the digits at `range`; nil when one is not a digit.
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                let d = b[i] &- 0x30
                guard d <= 9 else { return nil }
                n = n * 10 + Int(d)
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var description: String {
        var out: [UInt8] = []
        write(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes `YYYY-MM-DD`.
    @inlinable
    public func write<Sink: UTF8Sink & ~Copyable>(to out: inout Sink) {
        out.write(decimal: year, digits: 4)
        out.write(byte: 0x2D)
        out.write(decimal: month, digits: 2)
        out.write(byte: 0x2D)
        out.write(decimal: day, digits: 2)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// Zero-padded decimal text for dates and periods, written straight into bytes.
public enum Padded {
    /// Appends `n` with at least `digits` digits (a minus sign first when negative), at most 20 in all.
    public static func write(_ n: Int, digits: Int, to out: inout [UInt8]) {
        if n < 0 { out.append(0x2D) }
        var v = n.magnitude
        var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &buffer) { raw in
            // Digits from the last one back, then the zeros that pad them, then copied out byte by byte (dates
            // and spans are a few digits: cheaper than a copy call).
            let end = 20
            var i = end
            repeat {
                i -= 1
                raw[i] = UInt8(truncatingIfNeeded: v % 10) &+ 0x30
                v /= 10
            } while v > 0 && i > 0
            while end - i < digits && i > 0 {
                i -= 1
                raw[i] = 0x30
            }
            for k in i..<end { out.append(raw[k]) }
        }
    }
}
