import Claims

/// A figure that stands with its own name (`FigureNames`): bracketed list items, "respectively" lists, "in <name>"
/// after the figure, and the partner named "with" nearest before a figure. Sentences written for these tests.
enum FigureNamesCorpus {
    static let positive: [Example] = [
        // In brackets after the name: a partner's share of the subject's trade, the partner as entity.
        Example(marked: "Kazakhstan's foreign trade reached $60 billion in 2023. The largest partners were Russia (⏩22.1%⏪), China (20.4%) and Italy (9.8%).",
                value: 22.1, unit: "%", metric: "trade_turnover", kind: .share, entity: "Russia", counterpart: "Kazakhstan"),
        Example(marked: "Kazakhstan's foreign trade reached $60 billion in 2023. The largest partners were Russia (22.1%), China (⏩20.4%⏪) and Italy (9.8%).",
                value: 20.4, unit: "%", metric: "trade_turnover", kind: .share, entity: "China", counterpart: "Kazakhstan"),
        // The partner's amount: the subject (the reporting side) as entity, the partner as counterpart.
        Example(marked: "Uzbekistan's foreign trade turnover grew in 2023. Most of it was with China ($13 billion), Russia (⏩$11 billion⏪) and Kazakhstan ($4 billion).",
                value: 11e9, unit: "USD", metric: "trade_turnover", kind: .level, period: "2023", entity: "Uzbekistan",
                counterpart: "Russia"),
        // A signed amount in brackets: a change; the partner named "with" apart from the list.
        Example(marked: "Trade with China grew most in Kyrgyzstan (+⏩$1.1 billion⏪) and Tajikistan (+$0.4 billion) in 2023.",
                value: 1.1e9, unit: "USD", metric: "trade_turnover", kind: .change, entity: "Kyrgyzstan", counterpart: "China"),
        Example(marked: "Trade with China grew most in Kyrgyzstan (+$1.1 billion) and Tajikistan (+⏩$0.4 billion⏪) in 2023.",
                value: 0.4e9, unit: "USD", metric: "trade_turnover", kind: .change, entity: "Tajikistan", counterpart: "China"),
        // An amount and a share in one pair of brackets.
        Example(marked: "China's trade with the region was led by Kazakhstan ($31 billion, 51%), then Uzbekistan ($12 billion, ⏩20%⏪).",
                value: 20, unit: "%", metric: "trade_turnover", kind: .share, entity: "Uzbekistan"),
        // "respectively": names before the figures, and names after them.
        Example(marked: "The economies of Uzbekistan and Tajikistan are projected to grow ⏩5.6%⏪ and 7.1% in 2025, respectively.",
                value: 5.6, unit: "%", metric: "gdp_growth", kind: .forecast, entity: "Uzbekistan"),
        Example(marked: "The economies of Uzbekistan and Tajikistan are projected to grow 5.6% and ⏩7.1%⏪ in 2025, respectively.",
                value: 7.1, unit: "%", metric: "gdp_growth", kind: .forecast, entity: "Tajikistan"),
        Example(marked: "The bank expects GDP growth of 4.5% and ⏩6%⏪ in 2025 in Kazakhstan and Uzbekistan, respectively.",
                value: 6, unit: "%", metric: "gdp_growth", kind: .forecast, entity: "Uzbekistan"),
        // A bracketed aside between the figure and "in <name>"; the figure inside the aside belongs to the same name.
        Example(marked: "Growth is set to be weak at 2.1 percent (from 5.5 percent in 2023) in Kyrgyzstan and ⏩1.4 percent⏪ (from 6.2 percent in 2023) in Tajikistan in 2024.",
                value: 1.4, unit: "%", metric: "gdp_growth", entity: "Tajikistan", published: "2024-03-01"),
        Example(marked: "Growth is set to be weak at 2.1 percent (from 5.5 percent in 2023) in Kyrgyzstan and 1.4 percent (from ⏩6.2 percent⏪ in 2023) in Tajikistan in 2024.",
                value: 6.2, unit: "%", metric: "gdp_growth", period: "2023", entity: "Tajikistan", published: "2024-03-01"),
        // "in"/"for" and a name after the figure.
        Example(marked: "The bank expects GDP growth of 6.2% in Kazakhstan, ⏩5.8%⏪ in Uzbekistan and 4.5% in Tajikistan in 2025.",
                value: 5.8, unit: "%", metric: "gdp_growth", kind: .forecast, entity: "Uzbekistan"),
        Example(marked: "The bank expects GDP growth of 6.2% in Kazakhstan, 5.8% in Uzbekistan and ⏩4.5%⏪ in Tajikistan in 2025.",
                value: 4.5, unit: "%", metric: "gdp_growth", kind: .forecast, entity: "Tajikistan"),
        Example(marked: "Kazakhstan's neighbours did well: the fund now sees ⏩5.5%⏪ economic growth for Kyrgyzstan in 2025.",
                value: 5.5, unit: "%", metric: "gdp_growth", kind: .forecast, entity: "Kyrgyzstan"),
        // The partner named "with" nearest before each figure; the subject is the home side.
        Example(marked: "Tajikistan's foreign trade grew in 2023. Trade with Russia fell by ⏩9.7%⏪ and with Kazakhstan rose by 24%.",
                value: -9.7, unit: "%", metric: "trade_turnover", kind: .change, entity: "Tajikistan", counterpart: "Russia"),
        Example(marked: "Tajikistan's foreign trade grew in 2023. Trade with Russia fell by 9.7% and with Kazakhstan rose by ⏩24%⏪.",
                value: 24, unit: "%", metric: "trade_turnover", kind: .change, entity: "Tajikistan", counterpart: "Kazakhstan"),
    ]

    /// Figures that no pairing rule may take from the name beside them.
    static let unpaired: [Example] = [
        // A year in brackets, not a figure: the amount keeps the trade pair.
        Example(marked: "Trade between Kazakhstan and China (2023) reached ⏩$41 billion⏪.",
                value: 41e9, unit: "USD", metric: "trade_turnover", entity: "Kazakhstan", counterpart: "China"),
        // "in" before a month, not a name.
        Example(marked: "Kazakhstan's GDP grew ⏩4.1%⏪ in January.", value: 4.1, unit: "%", metric: "gdp_growth", entity: "Kazakhstan"),
        // A name in brackets after the figure's own pair is not a list of names with figures.
        Example(marked: "Trade turnover between Kazakhstan and Russia (⏩$26 billion⏪ in 2023) fell.",
                value: 26e9, unit: "USD", metric: "trade_turnover", entity: "Kazakhstan", counterpart: "Russia"),
    ]
}

/// Who the parties of a figure are when the sentence names only one side: the document's subject is the other.
enum PartiesCorpus {
    static let positive: [Example] = [
        // Comma-separated parts, each naming one place with its figure.
        Example(marked: "China's trade with the region grew in 2024. Uzbekistan ranked second with $12.1 billion, Tajikistan came third with ⏩$3.9 billion⏪.",
                value: 3.9e9, unit: "USD", metric: "trade_turnover", entity: "Tajikistan"),
        Example(marked: "Kyrgyzstan received more foreign direct investment in 2023. Investments from Russia amounted to $120 million, Belarus ⏩$41 million⏪, and Kazakhstan $26 million.",
                value: 41e6, unit: "USD", metric: "fdi", entity: "Kyrgyzstan", counterpart: "Belarus"),
        // The subject's own figure in a list part is what it received; an investor's part is the subject's too.
        Example(marked: "Azerbaijan's economy grew in 2023. Azerbaijan attracted ⏩$4.5 billion⏪ in foreign direct investment in 2023, while investments from Türkiye amounted to $1.2 billion.",
                value: 4.5e9, unit: "USD", metric: "fdi", entity: "Azerbaijan", counterpart: .some(nil)),
        Example(marked: "Azerbaijan's economy grew in 2023. Azerbaijan attracted $4.5 billion in foreign direct investment in 2023, while investments from Türkiye amounted to ⏩$1.2 billion⏪.",
                value: 1.2e9, unit: "USD", metric: "fdi", entity: "Azerbaijan", counterpart: "Türkiye"),
        // The investor named in the same clause as the subject's figure is its counterpart.
        Example(marked: "Tajikistan's economy grew in 2024. Chinese companies have invested about ⏩$3 billion⏪ in Tajikistan over the past decade.",
                value: 3e9, unit: "USD", metric: "investment", entity: "Tajikistan", counterpart: "China", published: "2025-06-20"),
        // "the CA countries": Central Asia by its abbreviation, as a recipient.
        Example(marked: "Over the past ten years the EU has invested over ⏩$100bn⏪ in the CA countries.",
                value: 100e9, unit: "USD", metric: "investment", entity: "Central Asia", counterpart: "EU"),
        // An investor named with no recipient invested in the subject.
        Example(marked: "Kyrgyzstan received more foreign direct investment in 2023. Investments from Russia amounted to ⏩$120 million⏪.",
                value: 120e6, unit: "USD", metric: "fdi", entity: "Kyrgyzstan", counterpart: "Russia"),
        // A part with no whole named is a part of the subject's total.
        Example(marked: "Kyrgyzstan received $900 million of foreign direct investment in 2023. FDI from China came to $300 million (⏩33 percent⏪ of the total).",
                value: 33, unit: "%", metric: "fdi", kind: .share, entity: "China", counterpart: "Kyrgyzstan"),
        // A single place written as the owner of its trade.
        Example(marked: "Kazakhstan's trade with China set a record in 2024. Globally, China's trade volume reached ⏩$6.2 trillion⏪ in 2024.",
                value: 6.2e12, unit: "USD", metric: "trade_turnover", entity: "China", counterpart: .some(nil)),
        // A place after "than" is compared with, not the one the figure is about.
        Example(marked: "In 2023, Uzbekistan's economy grew 6%, faster than in most emerging markets and more than ⏩twice⏪ as fast as the world.",
                value: 2, unit: "x", metric: "gdp_growth", kind: .multiple, entity: "Uzbekistan", counterpart: "world"),
        // A place in an apposition describes the name before it: "Kazakhstan, the largest Central Asian economy, …".
        Example(marked: "Oil-rich Kazakhstan, the largest Central Asian economy, will see growth slow to ⏩3.9 percent⏪ in 2025.",
                value: 3.9, unit: "%", metric: "gdp_growth", entity: "Kazakhstan"),
        Example(marked: "Uzbekistan, the region's most populous country, is seen expanding by ⏩6 percent⏪ in 2025.",
                value: 6, unit: "%", metric: "gdp_growth", entity: "Uzbekistan"),
        // "from the <name>": the investor, with the subject as recipient.
        Example(marked: "Kazakhstan's investment climate improved in 2023. Direct investments from the Russian Federation exceeded ⏩$20 billion⏪ in 2023.",
                value: 20e9, unit: "USD", metric: "fdi", entity: "Kazakhstan", counterpart: "Russia"),
        // The one place named "with" is the partner of the subject.
        Example(marked: "Kyrgyzstan's trade grew in 2024. The government plans to raise trade with Uzbekistan to ⏩$2 billion⏪ by 2027.",
                value: 2e9, unit: "USD", metric: "trade_turnover", kind: .target, entity: "Kyrgyzstan", counterpart: "Uzbekistan"),
        // A grouping narrowed by the name after it ("developing economies of …") describes that name.
        Example(marked: "Growth in developing economies of Europe and Central Asia is forecast to slow to ⏩2.4 percent⏪ in 2024.",
                value: 2.4, unit: "%", metric: "gdp_growth", kind: .forecast, entity: "Europe and Central Asia"),
        // Shares in a ranking: the owner of the trade is the whole; each partner in its own part is the part.
        Example(marked: "China remained Georgia's largest trading partner in 2023, accounting for ⏩21 percent⏪ of the total, followed by Russia with a share of 11 percent.",
                value: 21, unit: "%", metric: "trade_turnover", kind: .share, entity: "China", counterpart: "Georgia"),
        Example(marked: "China remained Georgia's largest trading partner in 2023, accounting for 21 percent of the total, followed by Russia with a share of ⏩11 percent⏪.",
                value: 11, unit: "%", metric: "trade_turnover", kind: .share, entity: "Russia", counterpart: "Georgia"),
        // A demonym before a source noun names who reports.
        Example(marked: "Tajikistan's foreign trade turnover increased by ⏩30 percent⏪ in 2023, Central Asian media reported.",
                value: 30, unit: "%", metric: "trade_turnover", entity: "Tajikistan"),
    ]

    /// A list part that names two places is no list item: the pair keeps its bilateral reading.
    static let notEnumerations: [Example] = [
        Example(marked: "Trade between Kazakhstan and China reached ⏩$41 billion⏪, while Uzbekistan's GDP grew 6% in 2023.",
                value: 41e9, unit: "USD", metric: "trade_turnover", entity: "Kazakhstan", counterpart: "China"),
    ]
}
