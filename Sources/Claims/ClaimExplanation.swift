/// Why a claim says what it says: the words or the rule that decided each attribute (`extract --explain`).
/// A class so that a claim carries one reference, not five strings, when no explanation was asked for.
public final class ClaimExplanation: Hashable, Sendable {
    /// How the entity and counterpart were settled: "stands with 'China' (in brackets after the name)", "subject
    /// of the document (headline)", "named in its sentence", "carried from an earlier sentence".
    public let entity: String
    /// What the metric rests on: "cue 'trade turnover'", "carried from the sentence before", "the unit".
    public let metric: String
    /// What made the kind: "cue 'projected'", "change word 'increased'", "no word of change, share, target or forecast".
    public let kind: String
    /// Where the period comes from: "stated 'in 2023'", "carried from the sentence before", "publication year".
    public let period: String
    /// What set the bound: "hedge 'almost'", "exact as written".
    public let bound: String

    public init(entity: String, metric: String, kind: String, period: String, bound: String) {
        self.entity = entity
        self.metric = metric
        self.kind = kind
        self.period = period
        self.bound = bound
    }

    public static func == (a: ClaimExplanation, b: ClaimExplanation) -> Bool {
        a.entity == b.entity && a.metric == b.metric && a.kind == b.kind && a.period == b.period && a.bound == b.bound
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(entity)
        hasher.combine(metric)
        hasher.combine(kind)
        hasher.combine(period)
        hasher.combine(bound)
    }
}
