import Claims

/// Levels, changes, multiples, shares, targets and forecasts.
enum KindsCorpus {
    static let positive: [Example] = [
        Example(marked: "Trade turnover reached ⏩$140 billion⏪ in 2023.", value: 140e9, unit: "USD", kind: .level),
        Example(marked: "Trade turnover increased by ⏩80%⏪ to $11 billion in 2023.", value: 80, unit: "%", kind: .change,
                period: "2023", basePeriod: "2022"),
        Example(marked: "Trade turnover increased by 80% to ⏩$11 billion⏪ in 2023.", value: 11e9, unit: "USD", kind: .level,
                period: "2023"),
        Example(marked: "Freight reached 2.76 million tons in 2023, a ⏩65%⏪ increase compared to 2022.", value: 65,
                unit: "%", kind: .change, period: "2023", basePeriod: "2022"),
        Example(marked: "Freight reached 2.76 million tons in 2023, ⏩three times⏪ more than in 2021.", value: 3, unit: "x",
                kind: .multiple, period: "2023", basePeriod: "2021"),
        Example(marked: "Trade turnover was up ⏩12%⏪ year-on-year in 2023.", value: 12, unit: "%", kind: .change),
        Example(marked: "The G7 accounts for over ⏩20%⏪ of the country's foreign trade.", value: 20, unit: "%",
                metric: "trade_turnover", kind: .share, bound: .atLeast),
        Example(marked: "The government plans to bring cargo volumes to ⏩10 million tons⏪ by 2030.", value: 10e6, unit: "t",
                kind: .target, period: "2030"),
        Example(marked: "The ministry aims to attract ⏩$25 billion⏪ in FDI in 2025.", value: 25e9, unit: "USD",
                metric: "fdi", kind: .target, period: "2025"),
        Example(marked: "The goal is to raise trade turnover to ⏩$35 billion⏪ by 2030.", value: 35e9, unit: "USD",
                kind: .target, period: "2030"),
        Example(marked: "Cargo is expected to grow further to ⏩4.2 million tons⏪ this year.", value: 4.2e6, unit: "t",
                kind: .forecast, period: "2024"),
        Example(marked: "The bank forecasts GDP growth of ⏩4.5%⏪ in 2025.", value: 4.5, unit: "%", metric: "gdp_growth",
                kind: .forecast, period: "2025"),
        Example(marked: "The World Bank projects GDP growth of ⏩3.4%⏪ in 2025.", value: 3.4, unit: "%",
                metric: "gdp_growth", kind: .forecast, period: "2025"),
        Example(marked: "Container traffic is projected to rise from ⏩18,000 TEU⏪ in 2022 to 130,000 TEU by 2040.",
                value: 18_000, unit: "TEU", kind: .level, period: "2022"),
        Example(marked: "Container traffic is projected to rise from 18,000 TEU in 2022 to ⏩130,000 TEU⏪ by 2040.",
                value: 130_000, unit: "TEU", kind: .forecast, period: "2040"),
        Example(marked: "Both governments aim to raise bilateral trade to ⏩$30 billion⏪ in the near term.", value: 30e9,
                unit: "USD", kind: .target, period: .some(nil)),
        Example(marked: "In 2023, 150 investment projects worth ⏩$5 billion⏪ were launched.", value: 5e9, unit: "USD",
                metric: "investment", kind: .level),
        Example(marked: "The two countries are set to launch joint projects worth ⏩$8 billion⏪.", value: 8e9, unit: "USD",
                metric: "investment", kind: .target, period: .some(nil)),
        // An absolute change: a noun of change with "of"/"by" before an amount, or an amount joined by "or" to a
        // percentage change.
        Example(marked: "Trade turnover reached $60 billion in 2023, an increase of ⏩$4.1 billion⏪ compared to 2022.",
                value: 4.1e9, unit: "USD", metric: "trade_turnover", kind: .change, period: "2023", basePeriod: "2022"),
        Example(marked: "Trade turnover grew by 12 percent, or by ⏩$3.2 billion⏪, in 2023.",
                value: 3.2e9, unit: "USD", metric: "trade_turnover", kind: .change, period: "2023"),
        Example(marked: "Trade turnover was $29 billion in 2023, a ⏩$4.7 billion⏪ or 19% rise over the previous year.",
                value: 4.7e9, unit: "USD", metric: "trade_turnover", kind: .change, period: "2023", basePeriod: "2022"),
        Example(marked: "FDI reached $818 million in 2023, an increase by 12.6 percent or ⏩$91.7 million⏪ compared to 2022.",
                value: 91.7e6, unit: "USD", metric: "fdi", kind: .change, period: "2023", basePeriod: "2022"),
        // Not a change: an amount reached "to", and an amount "or" another amount.
        Example(marked: "Trade turnover increased by 12 percent to ⏩$30 billion⏪ in 2023.",
                value: 30e9, unit: "USD", metric: "trade_turnover", kind: .level, period: "2023"),
        // A percentage in brackets right after an amount (or a name) in a breakdown is a share.
        Example(marked: "Kazakhstan's foreign trade grew in 2023. Russia took second place with $26 billion (⏩24 percent⏪).",
                value: 24, unit: "%", metric: "trade_turnover", kind: .share),
        Example(marked: "Kazakhstan's foreign trade grew in 2023. Trade with Russia reached $26 billion (up ⏩8 percent⏪).",
                value: 8, unit: "%", metric: "trade_turnover", kind: .change),
        // Word orders of foreign direct investment.
        Example(marked: "The country attracted ⏩$28 billion⏪ in direct foreign investments in 2022.",
                value: 28e9, unit: "USD", metric: "fdi", kind: .level, period: "2022"),
        // A forecast referred to after the fact stays a forecast, even of a period already past …
        Example(marked: "Cargo on the route rose 62% to 4.5 million tons in 2024, beating the ⏩4.2 million tons⏪ officials had forecast for the year.",
                value: 4.2e6, unit: "t", metric: "freight_volume", kind: .forecast, period: "2024", published: "2025-05-16"),
        Example(marked: "Kazakhstan's GDP grew 5.1% in 2023, above the ⏩4.8%⏪ the bank had projected.",
                value: 4.8, unit: "%", metric: "gdp_growth", kind: .forecast, period: "2023"),
        Example(marked: "Trade turnover came in below the expected ⏩$30 billion⏪ in 2023.",
                value: 30e9, unit: "USD", metric: "trade_turnover", kind: .forecast, period: "2023"),
        // … but a figure that came out "as expected" or "faster than expected" is an outturn.
        Example(marked: "Trade turnover reached ⏩$30 billion⏪ in 2023, as expected.",
                value: 30e9, unit: "USD", metric: "trade_turnover", kind: .level, period: "2023"),
        Example(marked: "Kazakhstan's GDP grew ⏩5.1%⏪ in 2023, faster than expected.",
                value: 5.1, unit: "%", metric: "gdp_growth", kind: .level, period: "2023"),
        // A change noun as the subject of the figure's clause: "The increase … equaled $113 million"; a figure
        // restating it after "or" is the same change.
        Example(marked: "Investment reached $2.7 billion in 2023. The increase compared with 2022 equaled ⏩$113 million⏪, or 4.4%.",
                value: 113e6, unit: "USD", metric: "investment", kind: .change, period: "2023", basePeriod: "2022"),
        Example(marked: "Investment reached $2.7 billion in 2023. The increase compared with 2022 equaled $113 million, or ⏩4.4%⏪.",
                value: 4.4, unit: "%", metric: "investment", kind: .change, period: "2023", basePeriod: "2022"),
        // A signed percentage in brackets is a change; an amount "more/higher than" a base is an absolute change.
        Example(marked: "Freight through the Dostyk crossing reached 13 million tons (+ ⏩18%⏪) in 2023.",
                value: 18, unit: "%", metric: "freight_volume", kind: .change, period: "2023", basePeriod: "2022"),
        Example(marked: "Rail loading reached 257 million tons in 2023, which is ⏩5 million tons⏪ higher than in 2022.",
                value: 5e6, unit: "t", metric: "freight_volume", kind: .change, period: "2023", basePeriod: "2022"),
        // A change noun with what changed between it and "of": "a decrease in trade volumes of $260 million"; the
        // figures of a respectively-list after it are changes too.
        Example(marked: "Uzbekistan and Tajikistan showed a decrease in trade volumes of almost ⏩$200 million⏪ and $50 million, respectively, in 2024.",
                value: -200e6, unit: "USD", metric: "trade_turnover", kind: .change, bound: .atMost, entity: "Uzbekistan"),
        Example(marked: "Uzbekistan and Tajikistan showed a decrease in trade volumes of almost $200 million and ⏩$50 million⏪, respectively, in 2024.",
                value: -50e6, unit: "USD", metric: "trade_turnover", kind: .change, entity: "Tajikistan"),
        // A forecast cue in the past perfect: a forecast told after the fact, even of a past period.
        Example(marked: "Officials had forecast trade turnover of ⏩$16 billion⏪ for 2024.",
                value: 16e9, unit: "USD", metric: "trade_turnover", kind: .forecast, period: "2024", published: "2025-03-10"),
        // A revised forecast: the value it had before is an earlier forecast of the same period.
        Example(marked: "The bank raised its 2025 forecast for Kazakhstan's GDP growth to 4.6 percent from ⏩3.5 percent⏪.",
                value: 3.5, unit: "%", metric: "gdp_growth", kind: .forecast, period: "2025"),
        Example(marked: "The bank lowered its outlook for Tajikistan's economic growth to 6 percent from ⏩7 percent⏪ for 2025.",
                value: 7, unit: "%", metric: "gdp_growth", kind: .forecast, period: "2025"),
    ]
}
