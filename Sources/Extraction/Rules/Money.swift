import Claims

/// Currencies: symbols and codes before the number, codes and names after it.
enum Money {
    /// Symbols written before the number: `$23 billion`, `€12 billion`, `₸5 trillion`.
    static let symbols: [Unicode.Scalar: Unit] = [
        "$": .usd, "€": .eur, "£": Unit(rawValue: "GBP"), "₸": .kzt, "₽": Unit(rawValue: "RUB"),
        "¥": Unit(rawValue: "CNY"), "₺": Unit(rawValue: "TRY"), "₼": Unit(rawValue: "AZN"),
    ]

    /// Words or codes that name a currency before the number: `USD 31.2 billion`, `KZT 30 tn`, `US$14.5 billion` (with `$`).
    static let prefixCodes: [(String, Unit)] = [
        ("usd", .usd), ("us", .usd), ("eur", .eur), ("kzt", .kzt), ("uzs", Unit(rawValue: "UZS")),
        ("rub", Unit(rawValue: "RUB")), ("cny", Unit(rawValue: "CNY")), ("rmb", Unit(rawValue: "CNY")),
        ("gbp", Unit(rawValue: "GBP")), ("kgs", Unit(rawValue: "KGS")), ("tjs", Unit(rawValue: "TJS")),
        ("tmt", Unit(rawValue: "TMT")), ("azn", Unit(rawValue: "AZN")), ("jpy", Unit(rawValue: "JPY")),
        ("chf", Unit(rawValue: "CHF")), ("try", Unit(rawValue: "TRY")), ("inr", Unit(rawValue: "INR")),
    ]

    /// Names or codes written after the number: `12 billion euros`, `1.9 trillion tenge`, `361.85 trillion soums`.
    static let suffixNames: [(String, Unit)] = [
        ("dollars", .usd), ("dollar", .usd), ("us dollars", .usd), ("usd", .usd),
        ("euros", .eur), ("euro", .eur), ("eur", .eur),
        ("tenge", .kzt), ("kzt", .kzt),
        ("soums", Unit(rawValue: "UZS")), ("soum", Unit(rawValue: "UZS")), ("sums", Unit(rawValue: "UZS")),
        ("uzs", Unit(rawValue: "UZS")),
        ("yuan", Unit(rawValue: "CNY")), ("renminbi", Unit(rawValue: "CNY")), ("cny", Unit(rawValue: "CNY")),
        ("rubles", Unit(rawValue: "RUB")), ("roubles", Unit(rawValue: "RUB")), ("ruble", Unit(rawValue: "RUB")),
        ("rouble", Unit(rawValue: "RUB")), ("rub", Unit(rawValue: "RUB")),
        ("som", Unit(rawValue: "KGS")), ("soms", Unit(rawValue: "KGS")), ("kgs", Unit(rawValue: "KGS")),
        ("somoni", Unit(rawValue: "TJS")), ("manat", Unit(rawValue: "AZN")), ("azerbaijani manat", Unit(rawValue: "AZN")),
        ("turkmen manat", Unit(rawValue: "TMT")), ("lira", Unit(rawValue: "TRY")),
        ("yen", Unit(rawValue: "JPY")), ("pounds sterling", Unit(rawValue: "GBP")), ("gbp", Unit(rawValue: "GBP")),
    ]

    static let prefixTable = PhraseTable(prefixCodes)
    static let suffixTable = PhraseTable(suffixNames)
}
