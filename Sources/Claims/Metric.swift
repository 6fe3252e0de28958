/// What a figure measures: one of the six graded metrics, or `other:SLUG` for anything else kept.
public enum Metric: Hashable, Sendable, Comparable {
    case gdp
    case gdpGrowth
    case fdi
    case investment
    case tradeTurnover
    case freightVolume
    /// Any other quantity; the payload is the slug after `other:` (`unknown` when nothing names it).
    case other(String)

    /// The six metrics the schema grades, in the schema's order.
    public static let graded: [Metric] = [.gdp, .gdpGrowth, .fdi, .investment, .tradeTurnover, .freightVolume]

    /// The schema spelling: `gdp_growth`, `other:emissions`.
    public var rawValue: String {
        switch self {
        case .gdp: "gdp"
        case .gdpGrowth: "gdp_growth"
        case .fdi: "fdi"
        case .investment: "investment"
        case .tradeTurnover: "trade_turnover"
        case .freightVolume: "freight_volume"
        case .other(let slug): "other:\(slug)"
        }
    }

    /// Parses the schema spelling; `nil` for anything else.
    public init?(rawValue: String) {
        switch rawValue {
        case "gdp": self = .gdp
        case "gdp_growth": self = .gdpGrowth
        case "fdi": self = .fdi
        case "investment": self = .investment
        case "trade_turnover": self = .tradeTurnover
        case "freight_volume": self = .freightVolume
        default:
            guard rawValue.hasPrefix("other:"), rawValue.count > 6 else { return nil }
            self = .other(String(rawValue.dropFirst(6)))
        }
    }

    /// True for the six graded metrics.
    public var isGraded: Bool {
        if case .other = self { return false }
        return true
    }

    /// True when a level of this metric is an amount of money.
    public var isMonetary: Bool {
        switch self {
        case .gdp, .fdi, .investment, .tradeTurnover: true
        default: false
        }
    }

    public static func < (lhs: Metric, rhs: Metric) -> Bool { lhs.rawValue < rhs.rawValue }
}
