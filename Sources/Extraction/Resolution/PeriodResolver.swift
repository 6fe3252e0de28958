import Claims

/// Turns time references into periods: relative years against the publication date, part-years, spans and bases.
struct PeriodResolver {
    let published: Day?
    /// The period the text is already speaking of ("over the same period").
    let sameAs: Period?
    /// The year stated nearby, which "a year earlier" counts from; nil falls back to the publication year.
    var anchorYear: Int? = nil

    /// The period a stated mention refers to; nil when it needs a date that is missing or leaves the time open.
    func stated(_ m: PeriodMention) -> Period? {
        switch m.expression {
        case .absolute(let p): return p
        case .relativeYear(let off): return published.map { .year($0.year + off) }
        case .months(let first, let last, let ref):
            guard let y = year(ref, lastMonth: last) else { return nil }
            return .months(y, first, through: y, last)
        case .quarter(let q, let ref):
            guard let y = year(ref, lastMonth: q * 3) else { return nil }
            return .quarter(y, q)
        case .pastYears(let n): return published.map { .years($0.year - n, $0.year) }
        case .withinYears(let n): return published.map { .years($0.year, $0.year + n) }
        case .yearsAhead(let n): return published.map { .year($0.year + n) }
        case .yearEnd: return published.map { .year($0.year) }
        case .samePeriod(let ref):
            guard let s = sameAs else { return nil }
            switch ref {
            case .absolute(let y): return s.shifted(byYears: y - s.endYear)
            case .relative(let off): return published.map { s.shifted(byYears: $0.year + off - s.endYear) }
            case .anaphoric(let off): return s.shifted(byYears: off)
            case .unspecified: return s
            }
        case .decadeEnd: return published.map { .year($0.year / 10 * 10 + 10) }
        case .anaphoricYear(let off): return (anchorYear ?? published?.year).map { .year($0 + off) }
        case .yearOnYear, .currentLevels, .open: return nil
        }
    }

    /// The base period a base mention gives for a change whose own period is `period`.
    func base(_ m: PeriodMention, for period: Period?) -> Period? {
        switch m.expression {
        case .absolute(.year(let y)):
            if let p = period, !p.isCalendarYear, p.startYear == p.endYear { return p.shifted(byYears: y - p.endYear) }
            return .year(y)
        case .absolute(let p): return p
        case .relativeYear(let off), .anaphoricYear(let off):
            if let p = period { return p.shifted(byYears: off) }
            return published.map { .year($0.year + off) }
        case .samePeriod(let ref):
            guard let p = period ?? sameAs else { return nil }
            switch ref {
            case .absolute(let y): return p.shifted(byYears: y - p.endYear)
            case .relative(let off), .anaphoric(let off): return p.shifted(byYears: off)
            case .unspecified: return p.shifted(byYears: -1)
            }
        case .yearOnYear: return period?.shifted(byYears: -1)
        case .months, .quarter: return stated(m)
        default: return nil
        }
    }

    /// The year of a part-year phrase; an unspecified year is the publication year, or the one before
    /// when the months named have not ended by the publication date.
    private func year(_ ref: PeriodMention.YearRef, lastMonth: Int) -> Int? {
        switch ref {
        case .absolute(let y): return y
        case .relative(let off): return published.map { $0.year + off }
        case .anaphoric(let off): return (anchorYear ?? sameAs?.endYear).map { $0 + off }
        case .unspecified:
            // Without a publication date the year is not guessed.
            guard let d = published else { return nil }
            return lastMonth > d.month ? d.year - 1 : d.year
        }
    }
}
