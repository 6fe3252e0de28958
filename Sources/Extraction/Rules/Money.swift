import Claims

/// Currencies: symbols and codes before the number, codes and names after it.
enum Money {
    /// Words or codes that name a currency before the number: `USD 31.2 billion`, `KZT 30 tn`, `US$14.5 billion` (with `$`).
    static let prefixCodes: [(String, QuantityUnit)] = [
        ("usd", .usd), ("us", .usd), ("eur", .eur), ("kzt", .kzt), ("uzs", .uzs),
        ("rub", .rub), ("cny", .cny), ("rmb", .cny),
        ("gbp", .gbp), ("kgs", .kgs), ("tjs", .tjs),
        ("tmt", .tmt), ("azn", .azn), ("jpy", .jpy),
        ("chf", .chf), ("try", .`try`), ("inr", .inr),
    ]

    /// Names or codes written after the number: `12 billion euros`, `1.9 trillion tenge`, `361.85 trillion soums`.
    static let suffixNames: [(String, QuantityUnit)] = [
        ("dollars", .usd), ("dollar", .usd), ("us dollars", .usd), ("usd", .usd),
        ("euros", .eur), ("euro", .eur), ("eur", .eur),
        ("tenge", .kzt), ("kzt", .kzt),
        ("soums", .uzs), ("soum", .uzs), ("sums", .uzs),
        ("uzs", .uzs),
        ("yuan", .cny), ("renminbi", .cny), ("cny", .cny),
        ("rubles", .rub), ("roubles", .rub), ("ruble", .rub),
        ("rouble", .rub), ("rub", .rub),
        ("som", .kgs), ("soms", .kgs), ("kgs", .kgs),
        ("somoni", .tjs), ("manat", .azn), ("azerbaijani manat", .azn),
        ("turkmen manat", .tmt), ("lira", .`try`),
        ("yen", .jpy), ("pounds sterling", .gbp), ("gbp", .gbp),
    ]

    static let prefixTable = PhraseTable(prefixCodes)

    /// The currency of a sign token (its hash is the scalar value), without hashing it.
    static func currency(ofSymbol hash: UInt64) -> QuantityUnit? {
        switch hash {
        case 0x24: .usd
        case 0x20AC: .eur
        case 0xA3: .gbp
        case 0x20B8: .kzt
        case 0x20BD: .rub
        case 0xA5: .cny
        case 0x20BA: .try
        case 0x20BC: .azn
        default: nil
        }
    }
    static let suffixTable = PhraseTable(suffixNames)
}
