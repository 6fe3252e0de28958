import Claims

/// Decides who a figure is about (entity) and the other side (counterpart) from the names around it.
/// Not copyable: the document pass makes one a sentence, lends it, and takes its mentions back at the end
/// (a copy would cost a reference count on each of its arrays and objects).
struct EntityResolver: ~Copyable {
    let tokens: Tokens
    let sentence: Range<Int>
    let cues: SentenceCues
    let context: DocumentContext
    let bytes: UnsafeBufferPointer<UInt8>

    /// One named entity in the sentence, anaphors already replaced by what they point back to.
    struct Mention {
        var name: EntityName
        var start: Int
        var end: Int
        var centralAsian: Bool
        var transport: Bool
        var world: Bool
        var adjective: Bool
        /// True for a place a figure is compared with: "faster than in most developing countries".
        var comparator = false
        /// True for a region or grouping ("developing Asia", "the EAEU").
        var region = false
        /// True for a place inside an apposition that describes the name before it: "Kazakhstan, the largest
        /// Central Asian economy, …".
        var appositive = false
    }

    /// A resolved entity and counterpart.
    struct Resolution {
        var entity: EntityName?
        var counterpart: EntityName?
    }

    private static func h(_ s: String) -> UInt64 { WordHash.of(s) }
    private static let into = h("into"), inWord = h("in"), forWord = h("for"), the = h("the"), from = h("from")
    private static let and = h("and"), with = h("with"), mutual = h("mutual")
    private static let bilateral = h("bilateral"), of = h("of"), intra = h("intra"), a = h("a")

    /// Every entity named in the sentence, in order, anaphors replaced; found once, when the resolver is made.
    private(set) var mentions: [Mention] = []

    /// Ends the resolver, handing over its mentions (and their storage).
    consuming func takeMentions() -> [Mention] { mentions }

    /// Finds the mentions of the sentence; `storage` is an array whose memory is reused (its contents are dropped).
    init(tokens: Tokens, sentence: Range<Int>, cues: SentenceCues, context: DocumentContext, bytes: UnsafeBufferPointer<UInt8>,
         readsFigures: Bool = true, reusing storage: consuming [Mention] = []) {
        self.tokens = tokens
        self.sentence = sentence
        self.cues = cues
        self.context = context
        self.bytes = bytes
        // Filled as a local and moved in: passing `&mentions` to a method of `self` made a copy of `self` (and so
        // of the array) for the call, and every append then allocated.
        var found = storage
        found.empty()
        findMentions(into: &found, readsFigures: readsFigures)
        mentions = found
    }

    /// `readsFigures`: whether the sentence has figures to resolve; without, the marks only figures read (compared
    /// with, in an apposition) are not worked out.
    private func findMentions(into result: inout [Mention], readsFigures: Bool) {
        for cue in cues.entities {
            let n = cue.value
            switch n.category {
            case .organisation: continue
            case .country(let ca), .region(let ca):
                if n.adjective, isSpeakerTitle(after: cue.end) { continue }
                if isSource(after: cue.end) { continue }
                if n.capital, isUpperCase(cue.start) || isPlaceOfEvent(cue.start) { continue }
                var m = Mention(name: n.canonical, start: cue.start, end: cue.end, centralAsian: ca,
                                transport: false, world: false, adjective: n.adjective)
                m.comparator = readsFigures && isComparator(cue.start)
                if case .region = n.category { m.region = true }
                result.append(m)
            case .world:
                result.append(Mention(name: n.canonical, start: cue.start, end: cue.end, centralAsian: false,
                                      transport: false, world: true, adjective: n.adjective))
            case .transport:
                result.append(Mention(name: n.canonical, start: cue.start, end: cue.end, centralAsian: false,
                                      transport: true, world: false, adjective: false))
            }
        }
        for cue in cues.anaphors {
            switch cue.value {
            case .route:
                if let r = context.lastTransport ?? context.transportSubject {
                    result.append(Mention(name: r, start: cue.start, end: cue.end, centralAsian: false, transport: true,
                                          world: false, adjective: false))
                }
            case .country:
                if let s = context.subject, cue.end - cue.start > 1 {
                    result.append(Mention(name: s, start: cue.start, end: cue.end, centralAsian: true, transport: false,
                                          world: false, adjective: false))
                }
            case .region:
                if context.subject == .centralAsia || context.previousEntities.contains(.centralAsia) {
                    result.append(Mention(name: .centralAsia, start: cue.start, end: cue.end, centralAsian: true,
                                          transport: false, world: false, adjective: false))
                }
            }
        }
        // Names come in text order; only anaphors, appended after them, can break it.
        if !cues.anaphors.isEmpty { result.sort { $0.start < $1.start } }
        // An apposition needs a name before it (most sentences name one place: nothing to test).
        if readsFigures, result.count >= 2 {
            for i in result.indices.dropFirst() where isInApposition(result[i], after: result[..<i]) { result[i].appositive = true }
            // "developing economies of Europe and Central Asia": a grouping narrowed by the name after it describes it.
            for i in result.indices.dropLast() where isNarrowed(result[i], by: result[i + 1]) { result[i].appositive = true }
        }
    }

    /// "than China", "than in most developing countries", "than that of Russia": the name follows "than" (with
    /// at most three words between).
    private func isComparator(_ k: Int) -> Bool {
        var i = k - 1
        while i >= sentence.lowerBound, i >= k - 4, tokens[i].isWord {
            if tokens[i].isWord(Word.than) { return true }
            i -= 1
        }
        return false
    }

    /// "Kazakhstan, the largest Central Asian economy, will …": the mention stands between a comma that follows an
    /// earlier name and the next comma, in a phrase opened by an article or a possessive name.
    private func isInApposition(_ m: Mention, after earlier: ArraySlice<Mention>) -> Bool {
        var k = m.start - 1
        while k > sentence.lowerBound, k >= m.start - 8, !tokens[k].isSymbol(",") { k -= 1 }
        guard k > sentence.lowerBound, tokens[k].isSymbol(","), earlier.contains(where: { $0.end == k }),
              k + 1 < sentence.upperBound, tokens[k + 1].isWord(EntityResolver.the) || tokens[k + 1].isWord(EntityResolver.a)
        else { return false }
        var e = m.end
        while e < sentence.upperBound, e <= m.end + 8, !tokens[e].isSymbol(",") { e += 1 }
        return e < sentence.upperBound && tokens[e].isSymbol(",")
    }

    /// A region followed by "of"/"in" (and "the") and another name.
    private func isNarrowed(_ m: Mention, by next: Mention) -> Bool {
        guard m.region, m.end < sentence.upperBound,
              tokens[m.end].isWord(EntityResolver.of) || tokens[m.end].isWord(EntityResolver.inWord) else { return false }
        return next.start == m.end + 1 || (next.start == m.end + 2 && tokens[m.end + 1].isWord(EntityResolver.the))
    }

    /// "ASTANA": a dateline in capitals.
    private func isUpperCase(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.capitalized && k + 1 <= sentence.upperBound && (t.end - t.start) > 1
            && bytes[(t.start + 1)..<t.end].allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// "held in Astana", "met in Moscow": a capital as the place something happened, not a party to a figure.
    private func isPlaceOfEvent(_ k: Int) -> Bool {
        k > sentence.lowerBound && (tokens[k - 1].isWord(EntityResolver.inWord) || tokens[k - 1].isWord(Word.`at`))
    }

    /// "Central Asian media outlets reported", "Uzbek experts estimate": a demonym before a source noun names who
    /// reports, not who the figure is about.
    private func isSource(after k: Int) -> Bool {
        k < sentence.upperBound && tokens[k].isWord && EntityWords.sourceNouns.contains(tokens[k].hash)
    }

    /// "Kazakh Foreign Ministry", "Russian Prime Minister": a demonym before a capitalised title names who speaks.
    private func isSpeakerTitle(after k: Int) -> Bool {
        guard k < sentence.upperBound, tokens[k].isWord, tokens[k].capitalized else { return false }
        return !Entities.table.mayStart(with: tokens[k].hash)
    }

    /// Entity and counterpart of a quantity with the given metric and kind; `own` is the place the figure stands
    /// with (`FigureNames`), when a rule paired them.
    func resolve(_ q: Quantity, metric: Metric, isShare: Bool, cue: Int?, own: Mention? = nil) -> Resolution {
        let all = mentions
        if let own { return paired(own, metric: metric, isShare: isShare, q: q) }
        let lead = q.leadingToken
        let clauseStart = cues.clauseStart(of: lead, sentenceStart: sentence.lowerBound)
        let clauseEnd = cues.clauseEnd(of: q.end, sentenceEnd: sentence.upperBound)
        // Filtered copies are made only when the filter drops something.
        let places = all.contains { $0.transport || $0.world } ? all.filter { !$0.transport && !$0.world } : all
        let inClause = { (m: Mention) in m.start >= clauseStart && m.end <= clauseEnd }
        switch metric {
        case .freightVolume:
            return freight(all, lead: lead)
        case .tradeTurnover:
            if isShare { return share(places, q: q) }
            let local = places.allSatisfy(inClause) ? places : places.filter(inClause)
            return trade(distinct(local).count >= 2 ? local : places, lead: lead)
        case .investment, .fdi:
            if isShare { return share(places, q: q) }
            let local = places.allSatisfy(inClause) ? places : places.filter(inClause)
            return investment(local.isEmpty ? places : local)
        case .gdp, .gdpGrowth:
            if isShare { return share(places, q: q) }
            var r = economy(places, cue: cue, lead: lead)
            if q.unit == .times, let w = all.first(where: { $0.world && $0.start >= q.end && $0.start <= q.end + 8 }),
               (q.end..<w.start).allSatisfy({ !tokens[$0].isNumber }) {
                r.counterpart = w.name
            }
            return r
        case .other:
            return Resolution(entity: places.first?.name ?? context.subject, counterpart: nil)
        }
    }

    /// A figure that stands with its own name: for an economy or a route that name alone; for trade and
    /// investment the other side is a place named apart from the list (the partner "with China"), else the
    /// document's subject. A share is the named part of that other side's whole; any other figure puts the
    /// Central Asian side first (the annotation's home side).
    private func paired(_ own: Mention, metric: Metric, isShare: Bool, q: Quantity) -> Resolution {
        switch metric {
        case .tradeTurnover, .investment, .fdi:
            // Trade: the partner named "with" apart from the list, else the subject. Investment: the subject
            // (the recipient of a breakdown by investor), else a place named apart from the list.
            let apart = mentions.filter { !$0.transport && !$0.world && $0.name != own.name && !isListItem($0) }
            let subject = context.subject != own.name ? context.subject : nil
            let other = metric == .tradeTurnover
                ? apart.first(where: { word($0.start - 1, EntityResolver.with) })?.name ?? subject ?? apart.first?.name
                : subject ?? apart.first?.name
            // The document's subject standing with its own investment figure received it: "Azerbaijan attracted
            // $4.5 billion, while investments from Türkiye amounted to $1.2 billion" (the investor named in another
            // part is not this figure's).
            if metric != .tradeTurnover, !isShare, own.name == context.subject {
                return Resolution(entity: own.name, counterpart: investorInClause(of: q, besides: own)?.name)
            }
            guard let other else { return Resolution(entity: own.name, counterpart: nil) }
            if isShare { return Resolution(entity: own.name, counterpart: other) }
            // Investment by a named investor goes to the subject (the recipient is the entity), unless the name is
            // where the money went ("invested $2 billion in Uzbekistan", "Uzbekistan received").
            if metric != .tradeTurnover, other == context.subject {
                let ownReceives = word(own.start - 1, EntityResolver.inWord) || word(own.start - 1, EntityResolver.into)
                    || isRecipientVerbNear(own)
                return ownReceives ? Resolution(entity: own.name, counterpart: other) : Resolution(entity: other, counterpart: own.name)
            }
            if other.isCentralAsian, !own.name.isCentralAsian { return Resolution(entity: other, counterpart: own.name) }
            return Resolution(entity: own.name, counterpart: other)
        case .gdp, .gdpGrowth, .freightVolume, .other:
            return Resolution(entity: own.name, counterpart: nil)
        }
    }

    /// "China's", "China’s": the name written as owner.
    private func isPossessive(_ m: Mention) -> Bool { tokens.isPossessive(nameEnd: m.end, limit: sentence.upperBound) }

    /// The investor named in the figure's own clause: a demonym before an investor noun ("Chinese companies"), a
    /// place before an investing verb ("the EU has invested"), or a place after "from (the)".
    private func investorInClause(of q: Quantity, besides own: Mention) -> Mention? {
        let start = cues.clauseStart(of: q.leadingToken, sentenceStart: sentence.lowerBound)
        let end = cues.clauseEnd(of: q.end, sentenceEnd: sentence.upperBound)
        return mentions.first { m in
            guard m.name != own.name, !m.transport, !m.world, m.start >= start, m.end <= end else { return false }
            if m.adjective, m.end < sentence.upperBound, tokens[m.end].isWord,
               EntityWords.investorNouns.contains(tokens[m.end].hash) { return true }
            // "the EU has invested …": the subject of an investing verb.
            if !m.adjective, (m.end..<min(m.end + 4, end)).contains(where: {
                tokens[$0].isWord && EntityWords.investorVerbs.contains(tokens[$0].hash)
            }) { return true }
            return isAfterFrom(m)
        }
    }

    /// "from Russia", "from the Russian Federation": where the money comes from.
    private func isAfterFrom(_ m: Mention) -> Bool {
        word(m.start - 1, EntityResolver.from) || (word(m.start - 1, EntityResolver.the) && word(m.start - 2, EntityResolver.from))
    }

    /// A name followed by a bracket: an item of a list of names with their figures ("China (20.5%)").
    private func isListItem(_ m: Mention) -> Bool {
        m.end < sentence.upperBound && tokens[m.end].isSymbol("(")
    }

    private func word(_ k: Int, _ h: UInt64) -> Bool {
        k >= sentence.lowerBound && k < sentence.upperBound && tokens[k].isWord(h)
    }

    private func hasWord(_ h: UInt64) -> Bool { tokens[sentence].contains { $0.isWord(h) } }

    private func distinct(_ ms: [Mention]) -> [Mention] {
        // Most sentences name each place once: then the list is already distinct.
        var repeated = false
        for i in ms.indices.dropFirst() where ms[..<i].contains(where: { $0.name == ms[i].name }) {
            repeated = true
            break
        }
        guard repeated else { return ms }
        var out: [Mention] = []
        for m in ms where !out.contains(where: { $0.name == m.name }) { out.append(m) }
        return out
    }

    /// For places named without repeats, at least two: the home side (the first Central Asian one, else the
    /// first) as entity and the first other place as counterpart; nil for fewer than two.
    private static func homeAndOther(_ names: [Mention]) -> Resolution? {
        guard names.count >= 2, let home = names.first(where: \.centralAsian) ?? names.first,
              let other = names.first(where: { $0.name != home.name }) else { return nil }
        return Resolution(entity: home.name, counterpart: other.name)
    }

    private func remembered(_ family: MetricFamily) -> Resolution {
        if let (e, c) = context.lastEntity[family] { return Resolution(entity: e, counterpart: c) }
        return Resolution(entity: context.subject, counterpart: nil)
    }

    private func freight(_ all: [Mention], lead: Int) -> Resolution {
        // Searched in place: the route named last before the figure, else the first one named.
        if let before = all.last(where: { $0.transport && $0.end <= lead }) ?? all.first(where: \.transport) {
            return Resolution(entity: before.name, counterpart: nil)
        }
        let places = distinct(all.filter { !$0.world })  // no route among them: the search above found none
        if hasWord(Word.between) || hasWord(EntityResolver.and), let pair = EntityResolver.homeAndOther(places) {
            return pair
        }
        if let r = context.lastEntity[.freight] { return Resolution(entity: r.0, counterpart: r.1) }
        if let t = context.lastTransport ?? context.transportSubject { return Resolution(entity: t, counterpart: nil) }
        return Resolution(entity: places.first?.name ?? context.subject, counterpart: nil)
    }

    private func trade(_ places: [Mention], lead: Int) -> Resolution {
        let names = distinct(places)
        let mutual = hasWord(EntityResolver.mutual) || hasWord(EntityResolver.intra)
        if names.count >= 2 {
            // "with B" names the partner: the one named last before the figure ("trade with Russia fell 9% and
            // with China rose 24%"), else the first. The home side is a place not named "with", else the subject.
            // Searched in place (no filtered lists: this runs for every trade figure naming two places).
            var partnerIndex: Int?
            var hasOthers = false
            for i in names.indices {
                if isPartner(names[i]) {
                    if partnerIndex == nil || names[i].end <= lead { partnerIndex = i }
                } else {
                    hasOthers = true
                }
            }
            if let p = partnerIndex {
                let partner = names[p]
                if !hasOthers, let s = context.subject, s != partner.name {
                    return Resolution(entity: s, counterpart: partner.name)
                }
                // The home side: a place not named "with" (a Central Asian one first), else any other place.
                var home: Mention?
                for m in names where (hasOthers ? !isPartner(m) : m.name != partner.name) {
                    if home == nil || (m.centralAsian && !home!.centralAsian) { home = m }
                }
                guard let home else { return Resolution(entity: partner.name, counterpart: nil) }
                // The Central Asian side is the entity even when it is the one "with": "Russia's trade with Kazakhstan".
                if partner.centralAsian, !home.centralAsian { return Resolution(entity: partner.name, counterpart: home.name) }
                return Resolution(entity: home.name, counterpart: partner.name)
            }
            return EntityResolver.homeAndOther(names)!  // two distinct names always make a pair
        }
        if let only = names.first {
            if mutual, !only.adjective, isRegion(only.name) { return Resolution(entity: only.name, counterpart: only.name) }
            // "raise trade with Uzbekistan to $2 billion" in a text about Kyrgyzstan: the one named "with" is the partner.
            if isPartner(only), let s = context.subject, s != only.name { return Resolution(entity: s, counterpart: only.name) }
            if only.centralAsian { return Resolution(entity: only.name, counterpart: nil) }
            // "China's trade volume reached $6 trillion": a single place written as the owner trades on its own.
            if isPossessive(only) { return Resolution(entity: only.name, counterpart: nil) }
            if let s = context.subject, s != only.name { return Resolution(entity: s, counterpart: only.name) }
            return Resolution(entity: only.name, counterpart: nil)
        }
        if hasWord(EntityResolver.bilateral) || mutual, let pair = context.lastPair {
            return Resolution(entity: pair.0, counterpart: pair.1)
        }
        return remembered(.trade)
    }

    /// "with B", "with member states of the EAEU": the partner of a trade figure.
    private func isPartner(_ m: Mention) -> Bool { word(m.start - 1, EntityResolver.with) || isWithMembers(m) }

    private func isRegion(_ name: EntityName) -> Bool { name == .centralAsia || name == .eu || name == .eaeu }

    /// "with member states of the EAEU", "with countries of the EU".
    private func isWithMembers(_ m: Mention) -> Bool {
        var k = m.start - 1
        var steps = 0
        while k >= sentence.lowerBound, steps < 5, tokens[k].isWord {
            if tokens[k].isWord(EntityResolver.with) { return true }
            k -= 1
            steps += 1
        }
        return false
    }

    /// The part and the whole of a share. The whole: a place after "of" ("of Kazakhstan's trade"), else one written as
    /// owner ("China remained Mongolia's largest partner, accounting for 70%"), else the first place after the figure
    /// in its own comma part. The part: the place nearest before the figure in its comma part ("…, followed by Russia
    /// with a share of 11%"), else the first other place before it.
    private func share(_ places: [Mention], q: Quantity) -> Resolution {
        let afterFigure = places.first { m in
            m.start >= q.end && !(q.end..<m.start).contains { tokens[$0].isListBreak }
        }
        let whole = places.first(where: { word($0.start - 1, EntityResolver.of) })
            ?? places.first(where: { $0.end <= q.leadingToken && isPossessive($0) && places.contains { p in p.end <= q.leadingToken && !isPossessive(p) } })
            ?? afterFigure
        let inOwnPart = places.last { m in
            m.end <= q.leadingToken && m.name != whole?.name
                && !(m.end..<q.leadingToken).contains { tokens[$0].isListBreak }
        }
        let part = inOwnPart ?? places.first(where: { $0.end <= q.leadingToken && $0.name != whole?.name })
        // "FDI from CIS countries … (22.6% of the total)": a part with no whole named is a part of the subject's.
        let subjectWhole = part != nil && context.subject != part?.name ? context.subject : nil
        return Resolution(entity: part?.name ?? context.subject, counterpart: whole?.name ?? subjectWhole)
    }

    private func investment(_ places: [Mention]) -> Resolution {
        var investor: Mention?
        var recipient: Mention?
        for m in places {
            let after = m.end < sentence.upperBound ? tokens[m.end] : nil
            let nextIsInvestorNoun = after.map { $0.isWord && EntityWords.investorNouns.contains($0.hash) } ?? false
            if m.adjective && nextIsInvestorNoun && investor == nil { investor = m; continue }
            if !m.adjective, (m.end..<min(m.end + 4, sentence.upperBound)).contains(where: {
                tokens[$0].isWord && EntityWords.investorVerbs.contains(tokens[$0].hash)
            }), investor == nil, recipient?.name != m.name, !isRecipientVerbNear(m) {
                investor = m
                continue
            }
            if isAfterFrom(m), investor == nil { investor = m; continue }
            let prep = word(m.start - 1, EntityResolver.into) || word(m.start - 1, EntityResolver.inWord)
                || word(m.start - 1, EntityResolver.forWord)
                || (word(m.start - 1, EntityResolver.the) && (word(m.start - 2, EntityResolver.inWord)
                    || word(m.start - 2, EntityResolver.into)))
            if (prep || isRecipientVerbNear(m)), recipient == nil { recipient = m }
        }
        if let r = recipient, let i = investor, r.name != i.name { return Resolution(entity: r.name, counterpart: i.name) }
        if let r = recipient {
            let other = distinct(places).first(where: { $0.name != r.name && !$0.adjective })
            if let o = other, !o.centralAsian || !r.centralAsian { return Resolution(entity: r.name, counterpart: o.name) }
            let earlier = context.previousEntities.first(where: { $0 != r.name && !isCentralAsian($0) })
            return Resolution(entity: r.name, counterpart: earlier)
        }
        if let i = investor {
            if let other = distinct(places).first(where: { $0.name != i.name }) {
                return Resolution(entity: other.name, counterpart: i.name)
            }
            if let (e, c) = context.lastEntity[.investment], c == i.name { return Resolution(entity: e, counterpart: c) }
            // "Investments from Russia amounted to $118 million" in a text about Kyrgyzstan: the subject received them.
            if let s = context.subject, s != i.name { return Resolution(entity: s, counterpart: i.name) }
            return Resolution(entity: i.name, counterpart: nil)
        }
        let names = distinct(places)
        if let pair = EntityResolver.homeAndOther(names) { return pair }
        if let only = names.first { return Resolution(entity: only.name, counterpart: nil) }
        return remembered(.investment)
    }

    private func isRecipientVerbNear(_ m: Mention) -> Bool {
        var k = m.end
        var steps = 0
        while k < sentence.upperBound, steps < 3 {
            if tokens[k].isWord, EntityWords.recipientVerbs.contains(tokens[k].hash) { return true }
            k += 1
            steps += 1
        }
        return false
    }

    private func isCentralAsian(_ name: EntityName) -> Bool { name.isCentralAsian }

    /// The place named nearest the cue (else the figure); `places` holds no route and no "world".
    private func economy(_ places: [Mention], cue: Int?, lead: Int) -> Resolution {
        let anchor = cue ?? lead
        // A place compared with is not the one the figure is about, unless no other is named.
        let places = places.contains(where: { $0.comparator || $0.appositive })
            && !places.allSatisfy({ $0.comparator || $0.appositive })
            ? places.filter { !$0.comparator && !$0.appositive } : places
        guard let nearest = places.min(by: { abs($0.start - anchor) < abs($1.start - anchor) }) else {
            return remembered(.economy)
        }
        return Resolution(entity: nearest.name, counterpart: nil)
    }
}
