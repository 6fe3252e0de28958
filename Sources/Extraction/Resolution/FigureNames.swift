/// The place a figure stands with, when the sentence pairs figures and names one to one. The rules are tried in
/// order; the first that applies decides (each has its examples in `Tests/ExtractionTests/Corpus/EntitiesCorpus.swift`).
/// A figure no rule pairs with a name keeps the metric-specific resolution of `EntityResolver`.
struct FigureNames {
    let tokens: Tokens
    let sentence: Range<Int>
    let quantities: [Quantity]
    /// The sentence's names in text order; only places count (`isPlace`), read in place rather than filtered
    /// into a new list each sentence.
    let mentions: [EntityResolver.Mention]

    /// Where "respectively" stands in the sentence, looked for once a sentence.
    private let respectivelyAt: Int?

    init(tokens: Tokens, sentence: Range<Int>, quantities: [Quantity], mentions: [EntityResolver.Mention]) {
        self.tokens = tokens
        self.sentence = sentence
        self.quantities = quantities
        self.mentions = mentions
        placeCount = mentions.reduce(0) { $0 + (FigureNames.isPlace($1) ? 1 : 0) }
        let word = FigureNames.respectivelyWord
        respectivelyAt = quantities.count < 2 || placeCount < 2 ? nil : sentence.first { tokens[$0].isWord(word) }
    }

    /// How many places the sentence names: every rule needs one (most sentences with figures name none).
    private let placeCount: Int

    /// A place a figure can stand with: no route, not the world, not compared with, not in an apposition.
    private static func isPlace(_ m: EntityResolver.Mention) -> Bool {
        !m.transport && !m.world && !m.comparator && !m.appositive
    }

    /// How a figure came to stand with its name.
    enum Rule: String {
        /// "China (20.5%), Russia (17.8%)", "Kazakhstan (+$2.8 billion)", "Uzbekistan ($13.7 billion, 14.5 percent)":
        /// a figure in brackets right after a name is that name's.
        case bracketAfterName = "in brackets after the name"
        /// "Uzbekistan and Tajikistan are projected to grow 5.6% and 7.1%, respectively": names and figures pair
        /// by position.
        case respectively = "paired by position ('respectively')"
        /// "growth of 6.2% in Kazakhstan, 5.8% in Uzbekistan": a figure followed by "in"/"for" and a name is that
        /// name's.
        case inNameAfter = "'in'/'for' and the name after the figure"
        /// "Uzbekistan ranked third with $13.8 billion, Turkmenistan fourth with $10.7 billion": in a list of
        /// comma-separated parts that each name one place and give figures, each figure is its part's place's.
        case enumeration = "its own part of a list of names with figures"
    }

    /// The name figure `index` stands with, and the rule that paired them; nil when no rule applies.
    func name(of index: Int) -> (mention: EntityResolver.Mention, rule: Rule)? {
        guard placeCount > 0 else { return nil }
        // "1.6 percent (from 7.5 percent in 2019) in Tajikistan": a figure in an aside after another figure is that
        // figure's name's.
        if let owner = figureBeforeAside(index), let named = name(of: owner) { return named }
        if let m = bracketAfterName(index) { return (m, .bracketAfterName) }
        if let m = respectively(index) { return (m, .respectively) }
        if let m = inNameAfter(index) { return (m, .inNameAfter) }
        if let m = enumeration(index) { return (m, .enumeration) }
        return nil
    }

    private static let respectivelyWord = WordHash.of("respectively")
    private static let inWord = WordHash.of("in"), forWord = WordHash.of("for"), the = WordHash.of("the")

    // MARK: rules

    private func bracketAfterName(_ index: Int) -> EntityResolver.Mention? {
        let q = quantities[index]
        // Back from the figure to the opening bracket, over signs, commas and earlier figures of the same brackets.
        var k = q.leadingToken - 1
        while k >= sentence.lowerBound {
            let t = tokens[k]
            if t.isSymbol("(") { break }
            if t.isSymbol("+") || t.isSymbol(",") || t.isDash || isInsideFigure(k, before: index) {
                k -= 1
                continue
            }
            return nil
        }
        guard k >= sentence.lowerBound else { return nil }
        return mentions.last { $0.end == k && FigureNames.isPlace($0) }
    }

    /// True when token `k` belongs to a figure before figure `index` (its number, unit or hedge words).
    private func isInsideFigure(_ k: Int, before index: Int) -> Bool {
        quantities[..<index].contains { k >= $0.leadingToken && k < $0.end }
    }

    private func respectively(_ index: Int) -> EntityResolver.Mention? {
        let q = quantities[index]
        guard let word = respectivelyAt, word >= q.end else { return nil }
        // The figures of the list: the same unit, between the names and "respectively", none of them a conversion.
        let group = quantities.indices.filter {
            quantities[$0].unit == q.unit && !quantities[$0].isConversion && quantities[$0].end <= word
                && quantities[$0].range != .high
        }
        guard group.count >= 2, let position = group.firstIndex(of: index),
              let firstFigure = group.first.map({ quantities[$0].leadingToken }) else { return nil }
        // The names before the figures ("A and B grew 5% and 7%, respectively"), else between the figures and
        // "respectively" ("growth of 5% and 7% in A and B, respectively").
        let lastFigure = quantities[group[group.count - 1]].end
        let before = distinctNames(mentions.filter { FigureNames.isPlace($0) && $0.end <= firstFigure })
        if before.count >= group.count { return before[before.count - group.count + position] }
        let after = distinctNames(mentions.filter { FigureNames.isPlace($0) && $0.start >= lastFigure && $0.end <= word })
        return after.count == group.count ? after[position] : nil
    }

    private func enumeration(_ index: Int) -> EntityResolver.Mention? {
        // A list needs two places and two figures at least.
        guard quantities.count >= 2, placeCount >= 2 else { return nil }
        let q = quantities[index]
        guard let mine = part(holding: q.leadingToken), let name = onlyPlace(in: mine) else { return nil }
        // At least one other part of the sentence names one other place and gives a figure of its own.
        var k = sentence.lowerBound
        while k < sentence.upperBound {
            guard let other = part(holding: k) else { break }
            if other != mine, let n = onlyPlace(in: other), n.name != name.name,
               quantities.contains(where: { other.contains($0.leadingToken) }) {
                return name
            }
            k = other.upperBound + 1
        }
        return nil
    }

    /// The stretch between commas or semicolons that holds token `k`.
    private func part(holding k: Int) -> Range<Int>? {
        guard k >= sentence.lowerBound, k < sentence.upperBound else { return nil }
        var start = k, end = k
        while start > sentence.lowerBound, !tokens[start - 1].isListBreak { start -= 1 }
        while end < sentence.upperBound, !tokens[end].isListBreak { end += 1 }
        return start..<end
    }


    /// The one place a part names (demonyms aside), nil when it names none or several.
    private func onlyPlace(in part: Range<Int>) -> EntityResolver.Mention? {
        var found: EntityResolver.Mention?
        for m in mentions where FigureNames.isPlace(m) && m.start >= part.lowerBound && m.end <= part.upperBound {
            if m.adjective { return nil }
            if let f = found, f.name != m.name { return nil }
            found = m
        }
        return found
    }

    /// The names in order, each kept at its first mention.
    private func distinctNames(_ ms: [EntityResolver.Mention]) -> [EntityResolver.Mention] {
        var out: [EntityResolver.Mention] = []
        for m in ms where !out.contains(where: { $0.name == m.name }) { out.append(m) }
        return out
    }

    /// The figure whose bracketed aside holds figure `index` ("1.6% (from 7.5% in 2019)"), if any.
    private func figureBeforeAside(_ index: Int) -> Int? {
        let q = quantities[index]
        var k = q.leadingToken - 1
        while k > sentence.lowerBound, tokens[k].isWord, k >= q.leadingToken - 3 { k -= 1 }
        guard k > sentence.lowerBound, tokens[k].isSymbol("(") else { return nil }
        return quantities[..<index].lastIndex { $0.end == k && !$0.isConversion }
    }

    /// The token after a bracketed aside that opens at `k` ("( … )"), else `k`.
    private func skippingAside(_ k: Int) -> Int {
        guard k < sentence.upperBound, tokens[k].isSymbol("(") else { return k }
        var e = k + 1
        while e < sentence.upperBound, e <= k + 12, !tokens[e].isSymbol(")") { e += 1 }
        return e < sentence.upperBound && tokens[e].isSymbol(")") ? e + 1 : k
    }

    private func inNameAfter(_ index: Int) -> EntityResolver.Mention? {
        let q = quantities[index]
        var k = skippingAside(q.end)
        var skipped = 0
        while k < sentence.upperBound, skipped < 2, tokens[k].isWord, EntityWords.measureNouns.contains(tokens[k].hash) {
            k += 1
            skipped += 1
        }
        guard k < sentence.upperBound, tokens[k].isWord(FigureNames.inWord) || tokens[k].isWord(FigureNames.forWord)
        else { return nil }
        k += 1
        if k < sentence.upperBound, tokens[k].isWord(FigureNames.the) { k += 1 }
        return mentions.first { $0.start == k && !$0.adjective && FigureNames.isPlace($0) }
    }
}
