/// The families of words a time reference of `PeriodScanner` can start with: the registry `Lexicon.periodStarts`
/// is derived from. A family's bit in that index is `1 << rawValue`; `PeriodScanner.wordMention` reads each.
enum PeriodFamily: Int, CaseIterable, Sendable {
    case month, ordinal, cardinal, relativeYear, anaphoricYear, yearEnd, openEnded, yearOnYear, trigger

    /// The phrases of the family, as written in its Rules file; `trigger` words start references the scanner
    /// reads by rule rather than from a table.
    var phrases: [String] {
        switch self {
        case .month: Periods.months.map(\.0)
        case .ordinal: Periods.ordinals.map(\.0)
        case .cardinal: NumberWords.cardinals.map(\.0)
        case .relativeYear: Periods.relativeYears.map(\.0)
        case .anaphoricYear: Periods.anaphoricYears.map(\.0)
        case .yearEnd: Periods.yearEnd.map(\.0)
        case .openEnded: Periods.openEnded.map(\.0)
        case .yearOnYear: Periods.yearOnYear.map(\.0)
        case .trigger: PeriodScanner.triggerWords
        }
    }
}

/// A set of period families, as the `PhraseStart.tables` bits of `Lexicon.periodStarts`.
struct PeriodStart: OptionSet, Sendable {
    let rawValue: UInt16

    init(rawValue: UInt16) { self.rawValue = rawValue }

    /// True when the set holds `family`.
    @inline(__always) func contains(_ family: PeriodFamily) -> Bool { rawValue & UInt16(1) << family.rawValue != 0 }
}
