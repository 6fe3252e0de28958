import Claims

/// A reference to time found in a sentence, before it is resolved against the publication date.
struct PeriodMention {
    /// What the time reference does for the figures around it.
    enum Role: Equatable {
        /// The period the figure refers to: "in 2023", "in the first half of 2019".
        case stated
        /// What a change is compared with: "compared to 2022", "than in 2021", "year-on-year".
        case base
        /// The year a target or forecast is for: "by 2030".
        case deadline
        /// No time limit: "in the near term".
        case openEnded
        /// A calendar day ("on 20 January 2023"): when something was said, not what a figure is for.
        case date
    }

    /// Which year a part-year phrase is in.
    enum YearRef: Equatable {
        case absolute(Int)
        /// Relative to the publication year: 0 this year, −1 last year.
        case relative(Int)
        /// Not said: the publication year, or the period the text is already speaking of.
        case unspecified
        /// Counted from the period the text speaks of: "the same period a year earlier" is −1.
        case anaphoric(Int)
    }

    /// The time reference as written.
    enum Expression: Equatable {
        case absolute(Period)
        case relativeYear(Int)
        case months(first: Int, last: Int, year: YearRef)
        case quarter(Int, YearRef)
        case pastYears(Int)
        case withinYears(Int)
        case yearsAhead(Int)
        /// "by the end of the year": the year of publication.
        case yearEnd
        /// "the same period", "the same period last year", "the same period in 2022".
        case samePeriod(YearRef)
        case yearOnYear
        case currentLevels
        case open
        /// "by the end of the decade": the last year of the decade of publication.
        case decadeEnd
        /// "a year earlier", "the previous year": a year before or after the period the text speaks of.
        case anaphoricYear(Int)
    }

    var start: Int
    var end: Int
    var role: Role
    var expression: Expression

    /// A whole year named absolutely or relatively: after "over", "from" or "on" it is what a change compares with.
    var isWholeYear: Bool {
        switch expression {
        case .absolute(.year), .relativeYear, .anaphoricYear: true
        default: false
        }
    }
}
