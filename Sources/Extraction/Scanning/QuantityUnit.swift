import Claims

/// The unit of a quantity while the extractor works on it: one byte where `Claims.Unit` holds a string, so
/// quantities and drafts are copied and compared without reference counting or string comparison. A claim gets
/// its `Unit` when it is made.
enum QuantityUnit: UInt8, Sendable {
    case percent, times, tonnes, teu, count
    case usd, eur, kzt, uzs, rub, cny, gbp, kgs, tjs, tmt, azn, jpy, chf, `try`, inr

    /// True for a currency.
    var isCurrency: Bool { rawValue >= QuantityUnit.usd.rawValue }

    /// True for units that measure a quantity of goods.
    var isFreight: Bool { self == .tonnes || self == .teu }

    /// The unit as the claim record writes it: `%`, `x`, `t`, `TEU`, `count` or an ISO 4217 code.
    var unit: Unit {
        switch self {
        case .percent: Unit(rawValue: "%")
        case .times: Unit(rawValue: "x")
        case .tonnes: Unit(rawValue: "t")
        case .teu: Unit(rawValue: "TEU")
        case .count: Unit(rawValue: "count")
        case .usd: Unit(rawValue: "USD")
        case .eur: Unit(rawValue: "EUR")
        case .kzt: Unit(rawValue: "KZT")
        case .uzs: Unit(rawValue: "UZS")
        case .rub: Unit(rawValue: "RUB")
        case .cny: Unit(rawValue: "CNY")
        case .gbp: Unit(rawValue: "GBP")
        case .kgs: Unit(rawValue: "KGS")
        case .tjs: Unit(rawValue: "TJS")
        case .tmt: Unit(rawValue: "TMT")
        case .azn: Unit(rawValue: "AZN")
        case .jpy: Unit(rawValue: "JPY")
        case .chf: Unit(rawValue: "CHF")
        case .try: Unit(rawValue: "TRY")
        case .inr: Unit(rawValue: "INR")
        }
    }
}
