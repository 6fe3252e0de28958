import Claims

/// Hedge words right before a number and the bound each gives it.
enum Hedges {
    /// Read right before the number (or its currency): "nearly $450 billion", "over 20%", "up to KZT 30 tn".
    static let before: [(String, Bound)] = [
        // at most
        ("almost", .atMost), ("nearly", .atMost), ("up to", .atMost), ("under", .atMost), ("less than", .atMost),
        ("fewer than", .atMost), ("below", .atMost), ("just under", .atMost), ("no more than", .atMost),
        ("not more than", .atMost), ("not exceeding", .atMost), ("at most", .atMost), ("close to", .atMost),
        ("just shy of", .atMost), ("a little under", .atMost), ("slightly less than", .atMost),
        ("slightly below", .atMost), ("as much as", .atMost), ("as many as", .atMost),
        // at least
        ("over", .atLeast), ("more than", .atLeast), ("exceeding", .atLeast), ("exceeded", .atLeast),
        ("exceeds", .atLeast), ("exceed", .atLeast), ("at least", .atLeast), ("not less than", .atLeast),
        ("no less than", .atLeast), ("above", .atLeast), ("topped", .atLeast), ("tops", .atLeast),
        ("top", .atLeast), ("topping", .atLeast), ("in excess of", .atLeast), ("upwards of", .atLeast),
        ("surpassed", .atLeast), ("surpassing", .atLeast), ("surpasses", .atLeast), ("just over", .atLeast),
        ("slightly more than", .atLeast), ("well over", .atLeast), ("a little over", .atLeast),
        ("slightly over", .atLeast), ("beyond", .atLeast), ("passed", .atLeast),
        // approximately
        ("about", .approx), ("approximately", .approx), ("around", .approx), ("some", .approx),
        ("roughly", .approx), ("an estimated", .approx), ("estimated", .approx), ("circa", .approx),
        ("approx", .approx), ("nearly about", .approx), ("in the region of", .approx), ("of about", .approx),
        ("of around", .approx), ("of some", .approx), ("roughly about", .approx),
    ]

    /// The symbol `~` or `≈` before a number is approximate too.
    static let approxSymbols = WordSet(hashes: [0x7E, 0x2248])

    static let table = PhraseTable(before)
}
