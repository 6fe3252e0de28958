/// Single words the entity resolvers test for, beside the name tables of `Entities`: each list decides one
/// question about the place a figure belongs to.
enum EntityWords {
    /// Nouns after a place that make it the investor, not the host: "Russian investments", "Chinese companies".
    static let investorNouns: WordSet = ["investment", "investments", "investors", "investor", "businesses",
                                         "companies", "capital", "firms", "business"]
    /// Verbs after a place that make it the investor: "Japan invested", "Korea pledged".
    static let investorVerbs: WordSet = ["invested", "poured", "launched", "invest", "invests", "injected",
                                         "pledged", "committed", "provided", "allocated", "announced"]
    /// Verbs that make the place before them the recipient of investment: "Kazakhstan attracted".
    static let recipientVerbs: WordSet = ["received", "attracted", "attract", "attracts", "drew", "got",
                                          "obtained", "secured"]
    /// Nouns that make a demonym before them a source, not a party: "Central Asian media reported".
    static let sourceNouns: WordSet = ["media", "outlets", "press", "newspaper", "newspapers", "journalists",
                                       "analysts", "experts", "officials", "sources", "observers"]
    /// Words that may stand between a figure and "in <name>": the thing measured ("5.8% growth in …").
    static let measureNouns: WordSet = ["growth", "gdp", "increase", "rise", "decline", "contraction",
                                        "expansion", "economic", "real", "annual", "percent"]
}
