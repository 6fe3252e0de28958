import Claims

/// Currencies before or after the number, in words, codes and signs, and amounts in brackets.
enum MoneyCorpus {
    static let positive: [Example] = [
        Example(marked: "Foreign direct investment reached ⏩$23 billion⏪ in 2023.", value: 23e9, unit: "USD"),
        Example(marked: "Foreign direct investment reached ⏩US$14.5 billion⏪ in 2022.", value: 14.5e9, unit: "USD"),
        Example(marked: "Trade turnover reached ⏩USD 31.2 billion⏪ in 2022.", value: 31.2e9, unit: "USD"),
        Example(marked: "Trade turnover reached ⏩31.2 billion US dollars⏪ in 2022.", value: 31.2e9, unit: "USD"),
        Example(marked: "Trade turnover reached ⏩31.2 billion dollars⏪ in 2022.", value: 31.2e9, unit: "USD"),
        Example(marked: "The EU announced an investment package of ⏩12 billion euros⏪ in 2025.", value: 12e9, unit: "EUR"),
        Example(marked: "The EU announced a ⏩€12 billion⏪ investment package in 2025.", value: 12e9, unit: "EUR"),
        Example(marked: "The bank plans investment of ⏩EUR 3 billion⏪ by 2027.", value: 3e9, unit: "EUR"),
        Example(marked: "Investment in fixed assets reached ⏩1.9 trillion tenge⏪ in 2023.", value: 1.9e12, unit: "KZT"),
        Example(marked: "Investment in fixed assets reached ⏩KZT 30 tn⏪ in 2023.", value: 30e12, unit: "KZT"),
        Example(marked: "Investment in fixed assets reached ⏩₸5 trillion⏪ in 2023.", value: 5e12, unit: "KZT"),
        Example(marked: "Uzbekistan's GDP reached ⏩361.85 trillion soums⏪ in 2019.", value: 361.85e12, unit: "UZS"),
        Example(marked: "Trade with China reached ⏩10 billion yuan⏪ in 2023.", value: 10e9, unit: "CNY"),
        Example(marked: "Russian investment reached ⏩500 billion rubles⏪ in 2023.", value: 500e9, unit: "RUB"),
        Example(marked: "Investment in fixed assets reached 1.9 trillion tenge (⏩$4.2 billion⏪) in 2023.", value: 4.2e9,
                unit: "USD", metric: "investment"),
        Example(marked: "Trade turnover fell by ⏩$2 billion⏪ in 2023.", value: -2e9, unit: "USD", kind: .change),
        // "U.S. dollars" after a scaled number, and "U.S." inside a sentence
        Example(marked: "Trade turnover reached ⏩46 billion U.S. dollars⏪ in 2023.", value: 46e9, unit: "USD",
                metric: "trade_turnover", period: "2023"),
        Example(marked: "Trade turnover reached 46 billion U.S. dollars in 2023, up ⏩5%⏪ on 2022.", value: 5, unit: "%",
                metric: "trade_turnover", kind: .change),
        Example(marked: "Trade turnover reached ⏩46 billion U.S. dollar⏪ in 2023.", value: 46e9, unit: "USD"),
        // a bare scaled amount compared with an amount of money takes its currency
        Example(marked: "Trade turnover reached 5.7 billion US dollars in 2022, compared to ⏩4.2 billion⏪ in 2021.",
                value: 4.2e9, unit: "USD", metric: "trade_turnover", period: "2021"),
        Example(marked: "Trade turnover reached $5.7 billion in 2022, compared with ⏩4.2 billion⏪ a year earlier.",
                value: 4.2e9, unit: "USD"),
        Example(marked: "Trade turnover rose to 5.7 billion euros in 2023 from ⏩4.2 billion⏪ in 2022.", value: 4.2e9, unit: "EUR"),
        Example(marked: "Trade turnover rose from ⏩4.2 billion⏪ in 2022 to 5.7 billion euros in 2023.", value: 4.2e9, unit: "EUR"),
        Example(marked: "Investment reached 2 trillion tenge in 2023 against ⏩1.5 trillion⏪ in 2022.", value: 1.5e12, unit: "KZT"),
        Example(marked: "Trade turnover reached $5.7 billion in 2023 versus ⏩4.2 billion⏪ in 2022.", value: 4.2e9, unit: "USD"),
        Example(marked: "The port handled 5 million tons in 2023, compared with ⏩4.2 million⏪ in 2022.", value: 4.2e6, unit: "t"),
        // an amount after "from" takes the unit only of an amount after "to"
        Example(marked: "GDP reached $260 billion as the population grew from ⏩19 million⏪ in 2019.", value: 19e6, unit: "count"),
        Example(marked: "Trade turnover rose 5% to $4 billion from ⏩3.8 billion⏪ in 2022.", value: 3.8e9, unit: "USD"),
        // ... nor a count of something, nor a bare amount after no word of comparison
        Example(marked: "Trade turnover reached $5.7 billion in 2023, compared with ⏩8 billion⏪ people worldwide.",
                value: 8e9, unit: "count"),
        Example(marked: "Trade turnover reached $5.7 billion in 2023 as ⏩4 million⏪ tourists came.", value: 4e6, unit: "count"),
    ]

    /// Money that is not one of the graded metrics.
    static let other: [(String, String)] = [
        ("Oil prices held at $45 per barrel in 2021.", "other:price"),
        ("Exports of grain rose to $2 billion in 2023.", "other:exports"),
        ("GDP per capita reached $12,000 in 2023.", "other:gdp_per_capita"),
        ("Social spending grew to KZT 7 trillion in 2023.", "other:spending"),
    ]
}
