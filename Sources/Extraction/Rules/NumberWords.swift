/// Numbers written as words, scale words and suffixes, multiplier words and fractions.
enum NumberWords {
    /// Cardinals that can stand for a number: "three million tons", "three times".
    static let cardinals: [(String, Double)] = [
        ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
        ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13),
        ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18),
        ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60),
        ("seventy", 70), ("eighty", 80), ("ninety", 90), ("hundred", 100), ("a hundred", 100),
        ("a dozen", 12), ("dozen", 12),
    ]

    /// Scale words and suffixes; `attachedOnly` ones count only when glued to the number (`$8bn`, `5m`).
    static let scales: [(String, Scale)] = [
        ("thousand", Scale(1e3)), ("thousands", Scale(1e3)), ("k", Scale(1e3, attachedOnly: true)),
        ("million", Scale(1e6)), ("millions", Scale(1e6)), ("mln", Scale(1e6)), ("mn", Scale(1e6)),
        ("m", Scale(1e6, attachedOnly: true)), ("mil", Scale(1e6)),
        ("billion", Scale(1e9)), ("billions", Scale(1e9)), ("bln", Scale(1e9)), ("bn", Scale(1e9)),
        ("b", Scale(1e9, attachedOnly: true)), ("trillion", Scale(1e12)), ("trillions", Scale(1e12)),
        ("tn", Scale(1e12)), ("trn", Scale(1e12)), ("tln", Scale(1e12)),
    ]

    /// Words that are themselves a multiple: "twice", "tripled", "fivefold".
    static let multipliers: [(String, Double)] = [
        ("twice", 2), ("double", 2), ("doubled", 2), ("doubling", 2), ("doubles", 2),
        ("triple", 3), ("tripled", 3), ("tripling", 3), ("triples", 3), ("thrice", 3),
        ("quadruple", 4), ("quadrupled", 4), ("quadrupling", 4),
        ("twofold", 2), ("threefold", 3), ("fourfold", 4), ("fivefold", 5), ("sixfold", 6),
        ("sevenfold", 7), ("eightfold", 8), ("ninefold", 9), ("tenfold", 10),
        ("elevenfold", 11), ("twelvefold", 12), ("twentyfold", 20), ("hundredfold", 100),
    ]

    /// Fractions read as percentages, only in "by a third" or "half of" phrasing.
    static let fractions: [(String, Double)] = [
        ("half", 50), ("a half", 50), ("one half", 50), ("a third", 100.0 / 3), ("one third", 100.0 / 3),
        ("two thirds", 200.0 / 3), ("a quarter", 25), ("one quarter", 25), ("three quarters", 75),
        ("a fifth", 20), ("one fifth", 20), ("a tenth", 10), ("one tenth", 10),
    ]

    /// Ordinal suffixes glued to a number mark a date or a rank, never a quantity: "19th", "1st".
    static let ordinalSuffixes: [(String, Void)] = [("st", ()), ("nd", ()), ("rd", ()), ("th", ())]

    /// Words after "time" that make "3.6-time more" a multiple (a "two-time champion" is none).
    static let afterTime: WordSet = [
        "more", "higher", "larger", "bigger", "greater", "less", "lower", "smaller", "fewer", "faster",
        "increase", "increased", "growth", "rise", "jump", "decrease", "decline", "drop", "reduction",
    ]

    /// Words that may follow a bare scaled amount ("4.2 billion in 2021"); any other word is what the number
    /// counts ("8 billion people"), so the amount takes no currency from an amount it is compared with.
    static let afterBareAmount: WordSet = [
        "in", "on", "at", "a", "an", "the", "for", "during", "over", "last", "this", "that", "and", "or", "as",
        "by", "from", "to", "earlier", "previously", "before", "respectively", "when", "while",
        "which", "since", "then", "recorded", "registered", "reported", "posted", "year", "one", "with",
    ]

    /// Words that compare an amount with another: "compared to", "compared with", "from", "against", "versus".
    static let comparedWith: [(String, Void)] = [
        ("compared to", ()), ("compared with", ()), ("from", ()), ("against", ()), ("versus", ()), ("vs", ()),
        ("as against", ()), ("in comparison with", ()), ("in comparison to", ()),
    ]

    static let cardinalTable = PhraseTable(cardinals)
    static let scaleTable = PhraseTable(scales)
    static let multiplierTable = PhraseTable(multipliers)
    static let fractionTable = PhraseTable(fractions)
    static let ordinalTable = PhraseTable(ordinalSuffixes)
}

/// A power of ten written as a word or suffix.
struct Scale: Sendable {
    var factor: Double
    var attachedOnly: Bool
    init(_ factor: Double, attachedOnly: Bool = false) {
        self.factor = factor
        self.attachedOnly = attachedOnly
    }
}
