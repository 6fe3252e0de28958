import Claims

/// Physical units after a number: percent, tonnes, containers in TEU.
enum Units {
    /// A unit word and the factor that takes the value to the base unit (`kt` is a thousand tonnes).
    struct Physical: Sendable {
        var unit: QuantityUnit
        var factor: Double
    }

    /// Words after the number (or after its scale word) that name the unit.
    static let suffixes: [(String, Physical)] = [
        ("percent", Physical(unit: .percent, factor: 1)), ("per cent", Physical(unit: .percent, factor: 1)),
        ("pct", Physical(unit: .percent, factor: 1)),
        ("tons", Physical(unit: .tonnes, factor: 1)), ("tonnes", Physical(unit: .tonnes, factor: 1)),
        ("ton", Physical(unit: .tonnes, factor: 1)), ("tonne", Physical(unit: .tonnes, factor: 1)),
        ("metric tons", Physical(unit: .tonnes, factor: 1)), ("metric tonnes", Physical(unit: .tonnes, factor: 1)),
        ("t", Physical(unit: .tonnes, factor: 1)), ("mt", Physical(unit: .tonnes, factor: 1e6)),
        ("kt", Physical(unit: .tonnes, factor: 1e3)),
        ("teu", Physical(unit: .teu, factor: 1)), ("teus", Physical(unit: .teu, factor: 1)),
        ("twenty foot equivalent units", Physical(unit: .teu, factor: 1)),
        ("twenty foot equivalent unit", Physical(unit: .teu, factor: 1)),
        ("twenty foot equivalent", Physical(unit: .teu, factor: 1)),
    ]

    /// QuantityUnit words that count only right after a scale word or glued to the number (`4.5 million t`, `10t`).
    static let needsScaleOrGlue: WordSet = ["t"]

    /// Words after a bare number that say it is not a quantity worth keeping at all (a time span, a distance, an age).
    static let nonQuantities: [(String, Void)] = timeAndDistance + tonneKilometres

    static let timeAndDistance: [(String, Void)] = [
        ("days", ()), ("day", ()), ("hours", ()), ("hour", ()), ("minutes", ()), ("weeks", ()), ("week", ()),
        ("months", ()), ("month", ()), ("years", ()), ("year", ()), ("kilometers", ()), ("kilometres", ()),
        ("km", ()), ("kilometer", ()), ("kilometre", ()), ("miles", ()), ("meters", ()), ("metres", ()),
        ("am", ()), ("pm", ()), ("o'clock", ()), ("degrees", ()), ("decades", ()), ("centuries", ()),
    ]

    /// Tonne-kilometres measure freight work, not tonnage: "269 billion t-km", "tkm", "ton-kilometres". Like a
    /// distance, such a figure is no quantity at all (read before "t" or "ton" can make it a tonnage).
    static let tonneKilometres: [(String, Void)] = [
        ("tkm", ()), ("t km", ()), ("ton km", ()), ("tons km", ()), ("tonne km", ()), ("tonnes km", ()),
        ("ton kilometers", ()), ("ton kilometres", ()), ("ton kilometer", ()), ("ton kilometre", ()),
        ("tons kilometers", ()), ("tons kilometres", ()), ("tonne kilometers", ()), ("tonne kilometres", ()),
        ("tonne kilometer", ()), ("tonne kilometre", ()), ("tonnes kilometers", ()), ("tonnes kilometres", ()),
        ("t kilometers", ()), ("t kilometres", ()),
    ]

    static let suffixTable = PhraseTable(suffixes)
    static let tonneKilometreTable = PhraseTable(tonneKilometres)
    static let nonQuantityTable = PhraseTable(nonQuantities)
}
