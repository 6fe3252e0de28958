/// Words that name months, parts of a year and relative periods.
enum Periods {
    /// Month names and abbreviations, with their number.
    static let months: [(String, Int)] = [
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4),
        ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8),
        ("september", 9), ("sept", 9), ("sep", 9), ("october", 10), ("oct", 10), ("november", 11),
        ("nov", 11), ("december", 12), ("dec", 12),
    ]

    /// Ordinals used in "the first seven months", "the second quarter", "the first half".
    static let ordinals: [(String, Int)] = [
        ("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("1st", 1), ("2nd", 2), ("3rd", 3), ("4th", 4),
    ]

    /// Years counted from the day of publication: "last year" is −1.
    static let relativeYears: [(String, Int)] = [
        ("this year", 0), ("the current year", 0), ("current year", 0), ("last year", -1), ("the past year", -1),
        ("a year ago", -1), ("next year", 1), ("the coming year", 1),
    ]

    /// Years counted from the period the text speaks of: "a year earlier" than the 2023 just named is 2022.
    static let anaphoricYears: [(String, Int)] = [
        ("the previous year", -1), ("previous year", -1), ("a year earlier", -1), ("the year before", -1),
        ("the prior year", -1), ("prior year", -1), ("the preceding year", -1), ("a year before", -1),
        ("the next year", 1), ("the following year", 1), ("a year later", 1),
    ]

    /// Phrases that end a year: "by the end of the year", "by year-end".
    static let yearEnd: [(String, Void)] = [
        ("the end of the year", ()), ("the end of this year", ()), ("year end", ()), ("the year end", ()),
        ("end of the year", ()), ("end of this year", ()),
    ]

    /// Phrases with no time limit, which leave a target's period open: "in the near term".
    static let openEnded: [(String, Void)] = [
        ("the near term", ()), ("the medium term", ()), ("the long term", ()), ("the near future", ()),
        ("the coming years", ()), ("the future", ()), ("the longer term", ()), ("the mid term", ()),
    ]

    /// Words for the preceding-period comparison: "year-on-year", "year over year", "yoy".
    static let yearOnYear: [(String, Void)] = [
        ("year on year", ()), ("year over year", ()), ("yoy", ()), ("on an annual basis", ()),
        ("on the year", ()),
    ]

    static let monthTable = PhraseTable(months)
    static let ordinalTable = PhraseTable(ordinals)
    static let relativeTable = PhraseTable(relativeYears)
    static let anaphoricTable = PhraseTable(anaphoricYears)
    static let yearEndTable = PhraseTable(yearEnd)
    static let openEndedTable = PhraseTable(openEnded)
    static let yearOnYearTable = PhraseTable(yearOnYear)
}
