import Foundation

/// The compound annual growth rate between two levels: what "10 Mt by 2027 from 4.5 Mt in 2024" requires.
public struct CompoundGrowth: Sendable, Equatable {
    /// Level at the start.
    public var from: Double
    /// Level at the end.
    public var to: Double
    /// Years between them.
    public var years: Double
    /// The annual rate as a fraction (0.305 is 30.5% a year).
    public var rate: Double

    /// Why a compound rate cannot be computed, and what to do instead.
    public enum Problem: Error, Equatable {
        /// Levels must be positive for a growth rate; a zero or negative level has none.
        case nonPositiveLevel
        /// The two levels must be at least part of a year apart.
        case noTimeBetween
    }

    /// The constant annual rate that takes `from` to `to` in `years` years.
    public init(from: Double, to: Double, years: Double) throws(Problem) {
        guard from > 0, to > 0, from.isFinite, to.isFinite else { throw .nonPositiveLevel }
        guard years > 0, years.isFinite else { throw .noTimeBetween }
        self.from = from
        self.to = to
        self.years = years
        rate = Foundation.pow(to / from, 1 / years) - 1
    }
}
