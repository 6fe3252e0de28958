import Claims

/// Numbers, scale words and suffixes, number words, fractions and ranges.
enum NumbersCorpus {
    static let positive: [Example] = [
        Example(marked: "Rail shipments reached ⏩10,000 tons⏪ in March 2024.", value: 10_000, unit: "t"),
        Example(marked: "Bilateral trade stood at ⏩$4.5 billion⏪ in 2023.", value: 4.5e9, unit: "USD"),
        Example(marked: "The port handled ⏩2.76 million tons⏪ of cargo last year.", value: 2.76e6, unit: "t"),
        Example(marked: "Shipments along the corridor hit ⏩three million tons⏪ in 2023.", value: 3e6, unit: "t"),
        Example(marked: "Investment in the plant totalled ⏩$12 mln⏪ in 2022.", value: 12e6, unit: "USD"),
        Example(marked: "The fund invested ⏩€5m⏪ in 2023.", value: 5e6, unit: "EUR"),
        Example(marked: "Investment in fixed assets reached ⏩KZT 2 trillion⏪ in 2023.", value: 2e12, unit: "KZT"),
        Example(marked: "Foreign direct investment came to ⏩$8bn⏪ in 2021.", value: 8e9, unit: "USD"),
        Example(marked: "Trade turnover was ⏩$1.2 bln⏪ in 2020.", value: 1.2e9, unit: "USD"),
        Example(marked: "The terminal handled ⏩5 thousand tons⏪ of cargo in May 2024.", value: 5000, unit: "t"),
        Example(marked: "Trade between the two countries grew by ⏩a third⏪ in 2023.", value: 100.0 / 3, unit: "%",
                kind: .change),
        Example(marked: "Freight volume grew by ⏩two-thirds⏪ in 2023.", value: 200.0 / 3, unit: "%", kind: .change),
        Example(marked: "Cargo traffic on the route ⏩doubled⏪ in 2023.", value: 2, unit: "x", kind: .multiple),
        Example(marked: "Container traffic ⏩tripled⏪ in 2023.", value: 3, unit: "x", kind: .multiple),
        Example(marked: "Cargo volumes rose ⏩2.6 times⏪ in 2023.", value: 2.6, unit: "x", kind: .multiple),
        Example(marked: "Freight volume grew ⏩seven-fold⏪ in 2023.", value: 7, unit: "x", kind: .multiple),
        Example(marked: "Freight volume grew ⏩fivefold⏪ in 2023.", value: 5, unit: "x", kind: .multiple),
        // ranges: each end is its own claim
        Example(marked: "Investment of ⏩$3⏪-4 billion is planned by 2030.", value: 3e9, unit: "USD", bound: .atLeast),
        Example(marked: "Investment of $3-⏩4 billion⏪ is planned by 2030.", value: 4e9, unit: "USD", bound: .atMost),
        Example(marked: "Cargo will reach ⏩3⏪ to 4 million tons by 2030.", value: 3e6, unit: "t", bound: .atLeast),
        Example(marked: "Cargo will reach 3 to ⏩4 million tons⏪ by 2030.", value: 4e6, unit: "t", bound: .atMost),
        Example(marked: "GDP growth is forecast at ⏩3.7%⏪ to 4% in 2025.", value: 3.7, unit: "%", bound: .atLeast),
        Example(marked: "GDP growth is forecast at 3.7% to ⏩4%⏪ in 2025.", value: 4, unit: "%", bound: .atMost),
        // fractions of a scale word: "a quarter-billion-dollar deal", "half a trillion tenge", ".5 billion"
        Example(marked: "Kazakhstan signed ⏩a quarter-billion-dollar⏪ investment deal in 2023.", value: 250e6, unit: "USD"),
        Example(marked: "Investment in fixed assets reached ⏩half a trillion tenge⏪ in 2023.", value: 0.5e12, unit: "KZT"),
        Example(marked: "The port handled ⏩a third of a million tons⏪ of cargo in 2023.", value: 1e6 / 3, unit: "t"),
        Example(marked: "Investment in the plant came to ⏩half a billion dollars⏪ in 2022.", value: 0.5e9, unit: "USD"),
        Example(marked: "The port handled ⏩a quarter of a million tonnes⏪ of cargo in 2023.", value: 250e3, unit: "t"),
        Example(marked: "Trade turnover reached ⏩0.6 million dollars⏪ in 2023.", value: 0.6e6, unit: "USD"),
        Example(marked: "Trade turnover reached ⏩.5 billion dollars⏪ in 2023.", value: 0.5e9, unit: "USD"),
        // decimal commas before a scale or unit word; space-grouped thousands
        Example(marked: "Kazakhstan's GDP grew by ⏩0,5 per cent⏪ in 2023.", value: 0.5, unit: "%", metric: "gdp_growth"),
        Example(marked: "Trade turnover reached ⏩12,9 billion dollars⏪ in 2023.", value: 12.9e9, unit: "USD"),
        Example(marked: "The port handled ⏩1,5 million tons⏪ of cargo in 2023.", value: 1.5e6, unit: "t"),
        Example(marked: "Trade turnover reached ⏩$4,25 billion⏪ in 2023.", value: 4.25e9, unit: "USD"),
        Example(marked: "Trade turnover grew by ⏩3,7%⏪ in 2023.", value: 3.7, unit: "%", kind: .change),
        Example(marked: "The port handled ⏩12,900 tons⏪ of cargo in 2023.", value: 12_900, unit: "t"),
        Example(marked: "The port handled ⏩816 000 tons⏪ of cargo in 2023.", value: 816_000, unit: "t"),
        Example(marked: "The port handled ⏩816\u{00A0}000 tons⏪ of cargo in 2023.", value: 816_000, unit: "t"),
        Example(marked: "The port handled ⏩816\u{202F}000 tons⏪ of cargo in 2023.", value: 816_000, unit: "t"),
        Example(marked: "The port handled ⏩1 250 000 tons⏪ of cargo in 2023.", value: 1_250_000, unit: "t"),
        Example(marked: "Container traffic reached ⏩35 400 TEU⏪ in 2023.", value: 35_400, unit: "TEU"),
        Example(marked: "Trade turnover reached ⏩1 250,5 million dollars⏪ in 2023.", value: 1_250.5e6, unit: "USD"),
        Example(marked: "In 2023 ⏩145 000 tons⏪ of cargo passed through the port.", value: 145_000, unit: "t"),
        Example(marked: "Cargo will reach between ⏩500⏪ and 816 000 tons by 2030.", value: 500, unit: "t", bound: .atLeast),
        Example(marked: "Cargo will reach between 500 and ⏩816 000 tons⏪ by 2030.", value: 816_000, unit: "t", bound: .atMost),
        Example(marked: "Cargo will reach ⏩3⏪-4 million tons by 2030.", value: 3e6, unit: "t", bound: .atLeast),
        // amounts in two parts
        Example(marked: "Trade turnover reached ⏩$3 billion 358.4 million⏪ in 2023.", value: 3_358.4e6, unit: "USD"),
        Example(marked: "Investment reached ⏩2 billion 150 million tenge⏪ in 2023.", value: 2_150e6, unit: "KZT"),
        Example(marked: "The port handled ⏩1 million 200 thousand tons⏪ of cargo in 2023.", value: 1_200_000, unit: "t"),
        // multiples written "-time"
        Example(marked: "Cargo volumes on the route grew ⏩3.6-time⏪ more in 2023.", value: 3.6, unit: "x", kind: .multiple),
        Example(marked: "Cargo volumes on the route showed a ⏩2-time⏪ increase in 2023.", value: 2, unit: "x", kind: .multiple),
    ]

    /// Texts in which no number is a quantity at all: dates, ordinals, names, distances, durations, years.
    static let negative: [String] = [
        // A part of a year is a period, not a share.
        "For three quarters of 2017, trade between the two countries grew.",
        "In the first half of this year, cargo rose.",
        "The summit took place on May 14.",
        "The 19th forum opened in Astana.",
        "Trade suffered during COVID-19.",
        "The G7 leaders met in Hiroshima.",
        "The new road is 184 km long.",
        "Delivery took 19 days.",
        "In 2023 and 2024 the talks continued.",
        "The games will run Sept. 8-13 in Astana.",
        "The statement was issued on 20 January 2023.",
        "The meeting was held on January 26th.",
        "Delivery times fell from 38–53 days to 19–23 days.",
        "Kazakhstan's GDP reached $99999999999999999999 in 2023.",
        "Kazakhstan's trade turnover reached $1e400 billion in 2023.",
        "The 5G network covered 4x4 roads.",
        // tonne-kilometres are no tonnage
        "Freight turnover reached 269 billion t-km in 2023.",
        "Freight turnover reached 269 billion tkm in 2023.",
        "Freight turnover reached 269 billion ton-km in 2023.",
        "Freight turnover reached 269 billion tonne-kilometres in 2023.",
        "Freight turnover reached 269 billion ton kilometers in 2023.",
        "Freight turnover reached 269 billion tons-km in 2023.",
        // years and numbers side by side are not space-grouped thousands
        "In 2023 2024 the talks continued.",
        "The talks ran in 2023, 2024 and 2025.",
        "A two-time champion won the race in 2023.",
        "The 3-time winner was named in 2023.",
    ]

    /// Numbers side by side that must stay apart: each marked span is its own quantity.
    static let apart: [Example] = [
        Example(marked: "In 2023 ⏩145⏪ projects worth $2 billion were launched.", value: 145, unit: "count"),
        Example(marked: "Between 2019 and 2023 ⏩145 000 tons⏪ of cargo passed the port.", value: 145_000, unit: "t"),
        Example(marked: "Trade turnover reached ⏩$3 billion⏪, 500 million more than in 2022.", value: 3e9, unit: "USD"),
    ]
}
