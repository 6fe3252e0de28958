import Claims

/// Which metric a figure is: the six graded ones, and figures that look alike but are something else.
enum MetricsCorpus {
    static let positive: [Example] = [
        Example(marked: "Foreign direct investment into Uzbekistan reached ⏩$2.5 billion⏪ in 2022.", value: 2.5e9,
                unit: "USD", metric: "fdi", entity: "Uzbekistan"),
        Example(marked: "The country drew ⏩$6 billion⏪ in FDI in 2022.", value: 6e9, unit: "USD", metric: "fdi"),
        Example(marked: "Investment in fixed assets rose to ⏩KZT 18 trillion⏪ in 2023.", value: 18e12, unit: "KZT",
                metric: "investment"),
        Example(marked: "Chinese investors put ⏩$3 billion⏪ into new plants in 2023.", value: 3e9, unit: "USD",
                metric: "investment"),
        Example(marked: "Bilateral trade reached ⏩$27.8 billion⏪ in 2024.", value: 27.8e9, unit: "USD",
                metric: "trade_turnover"),
        Example(marked: "Foreign trade of Kyrgyzstan amounted to ⏩$5.6 billion⏪ in 2020.", value: 5.6e9, unit: "USD",
                metric: "trade_turnover", entity: "Kyrgyzstan"),
        Example(marked: "Kazakhstan's GDP reached ⏩$261 billion⏪ in 2023.", value: 261e9, unit: "USD", metric: "gdp"),
        Example(marked: "The economy grew ⏩4.8%⏪ in 2023.", value: 4.8, unit: "%", metric: "gdp_growth", kind: .level),
        Example(marked: "Kazakhstan's GDP fell by ⏩2.6%⏪ in 2020.", value: -2.6, unit: "%", metric: "gdp_growth",
                kind: .level),
        Example(marked: "Economic growth reached ⏩5.1%⏪ in 2023.", value: 5.1, unit: "%", metric: "gdp_growth"),
        Example(marked: "About ⏩1.5 million tons⏪ of cargo were transshipped through the port of Kuryk in 2023.",
                value: 1.5e6, unit: "t", metric: "freight_volume", entity: "Port of Kuryk"),
        Example(marked: "Freight shipments along the Middle Corridor reached ⏩4.5 million tons⏪ in 2024.", value: 4.5e6,
                unit: "t", metric: "freight_volume", entity: "Middle Corridor"),
        // A percentage of growth or contraction said of a country, in a sentence naming no metric: economic growth.
        Example(marked: "Kyrgyzstan will see growth slow to ⏩3.5 percent⏪ in 2025, the bank said.",
                value: 3.5, unit: "%", metric: "gdp_growth", kind: .forecast, period: "2025", entity: "Kyrgyzstan"),
        Example(marked: "Georgia's neighbour Armenia aside, Tajikistan is seen expanding by ⏩6 percent⏪ in 2025.",
                value: 6, unit: "%", metric: "gdp_growth", kind: .forecast, entity: "Tajikistan"),
        Example(marked: "Central Asian economies are on course to contract by ⏩1.2 percent⏪ this year.",
                value: -1.2, unit: "%", metric: "gdp_growth", kind: .forecast, period: "2024"),
        Example(marked: "Growth in Uzbekistan slowed to ⏩5.1%⏪ in 2023, down from 5.7% in 2022.",
                value: 5.1, unit: "%", metric: "gdp_growth", kind: .level, period: "2023"),
        Example(marked: "Growth in Uzbekistan slowed to 5.1% in 2023, down from ⏩5.7%⏪ in 2022.",
                value: 5.7, unit: "%", metric: "gdp_growth", kind: .level, period: "2022"),
        // "growth in … economies" is the economy that grows ("invested in the economy" is where money goes).
        Example(marked: "Growth in the economies of the South Caucasus is forecast to slow to ⏩2.4 percent⏪ in 2024.",
                value: 2.4, unit: "%", metric: "gdp_growth", kind: .forecast, period: "2024", entity: "South Caucasus"),
        // Kinds of cargo listed together are the total.
        Example(marked: "Over ⏩2.6 million tons⏪ of dry and oil cargo were handled at the port of Aktau in 2023.",
                value: 2.6e6, unit: "t", metric: "freight_volume"),
    ]

    /// Figures that must not be one of the six graded metrics, with the slug they get instead.
    static let other: [(String, String)] = [
        ("Exports rose 10% to $5 billion in 2023.", "other:exports"),
        ("Imports of machinery reached $3 billion in 2023.", "other:imports"),
        ("Kazakhstan plans to cut greenhouse gas emissions by 15% by 2030.", "other:emissions"),
        ("The capacity of the route increased to six million tons per year.", "other:capacity"),
        // Capacity or potential as the subject of the figure, even with "cargo" after it.
        ("The corridor's total throughput capacity is 5.8 million tons of cargo a year.", "other:capacity"),
        ("The current potential of the route is 80,000 TEU of containers.", "other:capacity"),
        ("The capacity of the route during the first half of the year increased to six million tons per year.", "other:capacity"),
        // Cargo of one commodity, named before the freight word.
        ("Coal shipments reached 70 million tons in 2023.", "other:commodity"),
        // Parts of the economy or of trade are not its total.
        ("Agricultural production went up 26% in 2023.", "other:sector"),
        ("Mutual agricultural trade stood at $780 million in 2023.", "other:trade_by_commodity"),
        ("Proceeds from gold sales rose to $5.6 billion in July.", "other:revenue"),
        // A partner is not the one growing: without a metric word the figure stays unclassified.
        ("Relations with China grew 12 percent warmer, officials said.", "other:percent"),
        ("The unemployment rate fell to 4.8% in 2023.", "other:unemployment"),
        ("Inflation reached 8.5% in 2023.", "other:inflation"),
        ("The port handled 142,000 tons of grain in 2023.", "other:commodity"),
        ("Gross value added rose by 5.7 percent in 2019.", "other:value_added"),
        ("The upgraded line will enable the transportation of up to five million tons of cargo annually.", "other:capacity"),
    ]
}
