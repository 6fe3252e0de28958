import Claims

/// Finds the time references of one sentence: years, part-years, quarters, relative years, spans and deadlines.
struct PeriodScanner {
    /// The line's tokens and the sentence among them: set anew for each sentence by a pass that keeps one scanner.
    var tokens: Tokens
    var sentence: Range<Int>
    /// The sentence's figures (`TokenBuffer.figures`): the only tokens a time reference can start at.
    var figures = TokenIndices(start: nil, count: 0)
    private let rules = Rules.shared

    init(tokens: Tokens, sentence: Range<Int>) {
        self.tokens = tokens
        self.sentence = sentence
    }

    /// Words (besides the period tables' own) that `triggered(at:)` starts a time reference with; the scanner
    /// reads only words in `Lexicon.periodStarts`, which marks these.
    static let triggerWords = ["same", "analogous", "corresponding", "comparable", "similar", "this", "that", "current",
                               "today", "past", "last", "over", "within", "in", "end", "q1", "q2", "q3", "q4", "h1", "h2"]

    /// Replaces the contents of `found` with the sentence's time references, keeping its storage.
    func scan(into found: inout [PeriodMention]) {
        found.empty()
        if found.capacity < 16 { found.reserveCapacity(16) }  // one allocation per document, not one per doubling
        let starts = rules.starts
        // Where reading may go on: figures inside a time reference already read are passed over.
        var resume = sentence.lowerBound
        for k in figures where k >= resume {
            let t = tokens[k]
            let mention: PeriodMention?
            if t.isYearLike {
                mention = yearMention(at: k)
            } else if t.isNumber {
                // A number other than a year starts a time reference only as "11 months of 2023".
                mention = word(k + 1, rules.months) ? partYear(at: k) : nil
            } else if t.marks & WordMarks.period != 0, let start = starts.get(t.hash) {
                // Only the tables that can match before the next word: "the" before a noun reads none.
                let next = PhraseStart.secondWord(tokens, after: k, end: sentence.upperBound).hash
                let tables = PeriodStart(rawValue: start.tables(followedBy: next))
                mention = tables.isEmpty ? nil : wordMention(at: k, starts: tables)
            } else {
                continue
            }
            if var m = mention {
                if m.role != .date { m.role = role(of: m) }
                found.append(m)
                resume = m.end
            }
        }
    }

    private func word(_ k: Int, _ h: UInt64) -> Bool { k < sentence.upperBound && tokens[k].isWord(h) }

    /// The time reference started by the word at `k`, reading only the tables the word starts a phrase of.
    private func wordMention(at k: Int, starts: PeriodStart) -> PeriodMention? {
        if starts.contains(.month), let m = monthMention(at: k) { return m }
        if starts.contains(.ordinal) || starts.contains(.cardinal), let m = partYear(at: k) { return m }
        if starts.contains(.relativeYear), let (e, off) = rules.relativeYears.match(tokens, at: k, end: sentence.upperBound) {
            return PeriodMention(start: k, end: e, role: .stated, expression: .relativeYear(off))
        }
        if starts.contains(.anaphoricYear),
           let (e, off) = rules.anaphoricYears.match(tokens, at: k, end: sentence.upperBound) {
            return PeriodMention(start: k, end: e, role: .stated, expression: .anaphoricYear(off))
        }
        if starts.contains(.yearEnd), let (e, _) = rules.yearEnd.match(tokens, at: k, end: sentence.upperBound) {
            return PeriodMention(start: k, end: e, role: .stated, expression: .yearEnd)
        }
        if starts.contains(.openEnded), let (e, _) = rules.openEnded.match(tokens, at: k, end: sentence.upperBound) {
            return PeriodMention(start: k, end: e, role: .openEnded, expression: .open)
        }
        if starts.contains(.yearOnYear), let (e, _) = rules.yearOnYear.match(tokens, at: k, end: sentence.upperBound) {
            return PeriodMention(start: k, end: e, role: .base, expression: .yearOnYear)
        }
        return starts.contains(.trigger) ? triggered(at: k) : nil
    }

    /// Time references started by a trigger word rather than a table phrase.
    private func triggered(at k: Int) -> PeriodMention? {
        let t = tokens[k]
        if rules.samePeriodWords.contains(t.hash), k > sentence.lowerBound, tokens[k - 1].isWord(rules.the),
           word(k + 1, rules.period) || word(k + 1, rules.months) {
            return samePeriod(at: k - 1, after: k + 2)
        }
        // "during this period": the period the text is speaking of.
        if t.hash == rules.this || t.hash == rules.that, word(k + 1, rules.period) {
            return PeriodMention(start: k, end: k + 2, role: .stated, expression: .samePeriod(.unspecified))
        }
        if quarterOrHalf(t) != nil { return partYear(at: k) }
        if t.hash == rules.current || t.hash == rules.today,
           word(k + 1, rules.level) || word(k + 1, rules.levels)
            || (tokens.indices.contains(k + 2) && word(k + 2, rules.levels)) {
            let e = word(k + 1, rules.level) || word(k + 1, rules.levels) ? k + 2 : k + 3
            return PeriodMention(start: k, end: e, role: .base, expression: .currentLevels)
        }
        // "the past 20 years", "the last five years", "the past decade"
        if t.hash == rules.past || t.hash == rules.last {
            if word(k + 1, rules.decade) {
                return PeriodMention(start: k, end: k + 2, role: .stated, expression: .pastYears(10))
            }
            if let (n, e) = count(at: k + 1), word(e, rules.years) || word(e, rules.decades) {
                let factor = word(e, rules.decades) ? 10 : 1
                return PeriodMention(start: k, end: e + 1, role: .stated, expression: .pastYears(n * factor))
            }
        }
        // "over two decades", "over 20 years": the years up to now, like "the past 20 years".
        if t.hash == rules.over, let (n, e) = count(at: k + 1), word(e, rules.years) || word(e, rules.decades) {
            let factor = word(e, rules.decades) ? 10 : 1
            return PeriodMention(start: k, end: e + 1, role: .stated, expression: .pastYears(n * factor))
        }
        // "within five years", "in seven years' time"
        if t.hash == rules.within, let (n, e) = count(at: k + 1), word(e, rules.years) {
            return PeriodMention(start: k, end: e + 1, role: .stated, expression: .withinYears(n))
        }
        if t.hash == rules.inWord, let (n, e) = count(at: k + 1), word(e, rules.years) {
            var stop = e + 1
            if stop < sentence.upperBound, tokens[stop].kind == .symbol { stop += 1 }  // years’
            if word(stop, rules.s) { stop += 1 }
            if word(stop, rules.time) { return PeriodMention(start: k, end: stop + 1, role: .stated, expression: .yearsAhead(n)) }
            return PeriodMention(start: k, end: e + 1, role: .stated, expression: .yearsAhead(n))
        }
        // "by the end of November": the months of the year so far.
        if t.hash == rules.end, word(k + 1, rules.of), k + 2 < sentence.upperBound, tokens[k + 2].capitalized,
           let (e, m) = rules.monthNames.match(tokens, at: k + 2, end: sentence.upperBound), !(e < sentence.upperBound && tokens[e].isNumber && !tokens[e].isYearLike) {
            let (ref, after) = yearRef(at: e)
            return PeriodMention(start: k, end: after, role: .stated, expression: .months(first: 1, last: m, year: ref))
        }
        // "the end of the decade"
        if t.hash == rules.end, word(k + 1, rules.of), word(k + 2, rules.the),
           word(k + 3, rules.decade) {
            return PeriodMention(start: k, end: k + 4, role: .stated, expression: .decadeEnd)
        }
        // "the end of 2022"
        if t.hash == rules.end, word(k + 1, rules.of), k + 2 < sentence.upperBound, tokens[k + 2].isYearLike {
            return PeriodMention(start: k, end: k + 3, role: .stated, expression: .absolute(.year(Int(tokens[k + 2].number))))
        }
        return nil
    }

    /// A whole number written with digits or as a word: "20", "five".
    private func count(at k: Int) -> (Int, Int)? {
        guard k < sentence.upperBound else { return nil }
        if tokens[k].isNumber, tokens[k].decimals == 0 {
            // Counts of years or months are small: "20 years", "11 months"; anything else is no period.
            guard let n = Int(exactly: tokens[k].number), (1...200).contains(n) else { return nil }
            return (n, k + 1)
        }
        if let (e, v) = rules.cardinals.match(tokens, at: k, end: sentence.upperBound) { return (Int(v), e) }
        return nil
    }

    private func yearMention(at k: Int) -> PeriodMention? {
        let y = Int(tokens[k].number)
        if k > sentence.lowerBound {
            let p = tokens[k - 1]
            if p.isWord(rules.the) || p.isWord(rules.a) || p.isWord(rules.its)
                || p.isWord(rules.this) || p.isWord(rules.that) {
                // "its 2025 forecast", "the 2023 estimate": the year a forecast or estimate is for (not "the 2030
                // Agenda", a name).
                guard k + 1 < sentence.upperBound, tokens[k + 1].isWord, PeriodWords.forecastNouns.contains(tokens[k + 1].hash)
                else { return nil }
            }
            if p.kind == .symbol, Money.currency(ofSymbol: p.hash) != nil { return nil }
        }
        // "2021 and 2022", "2019-2024", "2019 to 2024"
        if k + 2 < sentence.upperBound, tokens[k + 2].isYearLike,
           tokens[k + 1].isWord(rules.and) || tokens[k + 1].isDash || tokens[k + 1].isWord(rules.to)
            || tokens[k + 1].isWord(rules.through) || tokens[k + 1].isWord(rules.till) || tokens[k + 1].isWord(rules.until) {
            let y2 = Int(tokens[k + 2].number)
            if y2 > y {
                return PeriodMention(start: k, end: k + 3, role: .stated, expression: .absolute(.years(y, y2)))
            }
        }
        return PeriodMention(start: k, end: k + 1, role: .stated, expression: .absolute(.year(y)))
    }

    /// The year after a part-year phrase: "of 2022", "2019", "this year", "of last year", or nothing.
    private func yearRef(at k: Int) -> (PeriodMention.YearRef, Int) {
        var j = k
        if word(j, rules.of) { j += 1 }
        if j < sentence.upperBound, tokens[j].isYearLike { return (.absolute(Int(tokens[j].number)), j + 1) }
        if let (e, off) = rules.relativeYears.match(tokens, at: j, end: sentence.upperBound) { return (.relative(off), e) }
        if let (e, off) = rules.anaphoricYears.match(tokens, at: j, end: sentence.upperBound) { return (.anaphoric(off), e) }
        if word(j, rules.the), word(j + 1, rules.year) { return (.unspecified, j + 2) }
        return (.unspecified, k)
    }

    private func monthMention(at k: Int) -> PeriodMention? {
        guard tokens[k].capitalized, let (e, m1) = rules.monthNames.match(tokens, at: k, end: sentence.upperBound) else { return nil }
        var j = e
        if j < sentence.upperBound, tokens[j].isSymbol("."), !tokens[j].spaceBefore { j += 1 }
        guard j < sentence.upperBound else { return nil }
        // "January-September 2019", "from January to April", "January through August 2023"
        let afterBetween = k > sentence.lowerBound && tokens[k - 1].isWord(rules.between)
        if tokens[j].isDash || word(j, rules.to) || word(j, rules.through) || word(j, rules.till)
            || word(j, rules.until) || (afterBetween && word(j, rules.and)), j + 1 < sentence.upperBound,
           tokens[j + 1].capitalized, let (e2, m2) = rules.monthNames.match(tokens, at: j + 1, end: sentence.upperBound) {
            let (ref, after) = yearRef(at: e2)
            return PeriodMention(start: k, end: after, role: .stated, expression: .months(first: m1, last: m2, year: ref))
        }
        // "January of this year", "January of 2023", "January of the previous year": one month.
        if word(j, rules.of) {
            let (ref, after) = yearRef(at: j)
            if after > j + 1 { return PeriodMention(start: k, end: after, role: .stated, expression: .months(first: m1, last: m1, year: ref)) }
        }
        if tokens[j].isYearLike {
            let dayBefore = k > sentence.lowerBound && tokens[k - 1].isNumber && tokens[k - 1].number <= 31
            return PeriodMention(start: k, end: j + 1, role: dayBefore ? .date : .stated,
                                 expression: .months(first: m1, last: m1, year: .absolute(Int(tokens[j].number))))
        }
        // "January 26, 2021": a day, and the year after it belongs to the day.
        if tokens[j].isNumber, tokens[j].number <= 31, tokens[j].decimals == 0 {
            var e2 = j + 1
            if e2 < sentence.upperBound, tokens[e2].isWord, !tokens[e2].spaceBefore { e2 += 1 }  // 26th
            if e2 + 1 < sentence.upperBound, tokens[e2].isSymbol(","), tokens[e2 + 1].isYearLike { e2 += 2 }
            return PeriodMention(start: k, end: e2, role: .date, expression: .open)
        }
        return nil
    }

    /// "the first seven months of 2022", "first half of 2019", "the second quarter of this year", "Q1 2024", "11 months of 2023".
    private func partYear(at k: Int) -> PeriodMention? {
        let t = tokens[k]
        var start = k
        var j = k
        var ordinal = 1
        if let (e, o) = rules.ordinals.match(tokens, at: k, end: sentence.upperBound) {
            ordinal = o
            j = e
        } else if t.isNumber || rules.cardinals.match(tokens, at: k, end: sentence.upperBound) != nil {
            // "11 months of 2023" needs a year after it to count.
            // "three quarters of 2017": the months of those quarters.
            if let (n, e) = count(at: k), word(e, rules.quarters), (1...4).contains(n) {
                let (ref, after) = yearRef(at: e + 1)
                guard after > e + 1 else { return nil }
                return PeriodMention(start: k, end: after, role: .stated, expression: .months(first: 1, last: 3 * n, year: ref))
            }
            guard let (n, e) = count(at: k), word(e, rules.months), (1...12).contains(n) else { return nil }
            let (ref, after) = yearRef(at: e + 1)
            guard after > e + 1 else { return nil }
            return PeriodMention(start: k, end: after, role: .stated, expression: .months(first: 1, last: n, year: ref))
        } else {
            let text = quarterOrHalf(t)
            guard let (kind, n) = text else { return nil }
            let (ref, after) = yearRef(at: k + 1)
            let expression: PeriodMention.Expression = kind == "q"
                ? .quarter(n, ref) : .months(first: n == 1 ? 1 : 7, last: n == 1 ? 6 : 12, year: ref)
            return PeriodMention(start: k, end: after, role: .stated, expression: expression)
        }
        if k > sentence.lowerBound, tokens[k - 1].isWord(rules.the) { start = k - 1 }
        if word(j, rules.half) {
            // "the first half-year of 2021"
            var h = j + 1
            if h < sentence.upperBound, tokens[h].isDash, !tokens[h].spaceBefore, word(h + 1, rules.year) { h += 2 }
            else if word(h, rules.year) { h += 1 }
            let (ref, after) = yearRef(at: h)
            return PeriodMention(start: start, end: after, role: .stated,
                                 expression: .months(first: ordinal == 1 ? 1 : 7, last: ordinal == 1 ? 6 : 12, year: ref))
        }
        if word(j, rules.quarter), (1...4).contains(ordinal) {
            let (ref, after) = yearRef(at: j + 1)
            return PeriodMention(start: start, end: after, role: .stated, expression: .quarter(ordinal, ref))
        }
        // "the first month of 2023": one month, named by its place in the year.
        if word(j, rules.month) {
            let (ref, after) = yearRef(at: j + 1)
            return PeriodMention(start: start, end: after, role: .stated, expression: .months(first: ordinal, last: ordinal, year: ref))
        }
        if ordinal == 1, let (n, e) = count(at: j), word(e, rules.months), (1...12).contains(n) {
            let (ref, after) = yearRef(at: e + 1)
            return PeriodMention(start: start, end: after, role: .stated, expression: .months(first: 1, last: n, year: ref))
        }
        return nil
    }

    /// `Q1`…`Q4` and `H1`/`H2` written as one word.
    private func quarterOrHalf(_ t: Token) -> (String, Int)? {
        switch t.hash {
        case rules.q1: ("q", 1)
        case rules.q2: ("q", 2)
        case rules.q3: ("q", 3)
        case rules.q4: ("q", 4)
        case rules.h1: ("h", 1)
        case rules.h2: ("h", 2)
        default: nil
        }
    }

    /// "the same period", "the same period last year", "the same period in 2022", "the same period of 2018".
    private func samePeriod(at k: Int, after e: Int) -> PeriodMention {
        var j = e
        if word(j, rules.inWord) || word(j, rules.of) { j += 1 }
        if j < sentence.upperBound, tokens[j].isYearLike {
            return PeriodMention(start: k, end: j + 1, role: .stated, expression: .samePeriod(.absolute(Int(tokens[j].number))))
        }
        if let (e2, off) = rules.relativeYears.match(tokens, at: j, end: sentence.upperBound) {
            return PeriodMention(start: k, end: e2, role: .stated, expression: .samePeriod(.relative(off)))
        }
        if let (e2, off) = rules.anaphoricYears.match(tokens, at: j, end: sentence.upperBound) {
            return PeriodMention(start: k, end: e2, role: .stated, expression: .samePeriod(.anaphoric(off)))
        }
        return PeriodMention(start: k, end: e, role: .stated, expression: .samePeriod(.unspecified))
    }

    /// Decides from the words before a mention whether it states a period, a base or a deadline.
    private func role(of m: PeriodMention) -> PeriodMention.Role {
        switch m.expression {
        case .yearOnYear, .currentLevels: return .base
        case .open: return .openEnded
        case .pastYears, .withinYears, .yearsAhead: return .stated
        default: break
        }
        var k = m.start - 1
        var skipped = 0
        while k >= sentence.lowerBound, skipped < 5 {
            let t = tokens[k]
            if t.isWord(rules.by) {
                return .deadline
            }
            if t.isWord(rules.until) || t.isWord(rules.till) { return .deadline }
            if t.isWord(rules.over) { return m.isWholeYear ? .base : .stated }
            if t.isWord(rules.between), case .months = m.expression, m.start == k + 1 { return .stated }
            if t.isWord(rules.from) {
                if case .months = m.expression, m.start == k + 1 { return .stated }
                if case .samePeriod = m.expression { return .base }
                return m.isWholeYear ? .base : .stated
            }
            if let (e, _) = rules.comparisons.match(tokens, at: k, end: sentence.upperBound), e <= m.start {
                let w = tokens[k]
                if w.isWord(rules.on) { return m.isWholeYear ? .base : .stated }
                return .base
            }
            if t.isWord(rules.inWord) || t.isWord(rules.during) || t.isWord(rules.at)
                || t.isWord(rules.through) {
                // "than in 2021", and "twice as high as in 2022": what the figure is compared with.
                if k - 1 >= sentence.lowerBound, tokens[k - 1].isWord(rules.than) || tokens[k - 1].isWord(rules.asWord) { return .base }
                if k - 2 >= sentence.lowerBound, tokens[k - 2].isWord(rules.compared) { return .base }
                return .stated
            }
            // The second word of a two-word comparison: "compared to", "compared with", "relative to".
            if k > sentence.lowerBound, let (e, _) = rules.comparisons.match(tokens, at: k - 1, end: sentence.upperBound), e == k + 1 {
                return .base
            }
            guard t.isWord, t.hash == rules.the || t.hash == rules.of || t.hash == rules.level
                || t.hash == rules.levels || t.hash == rules.that || t.hash == rules.end
            else { return .stated }
            k -= 1
            skipped += 1
        }
        return .stated
    }
}
