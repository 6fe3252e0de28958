/// One dated quantitative claim found in a text: the record of `claims-schema.md`.
public struct Claim: Hashable, Sendable {
    /// The document's id: its file name without folder.
    public var doc: String
    /// The document's publication date, used to resolve "last year" and "this year".
    public var published: Day?
    /// Where `text` stands in the whole file, in code points.
    public var span: Span
    /// The number expression as written.
    public var text: String
    /// Who or what the figure describes (canonical name).
    public var entity: String
    /// The other side of a bilateral figure, or the whole a share is of.
    public var counterpart: String?
    public var metric: Metric
    public var kind: Kind
    /// The value in base units: 23 billion dollars is 23e9, 65% is 65.
    public var value: Double
    public var unit: Unit
    /// What the value refers to; `nil` where neither the text nor the date settles it.
    public var period: Period?
    /// What a change or multiple compares with.
    public var basePeriod: Period?
    public var bound: Bound
    /// Whether the entity and the period were stated in the claim's own sentence or carried from context; not part
    /// of the schema record (`extract --explain` shows it; the store keeps it).
    public var settled: Settlement
    /// What the figure measures that others do not, as its own sentence says ("net", "seaports only"); nil for the
    /// usual definition. Not part of the schema record (`extract --explain` shows it; the store keeps it).
    public var basis: String?
    /// The sentence the figure stands in, white space collapsed, for findings a reader can trace; not part of the
    /// schema record.
    public var quote: String?
    /// Why a field stays open (for example a relative period with no publication date); not part of the schema record.
    public var notes: [String]
    /// Why each attribute reads as it does; only filled when asked (`extract --explain`), never part of the record.
    public var why: ClaimExplanation?

    /// Inlinable: a store reads hundreds of thousands of claims, and an outlined call copied every field once more.
    @inlinable
    public init(
        doc: String, published: Day?, span: Span, text: String, entity: String, counterpart: String?,
        metric: Metric, kind: Kind, value: Double, unit: Unit, period: Period?, basePeriod: Period?,
        bound: Bound, settled: Settlement = .stated, basis: String? = nil, quote: String? = nil, notes: [String] = [],
        why: ClaimExplanation? = nil
    ) {
        self.doc = doc
        self.published = published
        self.span = span
        self.text = text
        self.entity = entity
        self.counterpart = counterpart
        self.metric = metric
        self.kind = kind
        self.value = value
        self.unit = unit
        self.period = period
        self.basePeriod = basePeriod
        self.bound = bound
        self.settled = settled
        self.basis = basis
        self.quote = quote
        self.notes = notes
        self.why = why
    }
}
