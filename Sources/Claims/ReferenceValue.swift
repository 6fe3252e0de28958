/// One official figure to check claims against: who published it, for what, and its value.
public struct ReferenceValue: Hashable, Sendable {
    /// Who produced the figure ("World Bank WDI"), as given to `import-reference --source` or in the file.
    public var source: String
    public var entity: String
    public var metric: Metric
    public var period: Period
    public var value: Double
    public var unit: Unit
    public var note: String?
    public var url: String?
    /// The publisher's own hedge: "more than 2.7 million tons" is `atLeast`.
    public var bound: Bound
    /// What the figure measures that others do not ("net", "seaports only"); nil for the usual definition.
    public var basis: String?

    public init(source: String, entity: String, metric: Metric, period: Period, value: Double, unit: Unit,
                note: String? = nil, url: String? = nil, bound: Bound = .exact, basis: String? = nil) {
        self.source = source
        self.entity = entity
        self.metric = metric
        self.period = period
        self.value = value
        self.unit = unit
        self.note = note
        self.url = url
        self.bound = bound
        self.basis = basis.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The basis in words: "standard" for the usual definition.
    public var basisName: String { basis ?? ReferenceValue.standardBasis }

    /// What the usual definition is called where a basis is named.
    public static let standardBasis = "standard"
}
