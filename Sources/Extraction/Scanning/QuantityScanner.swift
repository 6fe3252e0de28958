import Claims

/// Finds the number expressions of one sentence: amounts of money, percentages, tonnages, multiples and counts.
struct QuantityScanner {
    /// The line's tokens and the sentence among them: set anew for each sentence by a pass that keeps one scanner
    /// (so the rule tables are not retained and released sentence after sentence).
    var tokens: Tokens
    var sentence: Range<Int>
    /// The sentence's figures (`TokenBuffer.figures`): the only tokens a quantity can start at.
    var figures = TokenIndices(start: nil, count: 0)
    let bytes: UnsafeBufferPointer<UInt8>
    /// Keep counts ("13,000 containers") with the noun they count; without `--all` they are dropped.
    var keepCounts = true
    private let rules = Rules.shared

    init(tokens: Tokens, sentence: Range<Int>, bytes: UnsafeBufferPointer<UInt8>, keepCounts: Bool = true) {
        self.tokens = tokens
        self.sentence = sentence
        self.bytes = bytes
        self.keepCounts = keepCounts
    }

    /// Replaces the contents of `found` with the quantities of the sentence, keeping its storage.
    func scan(into found: inout [Quantity]) {
        found.empty()
        if found.capacity < 16 { found.reserveCapacity(16) }  // one allocation per document, not one per doubling
        let numberWords = rules.numberWordStarts
        // Where reading may go on: figures inside a quantity already read are passed over.
        var i = sentence.lowerBound
        for k in figures where k >= i {
            let t = tokens[k]
            if t.isNumber {
                let (parsed, resume) = numeric(at: k)
                let skipTo = max(resume, k + 1)
                if let q = parsed { i = record(q, into: &found, skipTo: skipTo) } else { i = skipTo }
            } else if t.marks & WordMarks.numberWord != 0, let start = numberWords.get(t.hash),
                      start.tables(followedBy: PhraseStart.secondWord(tokens, after: k, end: sentence.upperBound).hash) != 0,
                      let q = wordQuantity(at: k) {
                i = record(q, into: &found, skipTo: q.end)
            }
        }
        var j = 0
        while j < found.count {
            if found[j].borrowsUnit {
                if let u = borrowedUnit(for: j, in: found) {
                    found[j].unit = u
                    found[j].countNounToken = nil
                } else if found[j].countNounToken == nil {
                    found.remove(at: j)
                    continue
                }
            }
            j += 1
        }
    }

    /// The unit a bare compared amount takes: that of the nearest amount of money or goods before it in the
    /// sentence, else of the first one after it ("from 4.2 billion in 2022 to 5.7 billion euros"). After "from",
    /// only an amount after "to" is its pair ("rose to $4 billion from 3.8 billion"): "GDP reached $260 billion
    /// as the population grew from 19 million" gives the 19 million no currency.
    private func borrowedUnit(for j: Int, in found: [Quantity]) -> QuantityUnit? {
        let from = found[j].leadingToken - 1
        let afterFrom = from >= sentence.lowerBound && tokens[from].isWord(rules.from)
        func pairs(_ k: Int) -> Bool {
            let u = found[k].unit
            guard !found[k].borrowsUnit, u.isCurrency || u.isFreight else { return false }
            let before = found[k].leadingToken - 1
            return !afterFrom || (before >= sentence.lowerBound && tokens[before].isWord(rules.to))
        }
        var k = j - 1
        while k >= 0 {
            if pairs(k) { return found[k].unit }
            k -= 1
        }
        k = j + 1
        while k < found.count {
            if pairs(k) { return found[k].unit }
            k += 1
        }
        return nil
    }

    /// True for a scaled number with no unit and no noun it counts, right after a word of comparison:
    /// "compared to 4.2 billion in 2021", "against 1.5 trillion", "from 4.2 billion".
    private func isBareComparedAmount(_ q: Quantity) -> Bool {
        guard scale(of: q) > 1.5 else { return false }
        if q.end < sentence.upperBound, tokens[q.end].isWord, !rules.afterBareAmount.contains(tokens[q.end].hash) {
            return false
        }
        let before = q.leadingToken
        var k = max(sentence.lowerBound, before - 3)
        while k < before {
            if let (e, _) = rules.comparedWith.match(tokens, at: k, end: before), e == before { return true }
            k += 1
        }
        return false
    }

    /// Adds a found quantity (with its hedge, or as the two ends of a range) and returns where to read on.
    private func record(_ parsed: consuming Quantity, into found: inout [Quantity], skipTo: Int) -> Int {
        var q = parsed
        addHedge(to: &q)
        if q.unit == .count, isBareComparedAmount(q) { q.borrowsUnit = true }
        if let prev = found.last, isConversionGap(prev.end, q.leadingToken), q.unit.isCurrency, prev.unit.isCurrency {
            q.isConversion = true
        }
        // A range: "$3-4 billion", "3.7% to 4%", "between 3 and 4 million tons".
        if let (low, high, resume) = rangeContinuation(after: q) {
            found.append(low)
            found.append(high)
            return resume
        }
        let resume = max(skipTo, q.end)
        if q.unit != .count || q.countNounToken != nil || q.borrowsUnit { found.append(consume q) }
        return resume
    }

    /// "1.9 trillion tenge ($4.2 billion)", "1.9 trillion tenge, or about $4.2 billion".
    private func isConversionGap(_ from: Int, _ to: Int) -> Bool {
        if to == from + 1 { return tokens[from].isSymbol("(") }
        return to == from + 2 && tokens[from].isSymbol(",") && tokens[from + 1].isWord(rules.or)
    }

    // MARK: numbers written with digits

    /// Parses the expression around the number at `i`; returns nil (and where to go on) when it is no quantity.
    func numeric(at i: Int, allowPrefix: Bool = true) -> (Quantity?, Int) {
        let t = tokens[i]
        if isGluedToWord(i) || isDate(i) { return (nil, i + 1) }
        var first = i
        var currency: QuantityUnit?
        if allowPrefix, let (c, start) = currencyBefore(i) {
            currency = c
            first = start
        }
        var end = i + 1
        var value = t.number
        // "816 000", "12,9 billion": parts the tokenizer reads as separate numbers (one test for most numbers).
        if end < sentence.upperBound, tokens[end].isNumber || (tokens[end].isSymbol(",") && !tokens[end].spaceBefore),
           let (v, e) = joinedNumber(at: i) {
            value = v
            end = e
        }
        // ".5 billion": a decimal point with no digit before it.
        if i > sentence.lowerBound, !t.spaceBefore, tokens[i - 1].isSymbol("."), tokens[i - 1].spaceBefore,
           t.decimals == 0, !t.grouped, end == i + 1 {
            value = t.number / Tokenizer.pow10(t.integerDigits)
            first = i - 1
        }
        // Most numbers are followed by a word that starts none of the tables read after a number: one probe.
        let nextMayBeUnit = startsAfterNumberRule(end)
        if end < sentence.upperBound, tokens[end].isWord, !tokens[end].spaceBefore {
            // "19th": an ordinal suffix. "1e400", "5G", "4x4": letters glued to the number that are no scale or
            // unit make it no quantity.
            if !nextMayBeUnit || rules.ordinalSuffixes.match(tokens, at: end, end: sentence.upperBound) != nil
                || (rules.scales.match(tokens, at: end, end: sentence.upperBound) == nil
                    && rules.unitSuffixes.match(tokens, at: end, end: sentence.upperBound) == nil
                    && rules.currencySuffixes.match(tokens, at: end, end: sentence.upperBound) == nil
                    && !tokens[end].isWord(rules.fold)) {
                return (nil, end + 1)
            }
        }
        guard t.number.isFinite, t.number < 1e18 else { return (nil, end) }
        var scaled = false
        if nextMayBeUnit, let (e, scale) = rules.scales.match(tokens, at: end, end: sentence.upperBound),
           !scale.attachedOnly || !tokens[end].spaceBefore {
            value *= scale.factor
            scaled = true
            end = e
            // "$3 billion 358.4 million", "1 million 200 thousand tons": a second part of a smaller scale.
            if e + 1 < sentence.upperBound, tokens[e].isNumber, tokens[e].spaceBefore, tokens[e].number < 1000,
               let (e2, scale2) = rules.scales.match(tokens, at: e + 1, end: sentence.upperBound),
               !scale2.attachedOnly, scale2.factor < scale.factor {
                value += tokens[e].number * scale2.factor
                end = e2
            }
        }
        var unit: QuantityUnit? = currency
        if unit == nil, let (u, e, factor) = unitAfter(end, scaled: scaled, glued: !tokens[min(end, sentence.upperBound - 1)].spaceBefore) {
            unit = u
            value *= factor
            end = e
        } else if unit != nil, startsAfterNumberRule(end),
                  let (e, c) = rules.currencySuffixes.match(tokens, at: end, end: sentence.upperBound), c == currency {
            end = e  // "USD 5 billion USD" style repetition
        }
        if unit == nil, t.isYearLike { return (nil, i + 1) }
        // "-2.6%", "(−3.1%)": a minus sign glued to the number, not a hyphen inside a word or range.
        if allowPrefix, first == i, i - 1 >= sentence.lowerBound, tokens[i - 1].isDash, tokens[i - 1].hash != 0x2014,
           !t.spaceBefore, tokens[i - 1].spaceBefore || i - 1 == sentence.lowerBound
            || (i - 2 >= sentence.lowerBound && tokens[i - 2].kind == .symbol && !tokens[i - 2].isDash) {
            value = -value
            first = i - 1
        }
        if unit == nil, startsAfterNumberRule(end), rules.scales.match(tokens, at: end, end: sentence.upperBound) == nil,
           rules.nonQuantities.match(tokens, at: end, end: sentence.upperBound) != nil {
            return (nil, end)
        }
        let noun = unit == nil && keepCounts ? countNounToken(at: end) : nil
        // Built in place in the result: a local copy costs an outlined copy and destroy of the Quantity.
        return (Quantity(value: value, unit: unit ?? .count, first: first, end: end, numberIndex: i, countNounToken: noun), end)
    }


    /// The currency written before the number (`$`, `US$`, `USD`, `€`) and where it starts.
    private func currencyBefore(_ i: Int) -> (QuantityUnit, Int)? {
        guard i > sentence.lowerBound else { return nil }
        let p = tokens[i - 1]
        if p.kind == .symbol, let c = Money.currency(ofSymbol: p.hash) {
            if i - 2 >= sentence.lowerBound, tokens[i - 2].isWord(rules.us), !p.spaceBefore {
                return (.usd, i - 2)
            }
            return (c, i - 1)
        }
        if p.kind == .word, p.hash != rules.us, let (e, c) = rules.currencyPrefixes.match(tokens, at: i - 1, end: sentence.upperBound),
           e == i, isAllCaps(p) {
            return (c, i - 1)
        }
        return nil
    }

    private func isAllCaps(_ t: Token) -> Bool {
        bytes[t.start..<t.end].allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// The unit after a number or its scale word: `%`, `percent`, `tons`, `TEU`, `times`, `-fold`, a currency name.
    private func unitAfter(_ k: Int, scaled: Bool, glued: Bool) -> (QuantityUnit, Int, Double)? {
        guard k < sentence.upperBound else { return nil }
        let t = tokens[k]
        if t.isSymbol("%") { return (.percent, k + 1, 1) }
        if t.isDash, !t.spaceBefore, k + 1 < sentence.upperBound, !tokens[k + 1].spaceBefore {
            if let (e, p) = rules.unitSuffixes.match(tokens, at: k + 1, end: sentence.upperBound), p.unit == .percent { return (.percent, e, 1) }
            if tokens[k + 1].isWord(rules.fold) { return (.times, k + 2, 1) }
            if let e = timeMultipleEnd(k + 1) { return (.times, e, 1) }
        }
        if t.kind == .word, t.hash == rules.time || t.hash == rules.u {
            if let e = timeMultipleEnd(k) { return (.times, e, 1) }
            if let e = usDollarsEnd(k) { return (.usd, e, 1) }
        }
        guard startsAfterNumberRule(k) else { return nil }
        if let (e, p) = rules.unitSuffixes.match(tokens, at: k, end: sentence.upperBound) {
            if rules.needsScaleOrGlue.contains(t.hash), !(scaled || !t.spaceBefore) { return nil }
            if p.unit == .tonnes, rules.tonneKilometres.match(tokens, at: k, end: sentence.upperBound) != nil { return nil }
            return (p.unit, unitCodeInBrackets(after: e, unit: p.unit), p.factor)
        }
        if let (e, c) = rules.currencySuffixes.match(tokens, at: k, end: sentence.upperBound) { return (c, e, 1) }
        if t.isWord(rules.times) || t.isWord(rules.fold) { return (.times, k + 1, 1) }
        return nil
    }

    /// "time more", "time increase" from `k` (the word "time"): the end of a multiple written "3.6-time more".
    private func timeMultipleEnd(_ k: Int) -> Int? {
        guard k + 1 < sentence.upperBound, tokens[k].isWord(rules.time), tokens[k + 1].kind == .word,
              rules.afterTime.contains(tokens[k + 1].hash) else { return nil }
        return k + 1
    }

    /// "twenty-foot equivalent units (TEU)": the unit's code in brackets after its name belongs to the quantity;
    /// returns the end past the closing bracket, or `e` when no such code follows.
    private func unitCodeInBrackets(after e: Int, unit: QuantityUnit) -> Int {
        guard e + 2 < sentence.upperBound, tokens[e].isSymbol("("), tokens[e + 2].isSymbol(")"),
              let (ce, p) = rules.unitSuffixes.match(tokens, at: e + 1, end: sentence.upperBound), ce == e + 2, p.unit == unit
        else { return e }
        return e + 3
    }

    /// "U.S. dollars" from `k` (the word "U"): where the currency name ends.
    private func usDollarsEnd(_ k: Int) -> Int? {
        guard k + 4 < sentence.upperBound, tokens[k].isWord(rules.u), tokens[k + 1].isSymbol("."), !tokens[k + 1].spaceBefore,
              tokens[k + 2].isWord(rules.s), !tokens[k + 2].spaceBefore, tokens[k + 3].isSymbol("."),
              !tokens[k + 3].spaceBefore,
              let (e, c) = rules.currencySuffixes.match(tokens, at: k + 4, end: sentence.upperBound), c == .usd
        else { return nil }
        return e
    }

    /// A currency named after a scale word: `dollars`, `US dollars`, `U.S. dollars`, `tenge`.
    private func currencyName(at k: Int) -> (Int, QuantityUnit)? {
        if let (e, c) = rules.currencySuffixes.match(tokens, at: k, end: sentence.upperBound) { return (e, c) }
        if let e = usDollarsEnd(k) { return (e, .usd) }
        return nil
    }

    /// Groups of digits the tokenizer reads as numbers of their own: thousands set off by a space (also a
    /// no-break, narrow no-break, thin or figure space) after a head of one to three digits, "816 000",
    /// "1 250 000"; and a decimal comma with one or two digits before a scale or unit word, "12,9 billion",
    /// "0,5 per cent" (a comma before three digits is a thousands separator, read by the tokenizer). Returns the
    /// value and the token after the last part, or nil when the number at `i` stands alone.
    private func joinedNumber(at i: Int) -> (Double, Int)? {
        let head = tokens[i]
        guard head.decimals == 0, !head.grouped, head.integerDigits <= 3 else { return nil }
        let upper = sentence.upperBound
        var value = head.number
        var k = i + 1
        while k < upper {
            let g = tokens[k]
            guard g.isNumber, g.integerDigits == 3, g.decimals == 0, !g.grouped, isGroupSpace(from: tokens[k - 1].end, to: g.start)
            else { break }
            value = value * 1000 + g.number
            k += 1
        }
        // "20 100-ton wagons": a group glued to a hyphen is a number of its own.
        if k > i + 1, k < upper, tokens[k].isDash, !tokens[k].spaceBefore { return nil }
        if k + 2 < upper, tokens[k].isSymbol(","), !tokens[k].spaceBefore {
            let d = tokens[k + 1]
            if d.isNumber, !d.spaceBefore, d.integerDigits <= 2, d.decimals == 0, !d.grouped,
               tokens[k + 2].isSymbol("%") || startsAfterNumberRule(k + 2) {
                value += d.number / Tokenizer.pow10(d.integerDigits)
                k += 2
            }
        }
        return k > i + 1 ? (value, k) : nil
    }

    /// True when the bytes between two digit groups are one space: ASCII, no-break (U+00A0), or narrow no-break,
    /// thin or figure space (U+202F, U+2009, U+2007).
    private func isGroupSpace(from a: Int, to b: Int) -> Bool {
        switch b - a {
        case 1: return bytes[a] == 0x20
        case 2: return bytes[a] == 0xC2 && bytes[a + 1] == 0xA0
        case 3: return bytes[a] == 0xE2 && bytes[a + 1] == 0x80 && (bytes[a + 2] == 0xAF || bytes[a + 2] == 0x89 || bytes[a + 2] == 0x87)
        default: return false
        }
    }

    /// True when the token at `k` is a word that may start a phrase read after a number: a scale, a unit, a
    /// currency name, an ordinal suffix, a word for what is no quantity, `times` or `fold`.
    private func startsAfterNumberRule(_ k: Int) -> Bool {
        k < sentence.upperBound && tokens[k].isWord && rules.afterNumberStarts.contains(tokens[k].hash)
    }

    /// True for a number glued to a word before it: "COVID-19", "Su-27", "G7" parts.
    private func isGluedToWord(_ i: Int) -> Bool {
        guard i > sentence.lowerBound, !tokens[i].spaceBefore else { return false }
        let p = tokens[i - 1]
        if p.isWord { return true }
        if p.isDash, !p.spaceBefore, i - 2 >= sentence.lowerBound, tokens[i - 2].isWord { return true }
        return false
    }

    /// True for the day of a date: "May 14", "Sept. 8-13", "20 January 2023", "January 26th".
    private func isDate(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.decimals == 0, !t.grouped, t.number >= 1, t.number <= 31 else { return false }
        var k = i - 1
        if k >= sentence.lowerBound, tokens[k].isSymbol(".") { k -= 1 }
        if k >= sentence.lowerBound, rules.months.match(tokens, at: k, end: sentence.upperBound) != nil, tokens[k].capitalized {
            return true
        }
        if k >= sentence.lowerBound, tokens[k].isDash, k - 1 >= sentence.lowerBound, tokens[k - 1].isNumber {
            return isDate(k - 1)
        }
        let n = i + 1
        if n < sentence.upperBound, rules.months.match(tokens, at: n, end: sentence.upperBound) != nil, tokens[n].capitalized { return true }
        return false
    }

    /// The token of the noun a count counts: "13,000 new containers" gives the token of "containers".
    private func countNounToken(at k: Int) -> Int? {
        var j = k
        while j < sentence.upperBound, j < k + 3 {
            let t = tokens[j]
            guard t.isWord else { return nil }
            let w = QuantityScanner.slug(of: t, in: bytes)
            if ["new", "more", "other", "major", "large", "small", "joint", "foreign", "international", "of"].contains(w) {
                j += 1
                continue
            }
            return w.unicodeScalars.allSatisfy { $0.properties.isAlphabetic } ? j : nil
        }
        return nil
    }

    /// A word as an `other:` slug: its text in lower case.
    static func slug(of word: Token, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes[word.start..<word.end], as: UTF8.self).lowercased()
    }

    // MARK: numbers written as words

    /// "tripled", "twice", "seven-fold", "three times", "three million tons", "by a third".
    private func wordQuantity(at i: Int) -> Quantity? {
        let t = tokens[i]
        if let (e, v) = rules.multipliers.match(tokens, at: i, end: sentence.upperBound) {
            if t.isWord(rules.double), e < sentence.upperBound, tokens[e].isDash { return nil }
            return Quantity(value: v, unit: .times, first: i, end: e, numberIndex: i)
        }
        if let (e, v) = rules.fractions.match(tokens, at: i, end: sentence.upperBound) {
            if let q = fractionOfScale(v, at: i, after: e) { return q }
            let afterBy = i > sentence.lowerBound && tokens[i - 1].isWord(rules.by)
            let afterOrdinal = i > sentence.lowerBound && rules.periodOrdinals.match(tokens, at: i - 1, end: sentence.upperBound) != nil
            let beforeOf = e < sentence.upperBound && tokens[e].isWord(rules.of) && !afterOrdinal
            guard afterBy || beforeOf else { return nil }
            // "for three quarters of 2017", "in the first half of this year": a part of a year is a period.
            if beforeOf, e + 1 < sentence.upperBound, tokens[e + 1].isYearLike || isThisOrLastYear(at: e + 1) { return nil }
            return Quantity(value: v, unit: .percent, first: i, end: e, numberIndex: i)
        }
        guard let (e, v) = rules.cardinals.match(tokens, at: i, end: sentence.upperBound), e < sentence.upperBound else { return nil }
        // "seven-fold", "three times"
        if tokens[e].isDash, !tokens[e].spaceBefore, e + 1 < sentence.upperBound, tokens[e + 1].isWord(rules.fold) {
            return Quantity(value: v, unit: .times, first: i, end: e + 2, numberIndex: i)
        }
        if tokens[e].isWord(rules.times) {
            return Quantity(value: v, unit: .times, first: i, end: e + 1, numberIndex: i)
        }
        // "three-time more", "two time increase" (not "a two-time champion")
        if let te = timeMultipleEnd(tokens[e].isDash && !tokens[e].spaceBefore ? e + 1 : e) {
            return Quantity(value: v, unit: .times, first: i, end: te, numberIndex: i)
        }
        // "three million tons", "five percent"
        var value = v
        var end = e
        var scaled = false
        if let (se, scale) = rules.scales.match(tokens, at: end, end: sentence.upperBound), !scale.attachedOnly {
            value *= scale.factor
            end = se
            scaled = true
        }
        if let (ue, p) = rules.unitSuffixes.match(tokens, at: end, end: sentence.upperBound), !rules.needsScaleOrGlue.contains(tokens[end].hash) || scaled {
            if p.unit == .tonnes, rules.tonneKilometres.match(tokens, at: end, end: sentence.upperBound) != nil { return nil }
            return Quantity(value: value * p.factor, unit: p.unit, first: i, end: ue, numberIndex: i)
        }
        if scaled, let (ue, c) = currencyName(at: end) {
            return Quantity(value: value, unit: c, first: i, end: ue, numberIndex: i)
        }
        return nil
    }

    /// "this year", "the year", "last year" at token `k`.
    private func isThisOrLastYear(at k: Int) -> Bool {
        k + 1 < sentence.upperBound && tokens[k + 1].isWord(rules.year)
            && (tokens[k].isWord(rules.this) || tokens[k].isWord(rules.the) || tokens[k].isWord(rules.last))
    }

    /// A fraction of a scale word with its unit: "a quarter-billion-dollar (deal)", "half a trillion tenge", "a
    /// third of a million tons". `percent` is the fraction's value as a percentage, `e` the token after it.
    private func fractionOfScale(_ percent: Double, at i: Int, after e: Int) -> Quantity? {
        let upper = sentence.upperBound
        guard e + 1 < upper else { return nil }
        var k = e
        if tokens[k].isDash, !tokens[k].spaceBefore {
            k += 1
        } else if tokens[k].isWord(rules.a) {
            k += 1
        } else if tokens[k].isWord(rules.of), k + 2 < upper, tokens[k + 1].isWord(rules.a) {
            k += 2
        } else {
            return nil
        }
        guard let (se, scale) = rules.scales.match(tokens, at: k, end: upper), !scale.attachedOnly else { return nil }
        let value = percent / 100 * scale.factor
        // "-dollar", "-ton" glued to the scale word, or the unit after a space
        let u = se < upper && tokens[se].isDash && !tokens[se].spaceBefore ? se + 1 : se
        if let (ue, p) = rules.unitSuffixes.match(tokens, at: u, end: upper) {
            if p.unit == .tonnes, rules.tonneKilometres.match(tokens, at: u, end: upper) != nil { return nil }
            return Quantity(value: value * p.factor, unit: p.unit, first: i, end: ue, numberIndex: i)
        }
        if let (ue, c) = currencyName(at: u) {
            return Quantity(value: value, unit: c, first: i, end: ue, numberIndex: i)
        }
        return nil
    }

    // MARK: hedges and ranges

    /// Adds the bound of a hedge right before the quantity: "nearly", "more than", "up to", "about".
    private func addHedge(to q: inout Quantity) {
        let before = q.first - 1
        guard before >= sentence.lowerBound else { return }
        let p = tokens[before]
        if p.kind == .symbol, rules.approxSymbols.contains(p.hash) {
            q.bound = .approx
            q.hedgeStart = before
            return
        }
        // A hedge phrase ends with a word right before the quantity; other tokens end none.
        guard p.kind == .word, rules.hedgeEnds.contains(p.hash) else { return }
        var k = max(sentence.lowerBound, q.first - 5)
        while k < q.first {
            if let (e, b) = rules.hedges.match(tokens, at: k, end: sentence.upperBound), e == q.first {
                q.bound = b
                q.hedgeStart = k
                return
            }
            k += 1
        }
    }

    /// The factor the scale and unit words gave the written number: 1e9 for "$3 billion", 1 for "816 000 tons".
    private func scale(of q: Quantity) -> Double {
        let i = q.numberIndex
        let written = tokens[i].isNumber ? (joinedNumber(at: i)?.0 ?? tokens[i].number) : tokens[i].number
        return q.value / max(written, .leastNonzeroMagnitude)
    }

    /// A second number that closes a range with `q`: "-4 billion", "to 4%", "and 4 million tons".
    private func rangeContinuation(after q: Quantity) -> (Quantity, Quantity, Int)? {
        let e = q.end
        guard e + 1 < sentence.upperBound else { return nil }
        let link = e  // the token between the two numbers
        let linkIsDash = tokens[link].isDash
        let before = q.leadingToken - 1
        let precededByFrom = before >= sentence.lowerBound && tokens[before].isWord(rules.from)
        let precededByBetween = before >= sentence.lowerBound && tokens[before].isWord(rules.between)
        let isLink = linkIsDash
            || (tokens[link].isWord(rules.to) && !precededByFrom && !precededByBetween)
            || (tokens[link].isWord(rules.and) && precededByBetween)
        // The unit (a string) is compared only once the tokens make a range possible.
        guard isLink, q.unit != .times else { return nil }
        var k = e + 1
        var secondCurrency: QuantityUnit?
        if tokens[k].kind == .symbol, let c = Money.currency(ofSymbol: tokens[k].hash) {
            secondCurrency = c
            k += 1
        }
        guard k < sentence.upperBound, tokens[k].isNumber, !tokens[k].isYearLike || q.unit != .count else { return nil }
        let (parsed, resume) = numeric(at: k, allowPrefix: false)
        guard var high = parsed else { return nil }
        var low = q
        if secondCurrency != nil { high.first = k - 1; high.unit = secondCurrency! }
        if high.unit == .count, low.unit != .count, linkIsDash == false {
            return nil  // "3.7% to 4" is no range
        }
        if low.unit == .count {
            guard high.unit != .count else { return nil }
            low.unit = high.unit
            low.value *= scale(of: high)
            low.countNounToken = nil
        } else if high.unit == .count {
            high.unit = low.unit
            high.countNounToken = nil
        } else if high.unit != low.unit {
            return nil
        }
        // "$3-4 billion": the low end borrows the scale written after the high end.
        let highScale = scale(of: high)
        let lowScale = scale(of: low)
        if highScale > 1.5, abs(lowScale - 1) < 1e-9, low.unit.isCurrency || low.unit.isFreight {
            low.value *= highScale
        }
        low.range = .low
        high.range = .high
        if low.bound == .exact { low.bound = .atLeast }
        if high.bound == .exact { high.bound = .atMost }
        return (low, high, max(resume, high.end))
    }
}
