import Claims

/// One value a document stated for a series point.
public struct StatedValue: Sendable, Equatable {
    public var value: Double
    public var interval: ValueInterval
    public var doc: String
    public var path: String
    public var quote: String
}

/// One entity (× counterpart) × metric × period of a series of levels, in one unit: what the sources stated, and what they agree on.
public struct SeriesPoint: Sendable, Equatable {
    public var entity: String
    /// The other side of a bilateral series (Kazakhstan's trade *with China*); nil for a total.
    public var counterpart: String?
    public var metric: Metric
    public var unit: Unit
    public var period: Period
    public var stated: [StatedValue]
    /// The median of the stated values, moved inside `interval` when the sources agree.
    public var consensus: Double
    /// Where all the stated intervals overlap; when they do not, the span from the lowest to the highest.
    public var interval: ValueInterval
    /// How many documents stated a value.
    public var sources: Int
    /// True when some stated intervals do not overlap.
    public var disagree: Bool
    /// True for a level no document states but a change or multiple implies from a stated level; `stated` then
    /// holds the implying claims, each with the level it implies.
    public var derived = false

    /// Series order: entity, counterpart, metric, unit, then period.
    public static func inSeriesOrder(_ a: SeriesPoint, _ b: SeriesPoint) -> Bool {
        (a.entity, a.counterpart ?? "", a.metric.rawValue, a.unit.rawValue, a.period)
            < (b.entity, b.counterpart ?? "", b.metric.rawValue, b.unit.rawValue, b.period)
    }
}
