/// What sort of statement a claim is: a stated level, a change, a multiple, a share, a target or a forecast.
public enum Kind: String, Sendable, CaseIterable, Codable, Comparable {
    case level, change, multiple, share, target, forecast

    /// Targets and forecasts speak of the future; the rest state facts.
    public var isForwardLooking: Bool { self == .target || self == .forecast }

    public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
}
