/// Single words the period resolvers test for, beside the tables of `Periods`: tense and pointing back.
enum PeriodWords {
    /// Words that open a clause pointing back at the period named before: "It rose 5% …".
    static let backReferences: WordSet = ["it", "this", "that", "these", "which"]
    /// Verbs that report a finished period: an undated figure told so continues the period spoken of.
    static let pastVerbs: WordSet = ["amounted", "accounted", "totaled", "totalled", "was", "were", "took",
                                     "became", "grew", "rose", "fell", "reduced", "decreased", "increased",
                                     "declined", "doubled", "tripled", "surged", "showed", "recorded",
                                     "received", "came", "stood", "invested"]
    /// Words that say the sentence speaks of now: an undated figure told so takes the publication year.
    static let presentWords: WordSet = ["is", "are", "has", "have", "now", "currently", "today", "accounts",
                                        "stands", "remains", "will"]
    /// Nouns after "its 2025 …" that make the year the period of the figure ("its 2025 forecast").
    static let forecastNouns: WordSet = ["forecast", "forecasts", "projection", "projections", "outlook", "estimate",
                                         "estimates", "prediction", "predictions"]
}
