/// Single words the metric resolver tests for, beside the cue table of `Metrics`.
enum MetricWords {
    /// Words of an economy growing or shrinking: with one of them, a percentage said of a place is GDP growth.
    static let economyVerbs: WordSet = [
        "growth", "grow", "grows", "grew", "grown", "growing", "expand", "expands", "expanding", "expanded",
        "expansion", "contract", "contracts", "contracting", "contracted", "contraction", "shrink", "shrinks",
        "shrank", "shrunk", "slow", "slows", "slowed", "slowing", "slowdown", "recover", "recovers", "recovery",
        "rebound", "rebounds", "recession",
    ]
    /// Verbs of attracting: investment in a sentence with one counts as FDI in a paragraph that names FDI.
    static let attract: WordSet = ["attract", "attracted", "attracting", "attracts"]
    /// Prepositions that make a place a partner or a destination, not the one growing.
    static let partnerPrepositions: WordSet = ["with", "to", "from", "into", "between"]
}
