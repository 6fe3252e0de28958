import Claims

/// Percentages, tonnes and containers, and the sign of a decrease.
enum UnitsCorpus {
    static let positive: [Example] = [
        Example(marked: "Freight volume rose ⏩65%⏪ in 2023.", value: 65, unit: "%", kind: .change),
        Example(marked: "Freight volume rose ⏩5.2 %⏪ in 2023.", value: 5.2, unit: "%", kind: .change),
        Example(marked: "Freight volume rose ⏩63 percent⏪ in 2023.", value: 63, unit: "%", kind: .change),
        Example(marked: "Freight volume rose ⏩12 per cent⏪ in 2023.", value: 12, unit: "%", kind: .change),
        Example(marked: "It was a ⏩5.7-percent⏪ increase in freight compared with 2022.", value: 5.7, unit: "%", kind: .change),
        Example(marked: "The port handled ⏩1.5 million tonnes⏪ of cargo in 2023.", value: 1.5e6, unit: "t"),
        Example(marked: "The port handled ⏩4.5 Mt⏪ of cargo in 2023.", value: 4.5e6, unit: "t"),
        Example(marked: "Container traffic reached ⏩50,500 TEUs⏪ in 2023.", value: 50_500, unit: "TEU",
                metric: "freight_volume"),
        Example(marked: "Container traffic reached ⏩18,000 TEU⏪ in 2022.", value: 18_000, unit: "TEU"),
        Example(marked: "The terminal handled ⏩52,000 twenty-foot equivalent units (TEU)⏪ in 2023.", value: 52_000, unit: "TEU"),
        Example(marked: "Rail transit reached ⏩410,000 twenty-foot equivalent (TEU)⏪ boxes in 2023.", value: 410_000, unit: "TEU"),
        // tonnes of cargo beside tonne-kilometres of freight work
        Example(marked: "The railway carried ⏩4.1 million tons⏪ of cargo, or 9 billion t-km, in 2023.", value: 4.1e6, unit: "t",
                metric: "freight_volume"),
        Example(marked: "Trade turnover fell by ⏩5%⏪ in 2023.", value: -5, unit: "%", kind: .change),
        Example(marked: "Trade turnover was down ⏩5%⏪ in 2023.", value: -5, unit: "%", kind: .change),
        Example(marked: "Trade turnover decreased by ⏩19%⏪ compared to 2019.", value: -19, unit: "%", kind: .change),
        Example(marked: "Trade turnover declined ⏩3.7%⏪ in 2023.", value: -3.7, unit: "%", kind: .change),
        Example(marked: "GDP growth was ⏩-2.6%⏪ in 2020.", value: -2.6, unit: "%", metric: "gdp_growth"),
        Example(marked: "Real GDP growth slowed (⏩−3.1%⏪) in 2021.", value: -3.1, unit: "%", metric: "gdp_growth"),
    ]
}
