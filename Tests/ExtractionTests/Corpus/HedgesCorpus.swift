import Claims

/// Hedge words before a number and the bound each gives.
enum HedgesCorpus {
    static let positive: [Example] = [
        Example(marked: "Trade turnover reached almost ⏩$450 billion⏪ in 2023.", value: 450e9, unit: "USD", bound: .atMost),
        Example(marked: "Trade turnover reached nearly ⏩$10 billion⏪ in 2023.", value: 10e9, unit: "USD", bound: .atMost),
        Example(marked: "The plan is to attract up to ⏩KZT 30 tn⏪ by 2030.", value: 30e12, unit: "KZT", bound: .atMost),
        Example(marked: "Trade turnover was under ⏩$5 billion⏪ in 2020.", value: 5e9, unit: "USD", bound: .atMost),
        Example(marked: "Trade turnover was less than ⏩$5 billion⏪ in 2020.", value: 5e9, unit: "USD", bound: .atMost),
        Example(marked: "Cargo transport exceeded ⏩2.76 million tons⏪ in 2023.", value: 2.76e6, unit: "t", bound: .atLeast),
        Example(marked: "Trade turnover was over ⏩$30 billion⏪ in 2023.", value: 30e9, unit: "USD", bound: .atLeast),
        Example(marked: "Trade turnover was more than ⏩$30 billion⏪ in 2023.", value: 30e9, unit: "USD", bound: .atLeast),
        Example(marked: "Growth must be at least ⏩3%⏪ in 2025.", value: 3, unit: "%", bound: .atLeast),
        Example(marked: "GDP growth will be not less than ⏩3%⏪ this year.", value: 3, unit: "%", bound: .atLeast),
        Example(marked: "Cargo exports topped ⏩$4 billion⏪ in 2023, and cargo volume topped ⏩494,000 tons⏪ in 2023.",
                value: 494_000, unit: "t", bound: .atLeast),
        Example(marked: "Cargo transport reached about ⏩1.5 million tons⏪ in 2023.", value: 1.5e6, unit: "t", bound: .approx),
        Example(marked: "Kazakh firms invested approximately ⏩$9 billion⏪ in Russia in 2023.", value: 9e9, unit: "USD",
                bound: .approx),
        Example(marked: "Trade turnover reached around ⏩$9 billion⏪ in 2023.", value: 9e9, unit: "USD", bound: .approx),
        Example(marked: "Trade turnover reached some ⏩$9 billion⏪ in 2023.", value: 9e9, unit: "USD", bound: .approx),
        Example(marked: "Trade turnover reached roughly ⏩$9 billion⏪ in 2023.", value: 9e9, unit: "USD", bound: .approx),
        Example(marked: "The economies will grow by at least 5.2% in 2024 and ⏩5.4%⏪ in 2025.", value: 5.4, unit: "%",
                bound: .atLeast),
        // A comparative verb aimed at another figure is not a bound.
        Example(marked: "Trade turnover reached $134.4 billion, exceeding the 2019 level of ⏩$97.8 billion⏪.",
                value: 97.8e9, unit: "USD", bound: .exact),
        Example(marked: "Trade turnover reached ⏩$134.4 billion⏪, exceeding the 2019 level of $97.8 billion.",
                value: 134.4e9, unit: "USD", bound: .exact),
    ]
}
