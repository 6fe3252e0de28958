import Claims

/// Who a figure is about, and the other side of bilateral figures.
enum EntitiesCorpus {
    static let positive: [Example] = [
        Example(marked: "Trade between Kazakhstan and China reached ⏩$31.5 billion⏪ in 2023.", value: 31.5e9, unit: "USD",
                entity: "Kazakhstan", counterpart: "China"),
        Example(marked: "Kazakhstan's trade with Russia fell to ⏩$26 billion⏪ in 2023.", value: 26e9, unit: "USD",
                entity: "Kazakhstan", counterpart: "Russia"),
        Example(marked: "Cargo on the TITR reached ⏩2.8 million tons⏪ in 2023.", value: 2.8e6, unit: "t",
                entity: "Middle Corridor", counterpart: .some(nil)),
        Example(marked: "The Trans-Caspian International Transport Route is gaining ground. Cargo along this route reached ⏩2.8 million tons⏪ in 2023.",
                value: 2.8e6, unit: "t", entity: "Middle Corridor"),
        Example(marked: "The seaport of Aktau handled ⏩3.8 million tons⏪ of cargo in 2022.", value: 3.8e6, unit: "t",
                entity: "Port of Aktau"),
        Example(marked: "Mutual trade among the Central Asian states rose to ⏩$11 billion⏪ in 2023.", value: 11e9,
                unit: "USD", entity: "Central Asia", counterpart: "Central Asia"),
        Example(marked: "Russian investors poured ⏩$5 billion⏪ into Kazakhstan in 2023.", value: 5e9, unit: "USD",
                entity: "Kazakhstan", counterpart: "Russia"),
        Example(marked: "Kazakh companies invested ⏩$2 billion⏪ in Uzbekistan in 2023.", value: 2e9, unit: "USD",
                entity: "Uzbekistan", counterpart: "Kazakhstan"),
        Example(marked: "Rail freight between Kazakhstan and China rose to ⏩10.1 million tons⏪ in 2024.", value: 10.1e6,
                unit: "t", entity: "Kazakhstan", counterpart: "China"),
        Example(marked: "Uzbekistan is growing fast. The country's GDP grew ⏩6%⏪ in 2023.", value: 6, unit: "%",
                entity: "Uzbekistan"),
        Example(marked: "Kazakhstan accounts for ⏩60%⏪ of the GDP of Central Asia.", value: 60, unit: "%", metric: "gdp",
                kind: .share, entity: "Kazakhstan", counterpart: "Central Asia"),
        Example(marked: "The economy of Kazakhstan grew 5.1% in 2023, ⏩twice⏪ the global growth rate.", value: 2, unit: "x",
                metric: "gdp_growth", kind: .multiple, basePeriod: .some(nil), entity: "Kazakhstan", counterpart: "world"),
    ]
}
