import Claims

/// Cue phrases that say what a figure measures, and the ones that say it is something else.
enum Metrics {
    /// What a cue says about the figure near it.
    enum Cue: Equatable, Sendable {
        /// The figure is this metric.
        case metric(Metric)
        /// The figure is something the six metrics exclude (`exports`, `per_capita`); `veto` cues rule out
        /// every figure after them in their clause, the others only when they are the nearest cue.
        case excluded(slug: String, veto: Bool)
        /// Everything after this in the sentence is a breakdown of a total ("of these", "including").
        case breakdown
        /// A metric only for a figure within a few words of it: "projects worth $8 billion".
        case nearMetric(Metric)
        /// Words that look like a cue but are not one here ("at current prices"): they mask the cue inside them.
        case neutral
    }

    static let cues: [(String, Cue)] = [
        // fdi
        ("foreign direct investment", .metric(.fdi)), ("foreign direct investments", .metric(.fdi)),
        ("fdi", .metric(.fdi)), ("direct investment", .metric(.fdi)), ("direct investments", .metric(.fdi)),
        ("fdi inflow", .metric(.fdi)), ("fdi inflows", .metric(.fdi)), ("fdis", .metric(.fdi)),
        ("direct foreign investment", .metric(.fdi)), ("direct foreign investments", .metric(.fdi)),
        // investment
        ("investment", .metric(.investment)), ("investments", .metric(.investment)),
        ("invested", .metric(.investment)), ("invest", .metric(.investment)), ("invests", .metric(.investment)),
        ("investing", .metric(.investment)), ("investors", .metric(.investment)), ("investor", .metric(.investment)),
        ("fixed assets", .metric(.investment)), ("fixed capital", .metric(.investment)),
        ("capital investment", .metric(.investment)), ("investment package", .metric(.investment)),
        ("projects that", .neutral), ("project that", .neutral),
        ("projects", .nearMetric(.investment)), ("project", .nearMetric(.investment)),
        ("poured", .metric(.investment)), ("financing", .nearMetric(.investment)),
        ("funding", .nearMetric(.investment)),
        // trade turnover
        ("trade turnover", .metric(.tradeTurnover)), ("foreign trade turnover", .metric(.tradeTurnover)),
        ("trade", .metric(.tradeTurnover)), ("foreign trade", .metric(.tradeTurnover)),
        ("mutual trade", .metric(.tradeTurnover)), ("bilateral trade", .metric(.tradeTurnover)),
        ("trade volume", .metric(.tradeTurnover)), ("turnover", .metric(.tradeTurnover)),
        ("trading partner", .metric(.tradeTurnover)), ("trading partners", .metric(.tradeTurnover)),
        ("trade between", .metric(.tradeTurnover)), ("foreign trade balance", .metric(.tradeTurnover)),
        ("commodity turnover", .metric(.tradeTurnover)), ("trade exchange", .metric(.tradeTurnover)),
        ("commerce", .metric(.tradeTurnover)), ("two way trade", .metric(.tradeTurnover)),
        // gdp (a percentage change of it is GDP growth)
        ("gdp", .metric(.gdp)), ("gross domestic product", .metric(.gdp)), ("economy", .metric(.gdp)),
        ("economies", .metric(.gdp)), ("economic output", .metric(.gdp)), ("nominal gdp", .metric(.gdp)),
        // gdp growth
        ("economic growth", .metric(.gdpGrowth)), ("gdp growth", .metric(.gdpGrowth)),
        ("economy growth", .metric(.gdpGrowth)), ("growth of the economy", .metric(.gdpGrowth)),
        ("economic growth rate", .metric(.gdpGrowth)), ("gdp growth rate", .metric(.gdpGrowth)),
        ("real growth", .metric(.gdpGrowth)), ("economic expansion", .metric(.gdpGrowth)),
        ("global growth", .metric(.gdpGrowth)), ("world growth", .metric(.gdpGrowth)),
        // freight
        ("cargo", .metric(.freightVolume)), ("freight", .metric(.freightVolume)),
        ("shipment", .metric(.freightVolume)), ("shipments", .metric(.freightVolume)),
        ("shipping", .metric(.freightVolume)), ("transportation", .metric(.freightVolume)),
        ("transport volume", .metric(.freightVolume)), ("transported", .metric(.freightVolume)),
        ("transshipped", .metric(.freightVolume)), ("transshipment", .metric(.freightVolume)),
        ("transhipped", .metric(.freightVolume)), ("transhipment", .metric(.freightVolume)),
        ("cargo turnover", .metric(.freightVolume)), ("freight turnover", .metric(.freightVolume)),
        ("transit traffic", .metric(.freightVolume)), ("transit", .metric(.freightVolume)),
        ("traffic", .metric(.freightVolume)), ("throughput", .metric(.freightVolume)),
        ("handled", .metric(.freightVolume)), ("carried", .metric(.freightVolume)),
        ("goods", .metric(.freightVolume)), ("transfer", .metric(.freightVolume)),
        ("carriage", .metric(.freightVolume)), ("container traffic", .metric(.freightVolume)),
        ("containers", .metric(.freightVolume)), ("shipped", .metric(.freightVolume)),
        // excluded, vetoing their clause
        ("exports", .excluded(slug: "exports", veto: true)), ("export", .excluded(slug: "exports", veto: true)),
        ("exported", .excluded(slug: "exports", veto: true)), ("supplies", .excluded(slug: "exports", veto: true)),
        ("imports", .excluded(slug: "imports", veto: true)), ("import", .excluded(slug: "imports", veto: true)),
        ("imported", .excluded(slug: "imports", veto: true)),
        ("per capita", .excluded(slug: "gdp_per_capita", veto: true)),
        ("value added", .excluded(slug: "value_added", veto: true)),
        ("deflator", .excluded(slug: "deflator", veto: true)),
        ("contribution to", .excluded(slug: "contribution", veto: true)),
        ("unemployment", .excluded(slug: "unemployment", veto: true)),
        ("inflation", .excluded(slug: "inflation", veto: true)),
        ("emissions", .excluded(slug: "emissions", veto: true)),
        ("loans", .excluded(slug: "loans", veto: true)), ("loan", .excluded(slug: "loans", veto: true)),
        ("lending", .excluded(slug: "loans", veto: true)), ("microlending", .excluded(slug: "loans", veto: true)),
        ("credit", .excluded(slug: "loans", veto: true)), ("credits", .excluded(slug: "loans", veto: true)),
        ("grants", .excluded(slug: "grants", veto: true)), ("grant", .excluded(slug: "grants", veto: true)),
        ("spending", .excluded(slug: "spending", veto: true)), ("expenditure", .excluded(slug: "spending", veto: true)),
        ("expenditures", .excluded(slug: "spending", veto: true)), ("budget", .excluded(slug: "budget", veto: true)),
        ("revenue", .excluded(slug: "revenue", veto: true)), ("revenues", .excluded(slug: "revenue", veto: true)),
        ("debt", .excluded(slug: "debt", veto: true)), ("reserves", .excluded(slug: "reserves", veto: true)),
        ("price", .excluded(slug: "price", veto: false)), ("prices", .excluded(slug: "price", veto: false)),
        ("current prices", .neutral), ("constant prices", .neutral), ("comparable prices", .neutral),
        ("market prices", .neutral), ("in real terms", .neutral),
        ("taxes", .excluded(slug: "taxes", veto: true)), ("tax", .excluded(slug: "taxes", veto: true)),
        ("contribution", .excluded(slug: "contribution", veto: true)),
        ("agriculture", .excluded(slug: "sector", veto: true)), ("forestry", .excluded(slug: "sector", veto: true)),
        ("fisheries", .excluded(slug: "sector", veto: true)), ("manufacturing", .excluded(slug: "sector", veto: true)),
        ("mining", .excluded(slug: "sector", veto: true)), ("construction", .excluded(slug: "sector", veto: true)),
        ("industrial production", .excluded(slug: "sector", veto: true)),
        ("industrial output", .excluded(slug: "sector", veto: true)), ("industry", .excluded(slug: "sector", veto: true)),
        ("agricultural production", .excluded(slug: "sector", veto: true)),
        ("agricultural output", .excluded(slug: "sector", veto: true)),
        ("agricultural trade", .excluded(slug: "trade_by_commodity", veto: true)),
        ("agrifood trade", .excluded(slug: "trade_by_commodity", veto: true)),
        ("energy trade", .excluded(slug: "trade_by_commodity", veto: true)),
        ("proceeds", .excluded(slug: "revenue", veto: true)),
        ("retail", .excluded(slug: "sector", veto: true)), ("services sector", .excluded(slug: "sector", veto: true)),
        ("per barrel", .excluded(slug: "price", veto: true)), ("wages", .excluded(slug: "wages", veto: true)),
        ("salary", .excluded(slug: "wages", veto: true)), ("population", .excluded(slug: "population", veto: true)),
        ("enable", .excluded(slug: "capacity", veto: true)), ("allow", .excluded(slug: "capacity", veto: true)),
        ("capable of", .excluded(slug: "capacity", veto: true)),
        ("ton kilometers", .excluded(slug: "tonne_km", veto: true)),
        ("tonne kilometres", .excluded(slug: "tonne_km", veto: true)),
        ("passengers", .excluded(slug: "passengers", veto: true)),
        ("trade surplus", .excluded(slug: "trade_balance", veto: true)),
        ("trade deficit", .excluded(slug: "trade_balance", veto: true)),
        ("interest rate", .excluded(slug: "interest_rate", veto: true)),
        ("remittances", .excluded(slug: "remittances", veto: true)),
        // excluded only when nearest
        ("capacity", .excluded(slug: "capacity", veto: false)), ("capacities", .excluded(slug: "capacity", veto: false)),
        ("potential", .excluded(slug: "capacity", veto: false)),
        ("enterprises", .excluded(slug: "enterprises", veto: false)),
        ("companies", .excluded(slug: "companies", veto: false)),
        // breakdowns
        ("of these", .breakdown), ("of which", .breakdown), ("including", .breakdown), ("among them", .breakdown),
        ("in particular", .breakdown),
    ]

    /// Goods named after "of" or "for" that make a tonnage a breakdown by commodity: "142,000 tons of grain".
    static let commodities: [(String, Void)] = [
        ("oil", ()), ("grain", ()), ("metal", ()), ("metals", ()), ("coal", ()), ("wheat", ()), ("cotton", ()),
        ("fertilizers", ()), ("fertilisers", ()), ("ore", ()), ("ores", ()), ("copper", ()), ("gas", ()),
        ("oil products", ()), ("petroleum", ()), ("flour", ()), ("timber", ()), ("steel", ()), ("cement", ()),
        ("chemicals", ()), ("food", ()), ("uranium", ()), ("zinc", ()), ("sulfur", ()), ("sulphur", ()),
    ]

    /// Words that say "of …" names cargo in general rather than one commodity.
    static let cargoHeads: WordSet = ["cargo", "cargoes", "freight", "goods", "shipments"]
    static let table = PhraseTable(cues)
    static let commodityTable = PhraseTable(commodities)
}

extension Metrics.Cue {
    /// The metric a cue names, near or not.
    var metric: Metric? {
        switch self {
        case .metric(let m), .nearMetric(let m): m
        default: nil
        }
    }
}
