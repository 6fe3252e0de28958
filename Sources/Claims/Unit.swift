/// The unit a value is in: an ISO 4217 currency, `t`, `TEU`, `%`, `x` (a multiple) or `count`.
public struct Unit: RawRepresentable, Hashable, Sendable, Comparable, Codable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let percent = Unit(rawValue: "%")
    public static let times = Unit(rawValue: "x")
    public static let tonnes = Unit(rawValue: "t")
    public static let teu = Unit(rawValue: "TEU")
    public static let count = Unit(rawValue: "count")
    public static let usd = Unit(rawValue: "USD")
    public static let eur = Unit(rawValue: "EUR")
    public static let kzt = Unit(rawValue: "KZT")

    /// Units that are not currencies.
    private static let physical: Set<String> = ["%", "x", "t", "TEU", "count"]

    /// True for an ISO 4217 currency code.
    public var isCurrency: Bool { !Unit.physical.contains(rawValue) }

    /// True for units that measure a quantity of goods.
    public var isFreight: Bool { self == .tonnes || self == .teu }

    public static func < (lhs: Unit, rhs: Unit) -> Bool { lhs.rawValue < rhs.rawValue }
}
