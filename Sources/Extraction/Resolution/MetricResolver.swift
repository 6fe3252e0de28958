import Claims

/// Decides what a quantity measures from the cues around it, the sentence before, and its unit.
struct MetricResolver {
    let tokens: Tokens
    let sentence: Range<Int>
    let cues: SentenceCues
    /// The document's UTF-8, for the slug of a count's noun.
    let bytes: UnsafeBufferPointer<UInt8>

    private static let inWord = WordHash.of("in"), of = WordHash.of("of"), forWord = WordHash.of("for")
    private static let into = WordHash.of("into"), economy = WordHash.of("economy"), economies = WordHash.of("economies")
    private static let asWord = WordHash.of("as"), fast = WordHash.of("fast"), faster = WordHash.of("faster")
    private static let the = WordHash.of("the"), percent = WordHash.of("percent"), and = WordHash.of("and")

    /// "twice as fast as", "three times faster than": a comparison of growth rates.
    private func comparesSpeed(_ q: Quantity) -> Bool {
        let k = q.end
        guard k < sentence.upperBound else { return false }
        if tokens[k].isWord(MetricResolver.faster) { return true }
        // "more than double the 3.2% average": a multiple of a rate.
        if tokens[k].isWord(MetricResolver.the), k + 1 < sentence.upperBound, tokens[k + 1].isNumber,
           k + 2 < sentence.upperBound, tokens[k + 2].isSymbol("%") || tokens[k + 2].isWord(MetricResolver.percent) {
            return true
        }
        return k + 1 < sentence.upperBound && tokens[k].isWord(MetricResolver.asWord) && tokens[k + 1].isWord(MetricResolver.fast)
    }

    /// A metric and the token of the cue that decided it (nil when the sentence before or the unit decided).
    struct Decision {
        var metric: Metric
        var cue: Int? = nil
        /// One past the cue's last token.
        var cueEnd: Int? = nil
    }

    /// The metric, or `other:SLUG` with the reason it is not one of the six.
    func resolve(_ q: Quantity, previous: Metric?) -> Decision {
        let d = decide(q, previous: previous)
        // "coal shipments reached 70 million tons": cargo of one commodity is no total freight volume.
        // Not a list of kinds that together make the total ("dry and oil cargo").
        if d.metric == .freightVolume, let c = d.cue, c > sentence.lowerBound, tokens[c - 1].isWord,
           Metrics.commodityTable.match(tokens, at: c - 1, end: c) != nil,
           !(c - 2 >= sentence.lowerBound && (tokens[c - 2].isWord(MetricResolver.and) || tokens[c - 2].isSymbol(","))) {
            return Decision(metric: .other("commodity"), cue: c - 1, cueEnd: d.cueEnd)
        }
        return d
    }

    private func decide(_ q: Quantity, previous: Metric?) -> Decision {
        if q.unit == .count {
            return Decision(metric: .other(q.countNounToken.map { QuantityScanner.slug(of: tokens[$0], in: bytes) } ?? "unknown"))
        }
        let lead = q.leadingToken
        let section = cues.sectionStart(of: lead, sentenceStart: sentence.lowerBound)
        if cues.metrics.contains(where: { $0.value == .breakdown && $0.end <= lead && $0.start >= section }) {
            return Decision(metric: .other("breakdown"))
        }
        let clause = cues.vetoScopeStart(of: lead, sentenceStart: sentence.lowerBound)
        for cue in cues.metrics where cue.start >= clause && cue.end <= lead {
            if case .excluded(let slug, true) = cue.value { return Decision(metric: .other(slug)) }
        }
        if let commodity = commodityAfter(q) { return Decision(metric: .other(commodity)) }
        // "the total throughput capacity is 5.8 million tons of cargo", "the potential of the corridor is 80,000 TEU":
        // a word that rules a figure out, the last cue before it and near it in its clause, wins over a metric word
        // after it.
        if let cue = cues.metrics.last(where: { $0.end <= lead && $0.start >= clause }), lead - cue.end <= 6,
           case .excluded(let slug, _) = cue.value {
            return Decision(metric: .other(slug), cue: cue)
        }
        // A cue right after the number: "$23 billion in foreign direct investment", "5.1% economic growth";
        // for a share, the whole it is a share of: "20% of the country's foreign trade".
        let window = isShare(q) ? 8 : 3
        if let cue = cues.metrics.first(where: { $0.start >= q.end && $0.start <= q.end + window && isUsable($0) }),
           let m = cue.value.metric, isCompatible(m, q.unit), noBreakBetween(q.end, cue.start) {
            return Decision(metric: refine(m, q), cue: cue)
        }
        // The nearest cue before it in the sentence.
        for cue in cues.metrics.reversed() where cue.end <= lead && isUsable(cue) {
            switch cue.value {
            case .neutral:
                continue
            case .nearMetric(let m):
                if lead - cue.end <= 3, isCompatible(m, q.unit) { return Decision(metric: refine(m, q), cue: cue) }
            case .metric(let m):
                if m == .freightVolume, isTransit(cue), cues.hasTradeDirection { return Decision(metric: .other("transit")) }
                if isCompatible(m, q.unit) { return Decision(metric: refine(m, q), cue: cue) }
            case .excluded(let slug, _):
                return Decision(metric: .other(slug), cue: cue)
            case .breakdown:
                continue  // one in this section already returned above; an earlier section's does not reach here
            }
        }
        // A cue later in the same clause: "In 2020, the volume of foreign trade amounted to …" is before; this is after.
        let clauseEnd = cues.clauseEnd(of: q.end, sentenceEnd: sentence.upperBound)
        if let cue = cues.metrics.first(where: { $0.start >= q.end && $0.start < clauseEnd && isUsable($0) }),
           case .metric(let m) = cue.value, isCompatible(m, q.unit) {
            return Decision(metric: refine(m, q), cue: cue)
        }
        if q.unit == .percent, isGrowthOfPlace(q) { return Decision(metric: .gdpGrowth) }
        if let p = previous, isCompatible(p, q.unit) { return Decision(metric: refine(p, q)) }
        if q.unit.isFreight { return Decision(metric: .freightVolume) }
        if q.unit.isCurrency { return Decision(metric: .other("money")) }
        return Decision(metric: .other(q.unit == .percent ? "percent" : "multiple"))
    }

    /// "Kazakhstan will see growth slow to 1.5 percent", "Uzbekistan is seen expanding by 7 percent": a percentage
    /// beside a word of economic growth or contraction, in a sentence that names no metric but names a country
    /// or region as the one growing (not "with", "to" or "from" it), is economic growth.
    private func isGrowthOfPlace(_ q: Quantity) -> Bool {
        guard cues.metrics.isEmpty else { return false }
        let clause = cues.clauseStart(of: q.leadingToken, sentenceStart: sentence.lowerBound)
        guard tokens[sentence].contains(where: { $0.isWord && MetricWords.economyVerbs.contains($0.hash) })
        else { return false }
        return cues.entities.contains { cue in
            switch cue.value.category {
            case .country, .region:
                let before = cue.start - 1
                let partner = before >= sentence.lowerBound && tokens[before].isWord
                    && MetricWords.partnerPrepositions.contains(tokens[before].hash)
                return !partner && (cue.start < q.leadingToken || cue.start >= clause)
            default:
                return false
            }
        }
    }


    /// "the Kazakh economy" after "in" or "into" says where money goes, not that the figure is GDP.
    private func isUsable(_ cue: Cue<Metrics.Cue>) -> Bool {
        guard cue.value == .metric(.gdp), tokens[cue.start].isWord(MetricResolver.economy)
            || tokens[cue.start].isWord(MetricResolver.economies) else { return true }
        var k = cue.start - 1
        var steps = 0
        while k >= sentence.lowerBound, steps < 5 {
            if tokens[k].isWord(MetricResolver.inWord) || tokens[k].isWord(MetricResolver.into) {
                // "growth in developing economies": the economy that grows, not where money goes.
                let before = k - 1
                return before >= sentence.lowerBound && tokens[before].isWord && MetricWords.economyVerbs.contains(tokens[before].hash)
            }
            if tokens[k].kind == .symbol, tokens[k].hash != 0x27, tokens[k].hash != 0x2019 { return true }
            k -= 1
            steps += 1
        }
        return true
    }

    /// A percentage of GDP is GDP growth; a level of "growth" in money is GDP; "twice as fast" compares growth.
    private func refine(_ m: Metric, _ q: Quantity) -> Metric {
        if m == .gdp, q.unit == .times, comparesSpeed(q) { return .gdpGrowth }
        if m == .gdp, q.unit == .percent, !isShare(q) { return .gdpGrowth }
        if m == .gdpGrowth, q.unit.isCurrency { return .gdp }
        return m
    }

    /// Whether a metric can be written in a unit: tonnes are freight, money is not.
    func isCompatible(_ m: Metric, _ unit: QuantityUnit) -> Bool {
        if unit == .percent || unit == .times { return true }
        switch m {
        case .freightVolume: return unit.isFreight
        case .gdp, .gdpGrowth, .fdi, .investment, .tradeTurnover: return unit.isCurrency
        case .other: return true
        }
    }

    private func isTransit(_ cue: Cue<Metrics.Cue>) -> Bool {
        cue.end - cue.start == 1 && tokens[cue.start].isWord(Word.transit)
    }

    private func noBreakBetween(_ a: Int, _ b: Int) -> Bool {
        for k in a..<b where tokens[k].kind == .symbol {
            let h = tokens[k].hash
            if h != 0x28 && h != 0x27 && h != 0x2019 { return false }
        }
        return true
    }

    /// "142,000 tons of grain", "2.5 million tons accounted for oil": a commodity, not total cargo.
    private func commodityAfter(_ q: Quantity) -> String? {
        var k = q.end
        if k < sentence.upperBound, tokens[k].isWord(Word.accounted) { k += 1 }
        guard k < sentence.upperBound, tokens[k].isWord(MetricResolver.of) || tokens[k].isWord(MetricResolver.forWord)
        else { return nil }
        var j = k + 1
        var commodity: String?
        while j < sentence.upperBound, j <= k + 4, tokens[j].isWord {
            if Metrics.cargoHeads.contains(tokens[j].hash) { return nil }
            if commodity == nil, Metrics.commodityTable.match(tokens, at: j, end: sentence.upperBound) != nil { commodity = "commodity" }
            j += 1
        }
        return commodity
    }

    /// "60% of", "accounts for 20%": a percentage that is part of a whole.
    func isShare(_ q: Quantity) -> Bool {
        guard q.unit == .percent else { return false }
        if q.end < sentence.upperBound, tokens[q.end].isWord(MetricResolver.of) { return true }
        return cues.shares.contains { $0.end <= q.leadingToken && $0.end >= q.leadingToken - 3 }
    }
}

extension MetricResolver.Decision {
    /// A metric decided by the cue phrase `c` (the memberwise initializer stays for the rest).
    init(metric: Metric, cue c: Cue<Metrics.Cue>) {
        self.init(metric: metric, cue: c.start, cueEnd: c.end)
    }
}
