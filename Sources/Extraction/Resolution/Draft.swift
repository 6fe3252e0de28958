import Claims

/// A claim being built: the quantity and every attribute resolved so far, with token positions kept for later passes.
struct Draft {
    var quantity: Quantity
    var metric: Metric
    var kind: Kind
    var value: Double
    var entity: EntityName?
    var counterpart: EntityName?
    var period: Period?
    var basePeriod: Period?
    /// True when the period came from the text or the sentence before, not from the publication date.
    var periodFromText = false
    /// A forward-looking multiple or change whose base is "current levels" or not said.
    var needsLatestBase = false
    /// True for an investment figure in an "attract" sentence, which a later FDI mention can sharpen (always false
    /// for other metrics: only investment is sharpened).
    var attracted = false
    /// True for an investment figure with its investor named ("investments from Russia"): a breakdown that a
    /// paragraph speaking of FDI makes FDI.
    var namesInvestor = false
    /// True when the metric came from the sentence before ("It is a 28-percent increase").
    var inheritedMetric = false
    /// For a multiple or change, the unit of the series it speaks of (the amount named beside it).
    var seriesUnit: QuantityUnit?
    var notes: [String] = []
    /// Index of the paragraph the claim stands in.
    var paragraph = 0
    /// The quantity's UTF-8 offsets in the document: the claim's span and text.
    var textRange: Range<Int> = 0..<0
    /// The UTF-8 offsets of the sentence the quantity stands in: the claim's quote.
    var sentenceRange: Range<Int> = 0..<0
    /// The basis the sentence puts the figure on (`BasisRule`); nil for the usual one.
    var basis: String?

    /// Sets `basis`. Swift 6.3 refuses `consume draft` (a compiler bug, it says) in a function that assigns the
    /// field directly, and the resolver hands each draft on with `consume`, saving a copy of it per figure.
    mutating func setBasis(_ b: String?) { basis = b }

    /// True when a time expression of the figure's own sentence (or the sentence's closing period) gave the period.
    var periodStated = false
    /// True when the period came from the figure's own sentence: `periodStated`, a span of years the sentence names,
    /// or the revised forecast beside it; false for a period carried from context (the record's `settled.period`).
    var periodInSentence = false
    /// True when the entity is a place the figure's own sentence names, or one a `FigureNames` rule pairs with it.
    var entityStated = false
    /// What decided each attribute, kept only when `extract --explain` asks (nil otherwise, so that drafts stay
    /// small and copying one counts no reference).
    var reasons: DraftReasons?
}
