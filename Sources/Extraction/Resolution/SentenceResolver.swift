import Claims

/// Builds the claims of one sentence: metric, kind, sign, bound, period, base period, entity and counterpart.
struct SentenceResolver {
    let tokens: Tokens
    let sentence: Range<Int>
    let quantities: [Quantity]
    let mentions: [PeriodMention]
    let cues: SentenceCues
    let context: DocumentContext
    /// The document's UTF-8.
    let bytes: UnsafeBufferPointer<UInt8>

    private static func h(_ s: String) -> UInt64 { WordHash.of(s) }
    private static let to = h("to"), from = h("from"), by = h("by"), and = h("and"), of = h("of")
    private static let when = h("when"), it = h("it"), was = h("was"), reaching = h("reaching"), reached = h("reached")
    private static let average = h("average"), rate = h("rate")

    /// Appends the claims of the sentence, in text order, to `drafts` (the document's list, so no list is made
    /// per sentence); `entityResolver` knows who the sentence names (lent by the document pass, which keeps its
    /// mentions for the next sentence).
    func resolve(names entityResolver: borrowing EntityResolver, into drafts: inout [Draft]) {
        let metricResolver = MetricResolver(tokens: tokens, sentence: sentence, cues: cues, bytes: bytes)
        // "the same period" is the one this sentence names first, else the one the text was speaking of.
        let context0 = PeriodResolver(published: context.published, sameAs: context.lastFactPeriod ?? context.previousPeriod)
        let own = mentions.first {
            if case .samePeriod = $0.expression { return false }
            return $0.role == .stated
        }.flatMap { context0.stated($0) }
        var periods = PeriodResolver(published: context.published, sameAs: own ?? context0.sameAs)
        periods.anchorYear = mentions.lazy.compactMap { m -> Int? in
            if m.role == .stated, case .absolute(let p) = m.expression { return p.endYear }
            return nil
        }.first ?? context.previousPeriod?.endYear
        let first = drafts.count
        let figureNames = FigureNames(tokens: tokens, sentence: sentence, quantities: quantities,
                                      mentions: entityResolver.mentions)
        // Whether the sentence says "attract": read only for an investment figure, the only one it can sharpen.
        var attracted: Bool?
        var toldInPast: Bool?
        // Read for basis marks only once a figure of a metric that can have one needs it.
        var bases: BasisRule?
        let sentenceBytes = tokens[sentence.lowerBound].start..<tokens[sentence.upperBound - 1].end
        for index in quantities.indices {
            let q = quantities[index]
            var decision = metricResolver.resolve(q, previous: context.previousMetric)
            if case .other(let slug) = decision.metric, slug == "multiple" || slug == "percent",
               let u = seriesUnit(near: index), u.isFreight {  // "three times the 840,000 tons"
                decision.metric = .freightVolume
            }
            var metric = decision.metric
            let own = figureNames.name(of: index)
            let share = (metricResolver.isShare(q) && metric != .gdpGrowth)
                || (isBreakdownMetric(metric) && isBracketedShare(index, own: own?.rule))
            var kind = baseKind(index, metric: metric, share: share)
            // The figure before, read in place (a copy of a draft costs its size and a retain of its notes).
            let previousDraft = drafts.count > first ? drafts.count - 1 : nil
            let restated = kind == .level && previousDraft.map { restatesChange(index, previous: drafts[$0]) } ?? false
            if restated { kind = .change }
            var value = q.value
            if restated, let p = previousDraft, drafts[p].value < 0, value > 0 { value = -value }
            if kind == .change || (metric == .gdpGrowth && q.unit == .percent) {
                // A written minus sign already says it; "slowed to 6.7%", "down from 8.1%" name a rate, not a fall.
                if changeSign(q) < 0, value > 0, !isRateReachedOrLeft(q) { value = -value }
            }
            if share, metric == .gdpGrowth { metric = .gdp }
            let modality = forwardModality(q, metric: metric)
            // A class: the reasons are filled through this reference, and the draft keeps the same object.
            let reasons = context.explain ? DraftReasons() : nil
            var draft = Draft(quantity: q, metric: metric, kind: kind, value: value, reasons: reasons)
            draft.textRange = tokens[q.first].start..<tokens[q.end - 1].end
            draft.sentenceRange = sentenceBytes
            if BasisWords.metrics.contains(metric) {
                if bases == nil { bases = BasisRule(tokens: tokens, sentence: sentence) }
                draft.setBasis(bases?.basis(at: q.numberIndex, metric: metric))
            }
            reasons?.kind = baseKindSource(kind, q, metric: metric)
            if let c = decision.cue { reasons?.metricCue = tokens[c].start..<tokens[(decision.cueEnd ?? c + 1) - 1].end }
            if let h = q.hedgeStart, h < q.first { reasons?.hedge = tokens[h].start..<tokens[q.first - 1].end }
            draft.inheritedMetric = decision.cue == nil && metric.isGraded
            if q.unit == .percent || q.unit == .times { draft.seriesUnit = seriesUnit(near: index) }
            if metric == .investment {
                if attracted == nil {
                    let attract = MetricWords.attract
                    attracted = tokens[sentence].contains { $0.isWord && attract.contains($0.hash) }
                }
                draft.attracted = attracted ?? false
            }
            resolvePeriods(&draft, index: index, periods: periods, toldInPast: &toldInPast)
            if isFromValue(q), let p = previousDraft, drafts[p].kind == .forecast, isRevision(before: q) {
                // "raised its 2023 forecast to 4.6% from 3.5%": the earlier forecast of the same period.
                kind = .forecast
                draft.period = drafts[p].period
                draft.periodInSentence = drafts[p].periodInSentence
                draft.notes.removeAll()
                reasons?.kind = .revision
                reasons?.period = .revisedForecast
            } else if let cue = reportedForecast(q) {
                kind = .forecast
                reasons?.kind = .forwardCue(tokens[cue.lowerBound].start..<tokens[cue.upperBound - 1].end)
            } else if let m = modality, m.kind == .forecast, isPastPerfect(m.cue), !isFromValue(q) {
                // "officials had forecast turnover of $16 billion for 2024": a forecast told after the fact.
                kind = .forecast
                reasons?.kind = .forwardCue(tokens[m.cue.lowerBound - 1].start..<tokens[m.cue.upperBound - 1].end)
            } else if let m = modality, !isStatedPast(draft), !isFromValue(q) {
                kind = m.kind
                reasons?.kind = .forwardCue(tokens[m.cue.lowerBound].start..<tokens[m.cue.upperBound - 1].end)
            } else if modality == nil, metric == .investment, isProjectValue(q), !isStatedPast(draft) {
                kind = .target
                reasons?.kind = .projectValue
            } else if modality == nil, isPurpose(q) || isNamedGoal(q), isFuture(draft) {
                kind = .target
                reasons?.kind = .purpose
            }
            draft.kind = kind
            if kind.isForwardLooking { adjustForwardPeriods(&draft, index: index) }
            let r = entityResolver.resolve(q, metric: metric, isShare: share, cue: decision.cue, own: own?.mention)
            draft.entity = r.entity
            draft.counterpart = r.counterpart
            if let own { reasons?.entity = .standsWith(own.rule, tokens[own.mention.start].start..<tokens[own.mention.end - 1].end) }
            // Stated: a place the sentence names (searched in place, no copy), or one a pairing rule tied to the figure.
            let inSentence = r.entity.map { e in entityResolver.mentions.contains { $0.name == e } } ?? false
            draft.entityStated = own != nil || inSentence
            draft.namesInvestor = metric == .investment && r.counterpart != nil && r.counterpart != r.entity
            if draft.counterpart == .world || (kind == .multiple && draft.counterpart != nil && metric == .gdpGrowth) {
                draft.basePeriod = nil
            }
            if metric == .gdpGrowth, kind != .multiple { draft.basePeriod = nil }
            drafts.append(consume draft)
        }
        carryBounds(&drafts, from: first)
        // By index: a search with a closure copies each draft it hands over.
        if own != nil, (first..<drafts.count).contains(where: { drafts[$0].metric.isGraded && !drafts[$0].kind.isForwardLooking }) {
            context.passagePeriod = own
        }
        if let f = (first..<drafts.count).last(where: { drafts[$0].kind == .forecast && drafts[$0].period != nil }) {
            context.lastForecastPeriod = drafts[f].period
        }
    }

    // MARK: kind and sign

    /// "China (20.5%), Russia (17.8%)", "$22.7 billion (24 percent)", "($13.7 billion, 14.5 percent)": an unsigned
    /// percentage in brackets right after a name or an amount, in a breakdown of trade or investment, with no
    /// change word beside it, is a share of the whole.
    private func isBracketedShare(_ index: Int, own: FigureNames.Rule?) -> Bool {
        let q = quantities[index]
        guard q.unit == .percent, !hasChangeCue(q) else { return false }
        let before = q.leadingToken - 1
        guard before > sentence.lowerBound, !(tokens[before].isSymbol("+") || tokens[before].isDash) else { return false }
        if own == .bracketAfterName { return true }
        guard index > 0, quantities[index - 1].unit != .percent, quantities[index - 1].end == before else { return false }
        if tokens[before].isSymbol("(") { return true }
        let opening = quantities[index - 1].leadingToken - 1
        return tokens[before].isSymbol(",") && opening >= sentence.lowerBound && tokens[opening].isSymbol("(")
    }

    private func isBreakdownMetric(_ m: Metric) -> Bool { m == .tradeTurnover || m == .investment || m == .fdi }

    /// An absolute change of an amount: "Kazakhstan (+$2.8 billion)", "grew by $2 billion", "an increase of
    /// $5.4 billion", "by 12 percent, or by $3.2 billion", "a $4.7 billion or 19% rise".
    private func isAbsoluteChange(_ index: Int) -> Bool {
        let q = quantities[index]
        let before = q.leadingToken - 1
        guard before >= sentence.lowerBound else { return false }
        if isSigned(q) { return true }
        // "an increase of $5.4 billion", "a decrease in trade volumes of $260 million": up to three words name what
        // changed between the change noun and "of".
        if tokens[before].isWord(SentenceResolver.by) || tokens[before].isWord(SentenceResolver.of),
           let c = cues.changes.last(where: { $0.end <= before && $0.end >= before - 4 }),
           (c.end..<before).allSatisfy({ tokens[$0].isWord }) {
            return true
        }
        // Joined by "or" to a percentage change before it ("12.6 percent or $91.7 million") …
        var k = before
        if tokens[k].isWord(SentenceResolver.by) { k -= 1 }
        if k >= sentence.lowerBound, k > sentence.lowerBound, tokens[k].isSymbol(",") { k -= 1 }
        if k >= sentence.lowerBound, tokens[k].isWord(Word.or), index > 0, quantities[index - 1].unit == .percent,
           quantities[index - 1].end >= k - 1, hasChangeCue(quantities[index - 1]) {
            return true
        }
        // "5 million tons higher than in 2022", "127 thousand tons more than": a comparative after the amount.
        if q.end + 1 < sentence.upperBound, tokens[q.end + 1].isWord(Word.than),
           cues.changes.contains(where: { $0.start == q.end && $0.end == q.end + 1 }) {
            return true
        }
        // … or after it ("a $4.7 billion or 19% rise").
        if index + 1 < quantities.count, q.end + 1 < sentence.upperBound, tokens[q.end].isWord(Word.or),
           quantities[index + 1].leadingToken == q.end + 1, quantities[index + 1].unit == .percent,
           hasChangeCue(quantities[index + 1]) {
            return true
        }
        return false
    }

    /// What decided a base kind, for `--explain`.
    private func baseKindSource(_ kind: Kind, _ q: Quantity, metric: Metric) -> KindSource {
        switch kind {
        case .multiple: return .multiple
        case .share: return .share
        case .change:
            guard q.unit == .percent, let c = cues.changes.first(where: { isNear($0, q) }) else { return .absoluteChange }
            return .changeWord(tokens[c.start].start..<tokens[c.end - 1].end)
        default: return metric == .gdpGrowth && q.unit == .percent ? .rate : .level
        }
    }

    private func baseKind(_ index: Int, metric: Metric, share: Bool) -> Kind {
        let q = quantities[index]
        if q.unit == .times { return .multiple }
        if q.unit == .percent {
            if share { return .share }
            if metric == .gdpGrowth { return .level }
            return hasChangeCue(q) || isSigned(q) || isChangeSubject(index) ? .change : .level
        }
        return isAbsoluteChange(index) || isChangeSubject(index) ? .change : .level
    }

    /// "(+ 18%)", "+18%": a figure written with a plus sign.
    private func isSigned(_ q: Quantity) -> Bool {
        q.leadingToken - 1 >= sentence.lowerBound && tokens[q.leadingToken - 1].isSymbol("+")
    }

    /// "The increase compared with 2022 equaled $113 million", "the decline was 3%": a change noun with its article
    /// opens the figure's clause or follows a sign ("<…> The increase"), and no other figure stands between it and
    /// this one.
    private func isChangeSubject(_ index: Int) -> Bool {
        let q = quantities[index]
        let clause = cues.clauseStart(of: q.leadingToken, sentenceStart: sentence.lowerBound)
        guard let noun = cues.changes.last(where: { $0.start > clause && $0.end < q.leadingToken }),
              tokens[noun.start - 1].isWord && ModalityWords.changeArticles.contains(tokens[noun.start - 1].hash),
              noun.start - 1 == clause || tokens[noun.start - 2].kind == .symbol else { return false }
        return !quantities[..<index].contains { $0.leadingToken > noun.start }
    }

    /// "$113 million, or 4.4%", "12 percent, or by $3 billion": a figure that restates the change before it in
    /// another unit is that change too; so is the next figure of a respectively-list of changes.
    private func restatesChange(_ index: Int, previous p: borrowing Draft) -> Bool {
        // A figure that overlaps the one before ("2030 USD 1,234.5": one currency word read with both) restates nothing.
        guard index > 0, p.kind == .change, p.quantity.end == quantities[index - 1].end,
              quantities[index - 1].end <= quantities[index].leadingToken else { return false }
        let gap = quantities[index - 1].end..<quantities[index].leadingToken
        if gap.contains(where: { tokens[$0].isWord(Word.or) }) {
            return gap.allSatisfy { tokens[$0].isWord(Word.or) || tokens[$0].isWord(SentenceResolver.by) || tokens[$0].isSymbol(",") }
        }
        // "a decrease of $260 million and $65 million, respectively": the list's figures share the kind.
        return quantities[index - 1].unit == quantities[index].unit && gap.count == 1 && tokens[gap.lowerBound].isWord(SentenceResolver.and)
            && tokens[sentence].contains { $0.isWord(SentenceResolver.respectively) }
    }

    private static let respectively = h("respectively")

    /// "growth slowed to 6.7%", "down from 8.1% in 2014": a rate reached or left, which a word of decline does
    /// not make negative.
    private func isRateReachedOrLeft(_ q: Quantity) -> Bool {
        let before = q.leadingToken - 1
        return before >= sentence.lowerBound
            && (tokens[before].isWord(SentenceResolver.to) || tokens[before].isWord(SentenceResolver.from))
    }

    /// True for a change word within a few tokens of the number: "increased by 80%", "a 65% increase", "18% more than".
    private func isNear(_ c: Cue<Int>, _ q: Quantity) -> Bool {
        (c.end <= q.leadingToken && c.end >= q.leadingToken - 4) || (c.start >= q.end && c.start <= q.end + 2)
    }

    private func hasChangeCue(_ q: Quantity) -> Bool { cues.changes.contains { isNear($0, q) } }

    /// −1 when the nearest change word says the figure went down.
    private func changeSign(_ q: Quantity) -> Int {
        var best: Cue<Int>?
        for c in cues.changes where isNear(c, q) {
            if best.map({ distance(c, q) < distance($0, q) }) ?? true { best = c }
        }
        return best?.value ?? 1
    }

    private func distance<V>(_ c: Cue<V>, _ q: Quantity) -> Int {
        c.start >= q.end ? c.start - q.end : q.leadingToken - c.end
    }

    /// Target or forecast when a cue for one stands before the quantity in the sentence; the nearest strong cue wins.
    private func forwardModality(_ q: Quantity, metric: Metric) -> (kind: Kind, cue: Range<Int>)? {
        guard !cues.targets.isEmpty || !cues.forecasts.isEmpty else { return nil }
        let lead = q.leadingToken
        let target = cues.targets.last(where: { $0.end <= lead })
        let strong = cues.forecasts.last(where: { $0.end <= lead && $0.value })
        switch (target, strong) {
        case (let t?, let f?): return t.start > f.start ? (.target, t.start..<t.end) : (.forecast, f.start..<f.end)
        case (let t?, nil): return (.target, t.start..<t.end)
        case (nil, let f?): return (.forecast, f.start..<f.end)
        case (nil, nil):
            let clause = cues.clauseStart(of: lead, sentenceStart: sentence.lowerBound)
            if let f = cues.forecasts.first(where: { $0.end <= lead && $0.start >= clause }) { return (.forecast, f.start..<f.end) }
            return nil
        }
    }

    /// "beating the 4.2 million tons officials had forecast", "above the 4.8% the bank had projected", "below the
    /// expected $30 billion": a figure named with "the" as what someone forecast is a forecast, even of a period
    /// already past ("as expected" and "than expected" describe an outturn instead). The cue's tokens, if so.
    private func reportedForecast(_ q: Quantity) -> Range<Int>? {
        guard !cues.forecasts.isEmpty else { return nil }
        let lead = q.leadingToken
        guard lead - 1 >= sentence.lowerBound else { return nil }
        // "the expected $30 billion", "the forecast of 4.2 million tons".
        if let c = cues.forecasts.last(where: { $0.value && ($0.end == lead || ($0.end == lead - 1 && tokens[lead - 1].isWord(SentenceResolver.of))) }),
           c.start - 1 >= sentence.lowerBound, tokens[c.start - 1].isWord && ModalityWords.forecastDeterminers.contains(tokens[c.start - 1].hash) {
            return c.start..<c.end
        }
        // "the 4.2 million tons officials had forecast".
        guard tokens[lead - 1].isWord && ModalityWords.forecastDeterminers.contains(tokens[lead - 1].hash) else { return nil }
        let limit = min(cues.clauseEnd(of: q.end, sentenceEnd: sentence.upperBound), q.end + 5,
                        quantities.first(where: { $0.leadingToken >= q.end })?.leadingToken ?? sentence.upperBound)
        guard let c = cues.forecasts.first(where: { $0.value && $0.start >= q.end && $0.start < limit }),
              !(q.end..<c.start).contains(where: { tokens[$0].isWord(SentenceResolver.asWord) || tokens[$0].isWord(Word.than) })
        else { return nil }
        return c.start..<c.end
    }

    private static let asWord = h("as"), had = h("had")

    /// "raised its forecast … to 4.6% from 3.5%", "revised the outlook": a verb of revision before the figure with a
    /// forecast cue between them.
    private func isRevision(before q: Quantity) -> Bool {
        let verbs = ModalityWords.revisionVerbs
        guard let v = (sentence.lowerBound..<q.leadingToken).last(where: { tokens[$0].isWord && verbs.contains(tokens[$0].hash) })
        else { return false }
        return cues.forecasts.contains { $0.start > v && $0.end <= q.leadingToken }
    }

    /// "had forecast", "had expected": a forecast cue in the past perfect.
    private func isPastPerfect(_ cue: Range<Int>) -> Bool {
        cue.lowerBound - 1 >= sentence.lowerBound && tokens[cue.lowerBound - 1].isWord(SentenceResolver.had)
    }

    /// "to increase … to 10 million tons": an infinitive of purpose before the number.
    private func isPurpose(_ q: Quantity) -> Bool {
        cues.purposes.contains { $0.end <= q.leadingToken }
    }

    /// "the same 10 million ton mark as their shared goal for 2030": a goal named right after the figure.
    private func isNamedGoal(_ q: Quantity) -> Bool {
        let limit = cues.clauseEnd(of: q.end, sentenceEnd: sentence.upperBound)
        return cues.targets.contains { $0.start >= q.end && $0.start < min(limit, q.end + 7)
            && ModalityWords.goalNouns.contains(tokens[$0.start].hash) }
    }

    /// True when the claim's period ends after the publication year.
    private func isFuture(_ d: Draft) -> Bool {
        guard let p = d.period, let pub = context.published else { return false }
        return p.endYear > pub.year
    }

    /// The value of projects not yet done: "27 new joint projects worth $8 billion" (unless "were launched").
    private func isProjectValue(_ q: Quantity) -> Bool {
        let near = (max(sentence.lowerBound, q.leadingToken - 3)..<min(sentence.upperBound, q.end + 4))
        let projects = near.contains { tokens[$0].isWord(Word.projects) || tokens[$0].isWord(Word.project) }
        guard projects else { return false }
        return !cues.completed.contains { $0.start >= q.end }
    }

    /// True when the figure's own stated period ended before the publication year: a fact, whatever the verbs.
    private func isStatedPast(_ d: Draft) -> Bool {
        guard d.periodFromText, let p = d.period, let pub = context.published else { return false }
        return p.endYear < pub.year
    }

    /// "from 18,000 TEU in 2022 to 130,000 TEU by 2040": the starting value is a level.
    private func isFromValue(_ q: Quantity) -> Bool {
        let k = q.leadingToken - 1
        return k >= sentence.lowerBound && tokens[k].isWord(SentenceResolver.from)
    }

    // MARK: periods

    /// The quantity after `index` that belongs with it: "by 80% to $11 billion", a conversion in brackets, a range end.
    private func linkedNext(_ index: Int) -> Int? {
        guard index + 1 < quantities.count else { return nil }
        let q = quantities[index], n = quantities[index + 1]
        if n.isConversion || q.range == .low { return index + 1 }
        if q.unit == .percent || q.unit == .times, n.unit != .percent, n.unit != .times, q.end <= n.leadingToken {
            let gap = (q.end..<n.leadingToken)
            if gap.count <= 8, gap.contains(where: { tokens[$0].isWord(SentenceResolver.to) }),
               !gap.contains(where: { tokens[$0].kind == .symbol && tokens[$0].hash != 0x2C && !isInWordHyphen($0) }) {
                return index + 1
            }
            if gap.count <= 2, gap.contains(where: { tokens[$0].isWord(SentenceResolver.reaching) }) { return index + 1 }
        }
        return nil
    }

    /// A hyphen inside a compound word: "year-on-year".
    private func isInWordHyphen(_ k: Int) -> Bool {
        tokens[k].isDash && !tokens[k].spaceBefore && k + 1 < sentence.upperBound && !tokens[k + 1].spaceBefore
            && tokens[k + 1].isWord && k > sentence.lowerBound && tokens[k - 1].isWord
    }

    private func linkedPrevious(_ index: Int) -> Int? {
        index > 0 && linkedNext(index - 1) == index ? index - 1 : nil
    }

    /// The end of the stretch after a quantity where its own time words stand: up to the next quantity
    /// that is not linked to it, and not past the clause.
    private func followingLimit(_ index: Int) -> Int {
        var i = index
        while let n = linkedNext(i) { i = n }
        let q = quantities[i]
        let clauseEnd = cues.clauseEnd(of: q.end, sentenceEnd: sentence.upperBound)
        // Counts ("in 14 regions") do not end the stretch: with or without --all the claims stay the same.
        var rest = quantities[(i + 1)...].drop { $0.unit == .count }
        // Rule: a figure in brackets right after this one is an aside ("a turnover of $2.19 billion (7.5%) during
        // the first half of the year"): the time words after it still belong to this one.
        if let aside = rest.first, aside.leadingToken == q.end + 1, tokens[q.end].isSymbol("(") {
            rest = rest.dropFirst().drop { $0.unit == .count }
        }
        return min(clauseEnd, rest.first?.leadingToken ?? sentence.upperBound)
    }

    /// `toldInPast` caches `isToldInPast()` for the sentence (read for at most one figure in most sentences).
    private func resolvePeriods(_ d: inout Draft, index: Int, periods: PeriodResolver, toldInPast: inout Bool?) {
        let q = quantities[index]
        let limit = followingLimit(index)
        let ownStart = linkedPrevious(index).map { quantities[$0].end } ?? q.end
        // The time words of the figure's own stretch, dates aside (searched in place, not copied out).
        let isAfter = { (m: PeriodMention) in m.start >= ownStart && m.start < limit && m.role != .date }
        var stated = mentions.first { isAfter($0) && ($0.role == .stated || $0.role == .deadline || $0.role == .openEnded) }
        if stated == nil {
            // A base mention stood first; the next time word of the stretch, whatever its role but base, still counts.
            stated = mentions.first {
                $0.start >= q.end && $0.start < limit && $0.role != .date && $0.role != .base
            }
        }
        let fromValue = isFromValue(q)
        if stated == nil, !fromValue {
            stated = mentions.last { $0.end <= q.leadingToken && ($0.role == .stated || $0.role == .deadline || $0.role == .openEnded) }
        }
        // "attracted $23 billion in FDI and recorded a turnover of $140 billion in 2023", "6.2% in Kazakhstan, 5.5% in
        // Uzbekistan in 2025", "to 6% from 7% for 2025": a period closing the sentence covers the coordinated figures
        // before it (for a from–to pair, the value reached).
        if stated == nil, !fromValue, let last = mentions.last, last.role == .stated, last.start > q.end,
           last.end >= sentence.upperBound - 1, !cues.clauseStarts.contains(where: { $0 > q.end && $0 <= last.start }),
           index + 1 < quantities.count, q.end <= quantities[index + 1].leadingToken,
           (q.end..<quantities[index + 1].leadingToken).contains(where: {
               tokens[$0].isWord(SentenceResolver.and) || (tokens[$0].isSymbol(",") && quantities[index + 1].unit == q.unit)
                   || tokens[$0].isWord(SentenceResolver.from)
           }) {
            stated = last
        }
        // "compared to last year when it was 311,000 tons": the value of the base period.
        var whenBase: PeriodMention?
        if isWhenItWas(q) { whenBase = mentions.last { $0.end <= q.leadingToken && $0.role == .base } }

        let isRelative = d.kind == .change || d.kind == .multiple
        if let m = stated {
            d.periodFromText = true
            d.periodStated = true
            d.periodInSentence = true
            d.reasons?.period = .stated(tokens[m.start].start..<tokens[m.end - 1].end)
            switch m.expression {
            case .pastYears(let n) where isRelative && d.metric != .gdpGrowth && !isComparisonWithEntity(q):
                if let pub = context.published {
                    d.period = .year(pub.year)
                    d.basePeriod = .year(pub.year - n)
                }
            case .pastYears where linkedPrevious(index) != nil:
                d.period = context.published.map { .year($0.year) }
            case .open:
                d.period = nil
            default:
                d.period = periods.stated(m)
            }
            if d.period == nil, m.role != .openEnded, context.published == nil {
                d.notes.append("the period is relative and the document has no publication date (use --published)")
            }
        } else if fromValue {
            d.period = nil
            d.reasons?.period = .fromValue
            d.notes.append("the starting value of a from–to pair has no period of its own")
        } else if let p = inheritedPeriod(for: d.metric) {
            d.period = p
            d.periodFromText = true
            d.reasons?.period = .sentenceBefore
        } else if let p = context.passagePeriod, isToldInPast(cachedIn: &toldInPast) {
            d.period = p
            d.periodFromText = true
            d.reasons?.period = .passage
        } else if let pub = context.published {
            d.period = .year(pub.year)
            d.reasons?.period = .publication
        } else {
            d.notes.append("no period in the text and no publication date (use --published)")
        }
        if let wb = whenBase, let base = periods.base(wb, for: d.period) {
            d.periodStated = true
            d.periodInSentence = true
            d.reasons?.period = .stated(tokens[wb.start].start..<tokens[wb.end - 1].end)
            // The value belongs to the base period of the change it completes.
            if let p = d.period, !p.isCalendarYear, base.isCalendarYear { d.period = p.shifted(byYears: base.endYear - p.endYear) }
            else { d.period = base }
        }
        if let b = bracketedBase(q), let p = periods.base(b, for: d.period) {
            d.period = p
            d.periodStated = true
            d.periodInSentence = true
            d.reasons?.period = .stated(tokens[b.start].start..<tokens[b.end - 1].end)
            d.periodFromText = true
        }
        if let (from, to) = spanOfFromTo(index) {
            d.period = fromToRole(index) == 0 ? from : to
            d.reasons?.period = .spanOfYears
            d.periodInSentence = true
            d.periodFromText = true
        }
        guard isRelative else { return }
        // The base: a base mention after the quantity, else one before it in its clause.
        let clause = cues.clauseStart(of: q.leadingToken, sentenceStart: sentence.lowerBound)
        let previousEnd = index > 0 ? quantities[index - 1].end : sentence.lowerBound
        let baseMention = mentions.first { isAfter($0) && $0.role == .base }
            ?? mentions.last { $0.role == .base && $0.end <= q.leadingToken && $0.start >= max(clause, previousEnd) }
        if let b = baseMention {
            if case .currentLevels = b.expression { d.needsLatestBase = true } else { d.basePeriod = periods.base(b, for: d.period) }
        }
        if q.unit == .times, index + 1 < quantities.count, quantities[index + 1].leadingToken <= q.end + 2,
           q.end <= quantities[index + 1].leadingToken,
           !(q.end..<quantities[index + 1].leadingToken).contains(where: { tokens[$0].isWord(SentenceResolver.to) }),
           let y = statedYear(after: index + 1) {
            d.basePeriod = y  // "three times the 840,000 tons moved in 2021"
        }
        if let (p, b) = fromToYears(after: index) ?? spanOfPair(after: index) {
            d.period = p
            d.periodInSentence = true
            d.reasons?.period = .spanOfYears
            d.basePeriod = b
        }
        if d.basePeriod == nil, !d.needsLatestBase, !isComparisonWithEntity(q) {
            d.basePeriod = d.period?.shifted(byYears: -1)
        }
    }

    /// The period an undated figure takes from the sentence before: the same metric's, or any when the
    /// sentence before stated a time but no figure, or when this one points back ("It is a 5.7% increase").
    private func inheritedPeriod(for metric: Metric) -> Period? {
        if let p = context.previousPeriodByMetric[metric] { return p }
        if context.previousMetric == nil { return context.previousPeriod }
        let first = sentence.lowerBound
        let pointsBack = tokens[first].isWord && PeriodWords.backReferences.contains(tokens[first].hash)
        return pointsBack ? context.previousPeriod : nil
    }

    /// "compared to last year when it was 311,000 tons".
    private func isWhenItWas(_ q: Quantity) -> Bool {
        let k = q.leadingToken
        return k - 3 >= sentence.lowerBound && tokens[k - 3].isWord(SentenceResolver.when)
            && tokens[k - 2].isWord(SentenceResolver.it) && tokens[k - 1].isWord(SentenceResolver.was)
    }

    /// "more than twice as fast as the world": a comparison with another entity, which has no base period.
    private func isComparisonWithEntity(_ q: Quantity) -> Bool {
        guard q.unit == .times else { return false }
        let limit = cues.clauseEnd(of: q.end, sentenceEnd: sentence.upperBound)
        return cues.entities.contains { $0.start >= q.end && $0.start < limit && $0.value.category == .world }
    }

    /// "more than fivefold—from 840,000 tons in 2021 to 4.5 million tons in 2024": the years of the two levels.
    private func fromToYears(after index: Int) -> (Period, Period)? {
        var i = index + 1
        while i + 1 < quantities.count {
            let a = quantities[i], b = quantities[i + 1]
            if a.leadingToken - 1 >= sentence.lowerBound, tokens[a.leadingToken - 1].isWord(SentenceResolver.from),
               b.leadingToken - 1 > a.end, tokens[b.leadingToken - 1].isWord(SentenceResolver.to),
               let pa = yearRightAfter(a), let pb = yearRightAfter(b) {
                return (pb, pa)
            }
            i += 1
        }
        return nil
    }

    /// The first stated year after quantity `index`, before the next quantity or the clause end.
    private func statedYear(after index: Int) -> Period? {
        let q = quantities[index]
        let limit = followingLimit(index)
        let m = mentions.first { $0.start >= q.end && $0.start < limit && $0.role == .stated }
        if case .absolute(let p)? = m?.expression { return p }
        return nil
    }

    private func yearRightAfter(_ q: Quantity) -> Period? {
        let m = mentions.first { $0.start >= q.end && $0.start <= q.end + 1 && $0.role == .stated }
        if case .absolute(let p)? = m?.expression { return p }
        return nil
    }

    /// Targets and forecasts keep only deadlines and stated future periods; "current levels" asks for the latest level.
    private func adjustForwardPeriods(_ d: inout Draft, index: Int) {
        if (d.kind == .target || d.kind == .forecast), d.quantity.unit == .times || d.quantity.unit == .percent,
           d.metric != .gdpGrowth {
            if d.basePeriod == nil || d.basePeriod == d.period?.shifted(byYears: -1) {
                let explicitBase = mentions.contains { $0.role == .base && $0.start >= d.quantity.end
                    && $0.start < followingLimit(index) && $0.expression != .currentLevels }
                if !explicitBase { d.needsLatestBase = true; d.basePeriod = nil }
            }
        }
        let q = d.quantity
        let limit = followingLimit(index)
        let own = mentions.contains { $0.start >= q.end && $0.start < limit && $0.role != .date && $0.role != .base }
        let before = mentions.contains { $0.end <= q.leadingToken && ($0.role == .stated || $0.role == .deadline || $0.role == .openEnded) }
        // A period closing the sentence that resolvePeriods gave coordinated figures ("6.2% in Kazakhstan and 5.5% in
        // Uzbekistan next year") stays.
        if d.periodStated { return }
        if !own && !before {
            d.period = d.kind == .forecast ? context.lastForecastPeriod : nil
            d.periodInSentence = false
            d.reasons?.period = d.period == nil ? .none : .lastForecast
        }
    }

    /// Rule: a figure in brackets right after a base period is the level of that period — "2.8 times more than in
    /// 2018 (651 million euros)", "compared to 2023 ($89.4 billion)". Returns that base mention.
    private func bracketedBase(_ q: Quantity) -> PeriodMention? {
        let k = q.leadingToken - 1
        guard k > sentence.lowerBound, tokens[k].isSymbol("(") else { return nil }
        return mentions.first { $0.end == k && $0.role == .base }
    }

    /// Whether quantity `index` opens (0) or closes (1) a from–to pair of levels: "from $1.7 billion to $2.5 billion".
    private func fromToRole(_ index: Int) -> Int? {
        func word(before i: Int, _ h: UInt64) -> Bool {
            let k = quantities[i].leadingToken - 1
            return k >= sentence.lowerBound && tokens[k].isWord(h)
        }
        let isLevel = { (i: Int) in quantities[i].unit != .percent && quantities[i].unit != .times }
        if index + 1 < quantities.count, isLevel(index), isLevel(index + 1), word(before: index, SentenceResolver.from),
           word(before: index + 1, SentenceResolver.to) { return 0 }
        if index > 0, isLevel(index), isLevel(index - 1), word(before: index - 1, SentenceResolver.from),
           word(before: index, SentenceResolver.to) { return 1 }
        return nil
    }

    /// The span of years the sentence names ("between 2017 and 2022", "from 2015 to 2022", "(2018-2023)"), else the
    /// span of "over the past five years".
    private func sentenceSpan() -> (Period, Period)? {
        for m in mentions {
            if case .absolute(let p) = m.expression, p.startYear < p.endYear { return (.year(p.startYear), .year(p.endYear)) }
        }
        for m in mentions {
            if case .pastYears(let n) = m.expression, let pub = context.published { return (.year(pub.year - n), .year(pub.year)) }
        }
        return nil
    }

    /// Rule: in a sentence that names a span of years, the from-value of a from–to pair of levels is of the first
    /// year and the to-value of the last ("between 2017 and 2022, going up from $1.7bn to $2.5bn"), unless a year
    /// stands right after each value.
    private func spanOfFromTo(_ index: Int) -> (Period, Period)? {
        guard let role = fromToRole(index) else { return nil }
        let first = role == 0 ? index : index - 1
        if yearRightAfter(quantities[first]) != nil || yearRightAfter(quantities[first + 1]) != nil { return nil }
        return sentenceSpan()
    }

    /// Rule: a change or multiple followed by a from–to pair of levels in a sentence that names a span of years
    /// compares the span's last year with its first ("increased by 87% - from $44.5 billion to $83.3 billion -
    /// from 2015 to 2022"). Returns (period, base).
    private func spanOfPair(after index: Int) -> (Period, Period)? {
        guard index + 2 < quantities.count, fromToRole(index + 1) == 0, let (from, to) = spanOfFromTo(index + 1) else { return nil }
        return (to, from)
    }

    /// Rule: an undated figure told in the past tense continues the period the passage spoke of ("FDIs from CIS
    /// countries in 2015 amounted to …. Investments from Russia amounted to $118.2 million"); told in the present
    /// it takes the publication year (annotation rule 28). Read only for figures with no period of their own.
    private func isToldInPast(cachedIn cache: inout Bool?) -> Bool {
        if let known = cache { return known }
        let told = isToldInPast()
        cache = told
        return told
    }

    private func isToldInPast() -> Bool {
        let present = PeriodWords.presentWords, pastVerbs = PeriodWords.pastVerbs
        var past = false
        for k in sentence where tokens[k].isWord {
            let h = tokens[k].hash
            if present.contains(h) { return false }
            if pastVerbs.contains(h) { past = true }
        }
        return past
    }

    /// The unit of the nearest amount in the sentence that is neither a percentage nor a multiple.
    private func seriesUnit(near index: Int) -> QuantityUnit? {
        var best: (distance: Int, unit: QuantityUnit)?
        for i in quantities.indices {
            let other = quantities[i]
            guard other.unit != .percent && other.unit != .times && other.unit != .count else { continue }
            if best.map({ abs(i - index) < $0.distance }) ?? true { best = (abs(i - index), other.unit) }
        }
        return best?.unit
    }

    // MARK: bounds

    /// "at least 5.2 % … in 2023 and 5.4 % in 2024": a hedge carries over to the number coordinated with it.
    private func carryBounds(_ drafts: inout [Draft], from first: Int) {
        guard drafts.count - first > 1 else { return }
        for i in (first + 1)..<drafts.count {
            let q = drafts[i].quantity, p = drafts[i - 1].quantity
            guard q.bound == .exact, q.range == .none, p.range == .none, p.bound != .exact, p.unit == q.unit,
                  q.leadingToken - 1 > p.end, tokens[q.leadingToken - 1].isWord(SentenceResolver.and),
                  drafts[i].kind == drafts[i - 1].kind else { continue }
            drafts[i].quantity.bound = p.bound
        }
    }
}
