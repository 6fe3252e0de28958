/// Why a claim says what it says: the words or the rule that decided each attribute (`extract --explain`).
public struct ClaimExplanation: Hashable, Sendable {
    /// How the entity and counterpart were settled: "stands with 'China' (in brackets after the name)", "subject
    /// of the document (headline)", "named in its sentence", "carried from an earlier sentence".
    public var entity: String
    /// What the metric rests on: "cue 'trade turnover'", "carried from the sentence before", "the unit".
    public var metric: String
    /// What made the kind: "cue 'projected'", "change word 'increased'", "no word of change, share, target or forecast".
    public var kind: String
    /// Where the period comes from: "stated 'in 2023'", "carried from the sentence before", "publication year".
    public var period: String
    /// What set the bound: "hedge 'almost'", "exact as written".
    public var bound: String

    public init(entity: String, metric: String, kind: String, period: String, bound: String) {
        self.entity = entity
        self.metric = metric
        self.kind = kind
        self.period = period
        self.bound = bound
    }
}
