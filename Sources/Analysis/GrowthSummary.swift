import Claims

/// The change from one year's level to the next.
public struct YearOnYear: Sendable, Equatable {
    public var year: Int
    /// The change as a fraction of the year before (0.62 is +62%).
    public var change: Double
}

/// Growth of one series of yearly levels: year-on-year changes, CAGR from the first to the last level,
/// and the log-linear trend with its interval when there are three or more years.
public struct GrowthSummary: Sendable, Equatable {
    public var entity: String
    public var counterpart: String?
    public var metric: Metric
    public var unit: Unit
    /// The yearly levels used (the consensus of each year's statements).
    public var years: [Int]
    public var levels: [Double]
    public var yearOnYear: [YearOnYear]
    public var cagr: CompoundGrowth?
    public var trend: LogLinearTrend?
    /// Why something could not be computed ("a trend needs three or more years").
    public var notes: [String]

    /// Growth summaries of every calendar-year series in `points`.
    public static func all(from points: [SeriesPoint]) -> [GrowthSummary] {
        var groups: [String: [SeriesPoint]] = [:]
        var order: [String] = []
        for p in points {
            // Rates (GDP growth, shares) are not levels that grow; part-years are not yearly levels.
            guard case .year = p.period, p.unit != .percent, p.unit != .times else { continue }
            let key = "\(p.entity)\u{1F}\(p.counterpart ?? "")\u{1F}\(p.metric.rawValue)\u{1F}\(p.unit.rawValue)"
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(p)
        }
        return order.map { summary(of: groups[$0]!.sorted { $0.period < $1.period }) }
    }

    private static func summary(of points: [SeriesPoint]) -> GrowthSummary {
        let years = points.map { $0.period.startYear }
        let levels = points.map(\.consensus)
        var notes: [String] = []
        var yoy: [YearOnYear] = []
        for i in 1..<max(1, points.count) where years[i] == years[i - 1] + 1 && levels[i - 1] > 0 {
            yoy.append(YearOnYear(year: years[i], change: levels[i] / levels[i - 1] - 1))
        }
        var cagr: CompoundGrowth?
        if let first = years.first, let last = years.last, last > first {
            do {
                cagr = try CompoundGrowth(from: levels[0], to: levels[levels.count - 1], years: Double(last - first))
            } catch {
                notes.append("no CAGR: a level is zero or negative")
            }
        } else {
            notes.append("one year only: no growth can be computed")
        }
        var trend: LogLinearTrend?
        if points.count >= 3 {
            do {
                trend = try LogLinearTrend(years: years, levels: levels)
            } catch {
                notes.append("no trend: \(error)")
            }
        } else if points.count == 2 {
            notes.append("two years: CAGR only, no trend interval")
        }
        let p = points[0]
        return GrowthSummary(entity: p.entity, counterpart: p.counterpart, metric: p.metric, unit: p.unit, years: years, levels: levels,
                             yearOnYear: yoy, cagr: cagr, trend: trend, notes: notes)
    }
}
