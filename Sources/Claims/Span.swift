/// Start and end of a piece of text, counted in Unicode code points from the start of the whole file.
public struct Span: Hashable, Sendable, Comparable, Codable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "a span ends after it starts")
        self.start = start
        self.end = end
    }

    /// Number of code points covered.
    public var length: Int { end - start }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
