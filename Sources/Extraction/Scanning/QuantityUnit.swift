import Claims

/// The unit of a quantity while the extractor works on it: one byte where `Claims.Unit` holds a string, so
/// quantities and drafts are copied and compared without reference counting or string comparison. A claim gets
/// its `Unit` when it is made.
enum QuantityUnit: UInt8, Sendable, CaseIterable {
    case percent, times, tonnes, teu, count
    case usd, eur, kzt, uzs, rub, cny, gbp, kgs, tjs, tmt, azn, jpy, chf, `try`, inr

    /// True for a currency.
    var isCurrency: Bool { rawValue >= QuantityUnit.usd.rawValue }

    /// True for units that measure a quantity of goods.
    var isFreight: Bool { self == .tonnes || self == .teu }

    /// The unit as the claim record writes it: `%`, `x`, `t`, `TEU`, `count` or an ISO 4217 code (Claims' own
    /// constants where it has them).
    var unit: Unit {
        switch self {
        case .percent: .percent
        case .times: .times
        case .tonnes: .tonnes
        case .teu: .teu
        case .count: .count
        case .usd: .usd
        case .eur: .eur
        case .kzt: .kzt
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
