/// Sentences whose own words put a figure on a basis other than the usual one, and look-alikes that do not.
/// Each marked figure's expected basis (nil: the usual definition).
enum BasesCorpus {
    static let positive: [(marked: String, basis: String?)] = [
        ("Net FDI inflows into Kazakhstan reached ⏩$6.1 billion⏪ in 2022.", "net"),
        ("The net inflow of foreign direct investment to Uzbekistan was ⏩$2.5 billion⏪ in 2022.", "net"),
        ("Gross FDI inflows into Kazakhstan totalled ⏩$28 billion⏪ in 2022.", "gross"),
        ("Kazakhstan attracted ⏩$28 billion⏪ of gross foreign direct investment in 2022.", "gross"),
        ("Gross FDI inflow was $28 billion, while net FDI came to ⏩$6.1 billion⏪ in 2022.", "net"),
        ("Gross FDI inflow was ⏩$28 billion⏪, while net FDI came to $6.1 billion in 2022.", "gross"),
        ("Cargo through the seaports of Kazakhstan and Azerbaijan reached ⏩3.3 million tons⏪ in 2024.", "seaports only"),
        ("Freight via the Caspian ports along the Middle Corridor rose to ⏩2.1 million tons⏪ in 2023.", "seaports only"),
        ("Transit through sea ports grew by ⏩20%⏪ in 2024.", "seaports only"),
        ("About ⏩1.2 million tons⏪ of cargo were carried by rail along the Middle Corridor in 2023.", "rail only"),
        ("TITR members moved ⏩1.84 million tons⏪ along the Middle Corridor in the first nine months of 2022.", "TITR members"),
        ("Members of the TITR carried ⏩2 million tons⏪ along the Middle Corridor in 2023.", "TITR members"),
        ("Kazakhstan's GDP at purchasing power parity reached ⏩$600 billion⏪ in 2023.", "PPP"),
        ("Turkmenistan's GDP at the official exchange rate was ⏩$60 billion⏪ in 2023.", "official exchange rate"),
        // The usual basis: no words of another.
        ("FDI inflows into Kazakhstan reached ⏩$28 billion⏪ in 2022.", nil),
        ("Kazakhstan's gross domestic product grew by ⏩5.1%⏪ in 2023.", nil),
        ("Kazakhstan's gross domestic product reached ⏩$261 billion⏪ in 2023.", nil),
        ("Cargo along the Middle Corridor reached ⏩4.5 million tons⏪ in 2024.", nil),
        // A mark qualifies only the metrics it can: "net" before investment words says nothing of trade.
        ("Net FDI was $6.1 billion in 2022, and trade turnover reached ⏩$134 billion⏪.", nil),
    ]
}
