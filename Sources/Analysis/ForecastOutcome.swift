/// How a forecast or target fared against its outturn: met (the intervals overlap), beaten (outturn above) or missed (below).
public enum ForecastOutcome: String, Sendable, CaseIterable {
    case met, beaten, missed
}
