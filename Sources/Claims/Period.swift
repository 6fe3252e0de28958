/// What a value refers to in time: a year, a quarter, a month, or a span between two of the same shape.
/// A plain value: the ends of a span are `Point`s, not periods, so no case is indirect and a copy counts no
/// references (claims and drafts holding periods are copied often).
public enum Period: Hashable, Sendable, Comparable, CustomStringConvertible {
    case year(Int)
    case quarter(Int, Int)
    case month(Int, Int)
    case span(Point, Point)

    /// A year, a quarter or a month: a period that is no span, as the end of a span is.
    public enum Point: Hashable, Sendable {
        case year(Int)
        case quarter(Int, Int)
        case month(Int, Int)

        /// The same point as a period.
        public var period: Period {
            switch self {
            case .year(let y): .year(y)
            case .quarter(let y, let q): .quarter(y, q)
            case .month(let y, let m): .month(y, m)
            }
        }

        /// The point a period is, nil for a span.
        public init?(_ period: Period) {
            switch period {
            case .year(let y): self = .year(y)
            case .quarter(let y, let q): self = .quarter(y, q)
            case .month(let y, let m): self = .month(y, m)
            case .span: return nil
            }
        }
    }

    /// A month span, normalised: January–December of one year is that year, a one-month span is the month.
    public static func months(_ year: Int, _ first: Int, through lastYear: Int, _ last: Int) -> Period {
        if year == lastYear && first == 1 && last == 12 { return .year(year) }
        if year == lastYear && first == last { return .month(year, first) }
        return .span(.month(year, first), .month(lastYear, last))
    }

    /// A span of years, or the year itself when both ends agree.
    public static func years(_ first: Int, _ last: Int) -> Period {
        first == last ? .year(first) : .span(.year(first), .year(last))
    }

    /// The schema spelling: `2023`, `2024-Q1`, `2024-05`, `2019/2024`, `2023-01/2023-07`.
    public var description: String {
        var out: [UInt8] = []
        write(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes the schema spelling.
    @inlinable
    public func write<Sink: UTF8Sink & ~Copyable>(to out: inout Sink) {
        switch self {
        case .year(let y):
            out.write(decimal: y, digits: 4)
        case .quarter(let y, let q):
            out.write(decimal: y, digits: 4)
            out.write(byte: 0x2D)
            out.write(byte: 0x51)
            out.write(decimal: q, digits: 1)
        case .month(let y, let m):
            out.write(decimal: y, digits: 4)
            out.write(byte: 0x2D)
            out.write(decimal: m, digits: 2)
        case .span(let a, let b):
            a.period.write(to: &out)
            out.write(byte: 0x2F)
            b.period.write(to: &out)
        }
    }

    /// Parses the schema spelling; `nil` when it is not one of the allowed shapes.
    public init?(_ text: some StringProtocol) {
        let halves = text.split(separator: "/", omittingEmptySubsequences: false)
        if halves.count == 2 {
            guard let a = Period(halves[0]), let b = Period(halves[1]), a.isSameShape(as: b), a <= b,
                  let start = Point(a), let end = Point(b)
            else { return nil }
            self = .span(start, end)
            return
        }
        guard halves.count == 1 else { return nil }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts[0].count == 4, let y = Int(parts[0]) else { return nil }
        switch parts.count {
        case 1: self = .year(y)
        case 2 where parts[1].hasPrefix("Q") && parts[1].count == 2:
            guard let q = Int(parts[1].dropFirst()), (1...4).contains(q) else { return nil }
            self = .quarter(y, q)
        case 2 where parts[1].count == 2:
            guard let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            self = .month(y, m)
        default: return nil
        }
    }

    /// True for `START/END`.
    public var isSpan: Bool {
        if case .span = self { return true }
        return false
    }

    /// True when both are years, both quarters or both months.
    public func isSameShape(as other: Period) -> Bool {
        switch (self, other) {
        case (.year, .year), (.quarter, .quarter), (.month, .month): true
        case (.span(let a, _), .span(let b, _)): a.period.isSameShape(as: b.period)
        default: false
        }
    }

    /// The same period `years` years later (earlier when negative).
    public func shifted(byYears years: Int) -> Period {
        switch self {
        case .year(let y): .year(y + years)
        case .quarter(let y, let q): .quarter(y + years, q)
        case .month(let y, let m): .month(y + years, m)
        case .span(let a, let b):  // a point shifted is a point
            .span(Point(a.period.shifted(byYears: years))!, Point(b.period.shifted(byYears: years))!)
        }
    }

    /// The calendar year the period ends in.
    public var endYear: Int {
        switch self {
        case .year(let y), .quarter(let y, _), .month(let y, _): y
        case .span(_, let b): b.period.endYear
        }
    }

    /// The calendar year the period starts in.
    public var startYear: Int {
        switch self {
        case .year(let y), .quarter(let y, _), .month(let y, _): y
        case .span(let a, _): a.period.startYear
        }
    }

    /// First and last month covered, as (year × 12 + month − 1) indices.
    public var monthIndexRange: ClosedRange<Int> {
        switch self {
        case .year(let y): (y * 12)...(y * 12 + 11)
        case .quarter(let y, let q): (y * 12 + (q - 1) * 3)...(y * 12 + q * 3 - 1)
        case .month(let y, let m): (y * 12 + m - 1)...(y * 12 + m - 1)
        case .span(let a, let b): a.period.monthIndexRange.lowerBound...b.period.monthIndexRange.upperBound
        }
    }

    /// True for a single whole calendar year.
    public var isCalendarYear: Bool {
        if case .year = self { return true }
        return false
    }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        let l = lhs.monthIndexRange, r = rhs.monthIndexRange
        return (l.upperBound, l.lowerBound) < (r.upperBound, r.lowerBound)
    }
}
