import Claims

/// The basis a figure's own sentence puts it on, where the sentence says one: "net FDI inflows", "gross inflow",
/// "cargo through the seaports of …", "by rail", "TITR members", "at purchasing power parity", "at the official
/// exchange rate". A figure with none of these words is on the usual basis (nil). Each mark applies only to the
/// metrics it can qualify, and a figure takes the nearest mark of its sentence, one before it first.
struct BasisRule {
    /// A basis named in the sentence, at a token, for the metrics it qualifies.
    struct Mark {
        var basis: String
        var token: Int
        var metrics: [Metric]
    }

    let marks: [Mark]

    private static func h(_ s: String) -> UInt64 { WordHash.of(s) }
    private static let net = h("net"), gross = h("gross"), by = h("by"), sea = h("sea"), titr = h("titr"),
        association = h("association"), purchasing = h("purchasing"), power = h("power"), parity = h("parity"),
        ppp = h("ppp"), official = h("official"), exchange = h("exchange"), rate = h("rate"), of = h("of"), the = h("the")

    init(tokens: Tokens, sentence: Range<Int>) {
        var marks: [Mark] = []
        func word(_ i: Int) -> UInt64? { sentence.contains(i) && tokens[i].isWord ? tokens[i].hash : nil }
        /// Whether a word of `set` follows `i` within `reach` tokens.
        func followed(_ i: Int, by set: WordSet, within reach: Int) -> Bool {
            (i + 1..<min(i + 1 + reach, sentence.upperBound)).contains { tokens[$0].isWord && set.contains(tokens[$0].hash) }
        }
        for i in sentence where tokens[i].isWord && BasisWords.triggers.contains(tokens[i].hash) {
            let w = tokens[i].hash
            if w == BasisRule.net || w == BasisRule.gross, followed(i, by: BasisWords.flowNouns, within: 3) {
                marks.append(Mark(basis: w == BasisRule.net ? BasisWords.net : BasisWords.gross, token: i, metrics: BasisWords.flowMetrics))
            } else if BasisWords.throughWords.contains(w),
                      (i + 1..<min(i + 5, sentence.upperBound)).contains(where: {
                          tokens[$0].isWord && (BasisWords.portNouns.contains(tokens[$0].hash)
                              || (tokens[$0].hash == BasisRule.sea && word($0 + 1).map(BasisWords.portNouns.contains) == true))
                      }) {
                // "through the seaports of", "via the Caspian ports", "through sea ports".
                marks.append(Mark(basis: BasisWords.seaports, token: i, metrics: BasisWords.freightMetrics))
            } else if w == BasisRule.by, word(i + 1).map(BasisWords.railNouns.contains) == true {
                marks.append(Mark(basis: BasisWords.rail, token: i, metrics: BasisWords.freightMetrics))
            } else if w == BasisRule.titr, word(i + 1).map(BasisWords.memberNouns.contains) == true
                        || (word(i + 1) == BasisRule.association && word(i + 2).map(BasisWords.memberNouns.contains) == true) {
                marks.append(Mark(basis: BasisWords.titrMembers, token: i, metrics: BasisWords.freightMetrics))
            } else if BasisWords.memberNouns.contains(w), word(i + 1) == BasisRule.of,
                      word(i + 2) == BasisRule.titr || (word(i + 2) == BasisRule.the && word(i + 3) == BasisRule.titr) {
                marks.append(Mark(basis: BasisWords.titrMembers, token: i, metrics: BasisWords.freightMetrics))
            } else if w == BasisRule.ppp
                        || (w == BasisRule.purchasing && word(i + 1) == BasisRule.power && word(i + 2) == BasisRule.parity) {
                marks.append(Mark(basis: BasisWords.ppp, token: i, metrics: BasisWords.gdpMetrics))
            } else if w == BasisRule.official, word(i + 1) == BasisRule.exchange, word(i + 2) == BasisRule.rate {
                marks.append(Mark(basis: BasisWords.officialRate, token: i, metrics: BasisWords.gdpMetrics))
            }
        }
        self.marks = marks
    }

    /// The basis of the figure at token `at` with `metric`: the nearest mark for its metric, one before the figure
    /// preferred; nil for the usual basis.
    func basis(at figure: Int, metric: Metric) -> String? {
        guard !marks.isEmpty else { return nil }
        var best: (distance: Int, basis: String)?
        for m in marks where m.metrics.contains(metric) {
            // A mark after the figure counts as twice as far: "net FDI of $6.1bn" before, "$28bn in gross inflows" after.
            let distance = m.token < figure ? figure - m.token : 2 * (m.token - figure)
            if best.map({ distance < $0.distance }) ?? true { best = (distance, m.basis) }
        }
        return best?.basis
    }
}
