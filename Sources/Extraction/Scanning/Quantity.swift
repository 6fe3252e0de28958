import Claims

/// A number expression found in a sentence: its value in base units, its unit, its tokens and its hedge.
struct Quantity {
    /// How a quantity stands in a written range such as "3.7% to 4%".
    enum RangeRole { case none, low, high }

    var value: Double
    var unit: QuantityUnit
    /// First token of the expression as written (currency sign included, hedge words not).
    var first: Int
    /// One past the last token of the expression.
    var end: Int
    /// The token that carries the number.
    var numberIndex: Int
    var bound: Bound = .exact
    /// First token of the hedge words, when there are any.
    var hedgeStart: Int?
    /// For a count, the token of the noun after it ("containers"), whose text is the `other:` slug (an index, not
    /// a string, so a quantity is copied without reference counting).
    var countNounToken: Int?
    var range: RangeRole = .none
    /// In brackets right after another amount: a conversion of it, "1.9 trillion tenge ($4.2 billion)".
    var isConversion = false
    /// A bare scaled amount after "compared to", "from", "against" ("…, compared to 4.2 billion in 2021"): it
    /// takes the currency or freight unit of the amount it is compared with in the same sentence.
    var borrowsUnit = false

    /// The token where the expression and its hedge start.
    var leadingToken: Int { hedgeStart ?? first }
}
