import Claims

/// Currencies: symbols and codes before the number, codes and names after it.
enum Money {
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

    /// The currency of a sign token (its hash is the scalar value), without hashing it.
    static func currency(ofSymbol hash: UInt64) -> Unit? {
        switch hash {
        case 0x24: .usd
        case 0x20AC: .eur
        case 0xA3: Unit(rawValue: "GBP")
        case 0x20B8: .kzt
        case 0x20BD: Unit(rawValue: "RUB")
        case 0xA5: Unit(rawValue: "CNY")
        case 0x20BA: Unit(rawValue: "TRY")
        case 0x20BC: Unit(rawValue: "AZN")
        default: nil
        }
    }
    static let suffixTable = PhraseTable(suffixNames)
}
