import Claims

/// Words that put a figure on a basis other than the usual one: what it measures that others do not.
enum BasisWords {
    /// The names of the bases, as `reference/official.csv` writes them (so that equal bases compare equal).
    static let net = "net", gross = "gross", seaports = "seaports only", titrMembers = "TITR members"
    static let rail = "rail only", ppp = "PPP", officialRate = "official exchange rate"

    /// Nouns of an investment flow that "net" or "gross" before them qualify ("net FDI inflows", "gross foreign
    /// direct investment"); "gross domestic product" has none of them.
    static let flowNouns: WordSet = ["fdi", "inflow", "inflows", "foreign", "direct", "investment", "investments", "flows", "flow"]
    /// Port nouns that, after "through" or "via", narrow freight to what the ports handled.
    static let portNouns: WordSet = ["seaport", "seaports", "port", "ports"]
    static let throughWords: WordSet = ["through", "via"]
    static let railNouns: WordSet = ["rail", "railway", "railways"]
    static let memberNouns: WordSet = ["member", "members"]
    /// Every word a mark starts with: one probe per token tells whether the rest of the rules need looking at.
    static let triggers: WordSet = ["net", "gross", "through", "via", "by", "titr", "member", "members", "ppp", "purchasing",
                                    "official"]
    /// What each kind of mark qualifies: net and gross an investment flow; ports, rail and members freight; PPP and
    /// the exchange rate GDP.
    static let flowMetrics: [Metric] = [.fdi, .investment], freightMetrics: [Metric] = [.freightVolume], gdpMetrics: [Metric] = [.gdp]
    /// The metrics a basis can qualify: a sentence whose figures have none of them is not read for marks.
    static let metrics = flowMetrics + freightMetrics + gdpMetrics
}
