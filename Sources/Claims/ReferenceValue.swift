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

    public init(source: String, entity: String, metric: Metric, period: Period, value: Double, unit: Unit,
                note: String? = nil, url: String? = nil) {
        self.source = source
        self.entity = entity
        self.metric = metric
        self.period = period
        self.value = value
        self.unit = unit
        self.note = note
        self.url = url
    }
}
