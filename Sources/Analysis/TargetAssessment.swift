/// What a target asks of its series (verdict-rules' assessments): a judgement of a plan, so never a conflict.
public enum TargetAssessment: String, Sendable, CaseIterable {
    case alreadyMet = "already_met"
    case withinHistoricalGrowth = "within_historical_growth"
    case aboveHistoricalGrowth = "above_historical_growth"
    case noHistory = "no_history"
    /// The trend's prediction interval for the target's year is too wide to judge a target by.
    case tooUncertain = "too_uncertain"

    /// How a report writes it.
    public var words: String {
        switch self {
        case .alreadyMet: "already met"
        case .withinHistoricalGrowth: "within historical growth"
        case .aboveHistoricalGrowth: "needs faster growth than history"
        case .noHistory: "no history"
        case .tooUncertain: "too uncertain to judge"
        }
    }
}
