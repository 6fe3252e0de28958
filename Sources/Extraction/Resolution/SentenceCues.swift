import Claims

/// A cue phrase found in a sentence: its tokens and what it says.
struct Cue<Value> {
    var start: Int
    var end: Int
    var value: Value
}

/// Every cue of one sentence, found in one pass over its tokens: metrics, entities, kinds, clause starts.
/// A class so the resolvers share one copy and the document pass reuses its storage sentence after sentence.
final class SentenceCues {
    var metrics: [Cue<Metrics.Cue>] = []
    var entities: [Cue<Entities.Name>] = []
    var anaphors: [Cue<Entities.Anaphor>] = []
    var changes: [Cue<Int>] = []
    var targets: [Cue<Void>] = []
    /// Forecast cues; `true` for strong ones ("expected"), `false` for bare "will", "could".
    var forecasts: [Cue<Bool>] = []
    var completed: [Cue<Void>] = []
    var purposes: [Cue<Void>] = []
    var shares: [Cue<Void>] = []
    /// Token indices where a new clause starts.
    var clauseStarts: [Int] = []
    /// Clause starts that also end the reach of an excluding cue (not dashes: "contribution to GDP growth - 5.0 percent").
    var vetoStarts: [Int] = []
    /// Starts of sections set off by a dash, a colon or a semicolon: where a breakdown ("including …") stops.
    var sectionStarts: [Int] = []
    var hasTradeDirection = false
    /// True when a metric cue names FDI (the document pass keeps the paragraphs that do).
    var namesFDI = false

    /// The rule tables, fetched once per instance: on Linux every read of a `static let` is a call.
    private let tables = CueTables.shared

    /// No cues yet; `scan` fills them.
    init() {}

    /// Forgets the previous sentence's cues (keeping the storage) and reads this sentence's. `cueWords` and
    /// `clauseMarks` are the sentence's entries of the line's lists (`TokenBuffer`) of the only tokens that can
    /// start a cue or a clause; without `full`, only metrics, entities and anaphors are looked for.
    func scan(tokens: Tokens, sentence: Range<Int>, cueWords: TokenIndices, clauseMarks: TokenIndices,
              full: Bool = true) {
        metrics.empty()
        entities.empty()
        anaphors.empty()
        changes.empty()
        targets.empty()
        forecasts.empty()
        completed.empty()
        purposes.empty()
        shares.empty()
        clauseStarts.empty()
        vetoStarts.empty()
        sectionStarts.empty()
        hasTradeDirection = false
        namesFDI = false
        var nextMetric = sentence.lowerBound, nextEntity = sentence.lowerBound, nextKind = sentence.lowerBound
        let tables = self.tables
        let end = sentence.upperBound
        // Clause and section starts matter only to the resolvers, which read only sentences with figures.
        for k in clauseMarks where full {
            let t = tokens[k]
            if t.hash == 0x3B || t.hash == 0x3A || t.hash == 0x2014 || (t.isDash && t.spaceBefore) {
                clauseStarts.append(k + 1)
                sectionStarts.append(k + 1)
                if t.hash == 0x3B { vetoStarts.append(k + 1) }
            } else if t.hash == 0x2C, k + 1 < end, tokens[k + 1].isWord,
                      tables.clauseOpeners.contains(tokens[k + 1].hash) {
                clauseStarts.append(k + 1)
                vetoStarts.append(k + 1)
            }
        }
        for k in cueWords {
            let t = tokens[k]
            // The mark may be shared with a word that starts nothing: the index confirms.
            guard let start = tables.starts.get(t.hash) else { continue }
            // "The World Bank projects growth of 3.4%": after a name, "projects" is the verb of a forecast.
            if full, t.hash == tables.projects || t.hash == tables.project, k > sentence.lowerBound, tokens[k - 1].isWord,
               tokens[k - 1].capitalized, k - 1 > sentence.lowerBound {
                forecasts.append(Cue(start: k, end: k + 1, value: true))
                nextMetric = k + 1
                nextKind = k + 1
                continue
            }
            // The tables that can match with the word after this one ("of" before "the": none).
            let bits = start.tables(followedBy: PhraseStart.secondWord(tokens, after: k, end: end).hash)
            if bits == 0 { continue }
            let mask = CueTable(rawValue: bits)
            if k >= nextMetric, mask.contains(.metrics), let (e, cue) = tables.metrics.match(tokens, at: k, end: end) {
                metrics.append(Cue(start: k, end: e, value: cue))
                if case .excluded(let slug, _) = cue, slug == "exports" || slug == "imports" { hasTradeDirection = true }
                if case .metric(.fdi) = cue { namesFDI = true }
                nextMetric = e
            }
            if k >= nextEntity, !mask.isDisjoint(with: tables.entityFamilies) {
                if mask.contains(.entities), let (e, name) = tables.entities.match(tokens, at: k, end: end) {
                    entities.append(Cue(start: k, end: e, value: name))
                    nextEntity = e
                } else if mask.contains(.anaphors), k > sentence.lowerBound, tokens[k - 1].kind == .word,
                          tables.anaphorDeterminers.contains(tokens[k - 1].hash),
                          let (e, a) = tables.anaphors.match(tokens, at: k, end: end) {
                    anaphors.append(Cue(start: k - 1, end: e, value: a))
                    nextEntity = e
                }
            }
            if full, k >= nextKind, !mask.isDisjoint(with: tables.kindFamilies) {
                if mask.contains(.change), let (e, sign) = tables.change.match(tokens, at: k, end: end) {
                    changes.append(Cue(start: k, end: e, value: sign))
                } else if mask.contains(.target), let (e, _) = tables.target.match(tokens, at: k, end: end) {
                    targets.append(Cue(start: k, end: e, value: ()))
                    nextKind = e
                } else if mask.contains(.forecast), let (e, _) = tables.forecast.match(tokens, at: k, end: end) {
                    forecasts.append(Cue(start: k, end: e, value: !tables.weakForecasts.contains(t.hash)))
                    nextKind = e
                } else if mask.contains(.purpose), let (e, _) = tables.purpose.match(tokens, at: k, end: end) {
                    purposes.append(Cue(start: k, end: e, value: ()))
                } else if mask.contains(.completed), let (e, _) = tables.completed.match(tokens, at: k, end: end) {
                    completed.append(Cue(start: k, end: e, value: ()))
                } else if mask.contains(.share), let (e, _) = tables.share.match(tokens, at: k, end: end) {
                    shares.append(Cue(start: k, end: e, value: ()))
                    nextKind = e
                }
            }
        }
    }

    /// The one graded metric the sentence's cues name, nil when they name none or several.
    var onlyGradedMetric: Metric? {
        var found: Metric?
        for cue in metrics {
            guard case .metric(let m) = cue.value, m.isGraded else { continue }
            if let f = found, f != m { return nil }
            found = m
        }
        return found
    }

    /// The start of the clause that holds token `k`.
    func clauseStart(of k: Int, sentenceStart: Int) -> Int { SentenceCues.lastStart(clauseStarts, k, sentenceStart) }

    /// Where the section (set off by dashes, colons, semicolons) holding token `k` begins.
    func sectionStart(of k: Int, sentenceStart: Int) -> Int { SentenceCues.lastStart(sectionStarts, k, sentenceStart) }

    /// Where the reach of an excluding cue before token `k` begins.
    func vetoScopeStart(of k: Int, sentenceStart: Int) -> Int { SentenceCues.lastStart(vetoStarts, k, sentenceStart) }

    /// The last of the sorted `starts` at or before `k`, else the sentence start.
    private static func lastStart(_ starts: [Int], _ k: Int, _ sentenceStart: Int) -> Int {
        var s = sentenceStart
        for c in starts where c <= k { s = c }
        return s
    }

    /// The end of the clause that holds token `k` (the start of the next one, or the sentence end).
    func clauseEnd(of k: Int, sentenceEnd: Int) -> Int {
        for c in clauseStarts where c > k { return c }
        return sentenceEnd
    }
}
