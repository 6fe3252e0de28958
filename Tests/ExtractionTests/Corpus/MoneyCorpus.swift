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
    ]

    /// Money that is not one of the graded metrics.
    static let other: [(String, String)] = [
        ("Oil prices held at $45 per barrel in 2021.", "other:price"),
        ("Exports of grain rose to $2 billion in 2023.", "other:exports"),
        ("GDP per capita reached $12,000 in 2023.", "other:gdp_per_capita"),
        ("Social spending grew to KZT 7 trillion in 2023.", "other:spending"),
    ]
}
