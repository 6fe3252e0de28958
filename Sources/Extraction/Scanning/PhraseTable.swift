/// A table of word phrases with a value each, matched at a token position, longest phrase first.
///
/// Phrases are written as plain lower-case text ("foreign direct investment", "year-on-year", "people's");
/// hyphens, dashes and apostrophes glued between the words of the text are skipped when matching. A phrase
/// written with a capital first letter ("Turkey", "Chad") matches only where the text capitalises its first word. The storage is flat
/// (one array of word hashes, one of entries) so a lookup makes no reference-counting traffic.
struct PhraseTable<Value: Sendable>: Sendable {
    /// One phrase: where its words sit in `words`, and its value.
    private struct Entry: Sendable {
        var first: Int
        var count: Int
        var value: Int
        /// The first word must be capitalised in the text.
        var capitalOnly: Bool
    }

    /// The phrases that start with one word: the range of their entries (longest phrase first), and a bit
    /// per possible second word (`PhraseStart.bit`) to turn most mismatches away at once.
    private struct Group: Sendable {
        var start: Int32
        var count: Int32
        var hasSingleWord: Bool
        var secondWords: UInt64
    }

    private let words: [UInt64]
    private let entries: [Entry]
    private let values: [Value]
    private let byFirstWord: WordIndex<Group>

    /// Builds the table; a phrase's words are split on spaces, hyphens and apostrophes.
    init(_ phrases: [(String, Value)]) {
        var grouped: [UInt64: [(words: [UInt64], value: Int, capitalOnly: Bool)]] = [:]
        var order: [UInt64] = []
        var values: [Value] = []
        for (text, value) in phrases {
            let ws = PhraseTable.words(of: text)
            guard let first = ws.first else { continue }
            if grouped[first] == nil { order.append(first) }
            let capitalOnly = text.utf8.first.map { $0 >= 0x41 && $0 <= 0x5A } ?? false
            grouped[first, default: []].append((ws, values.count, capitalOnly))
            values.append(value)
        }
        var words: [UInt64] = []
        var entries: [Entry] = []
        var index: [(UInt64, Group)] = []
        for key in order {
            let group = grouped[key]!.enumerated().sorted {
                ($0.element.words.count, -$0.offset) > ($1.element.words.count, -$1.offset)
            }.map(\.element)
            let seconds = group.reduce(UInt64(0)) { $0 | ($1.words.count > 1 ? PhraseStart.bit($1.words[1]) : 0) }
            index.append((key, Group(start: Int32(entries.count), count: Int32(group.count),
                                     hasSingleWord: group.contains { $0.words.count == 1 }, secondWords: seconds)))
            for g in group {
                entries.append(Entry(first: words.count, count: g.words.count, value: g.value,
                                     capitalOnly: g.capitalOnly))
                words += g.words
            }
        }
        self.words = words
        self.entries = entries
        self.values = values
        byFirstWord = WordIndex(index)
    }

    /// The hashes of a phrase's words.
    static func words(of text: String) -> [UInt64] {
        // Read in place as bytes: the tables are built at start-up, and splitting into `String`s cost more
        // than a millisecond of every run.
        var text = text
        return text.withUTF8 { bytes in
            var hashes: [UInt64] = []
            var wordStart: Int?
            for i in 0...bytes.count {
                if i == bytes.count || bytes[i] == 0x20 || bytes[i] == 0x2D || bytes[i] == 0x27 {
                    if let s = wordStart { hashes.append(WordHash.of(bytes, from: s, to: i)) }
                    wordStart = nil
                } else if wordStart == nil {
                    wordStart = i
                }
            }
            return hashes
        }
    }

    /// True when some phrase starts with this word.
    @inline(__always) func mayStart(with hash: UInt64) -> Bool { byFirstWord.contains(hash) }

    /// The longest phrase that starts at token `i` and ends by `end`: the index past its last word, and its value.
    func match(_ tokens: Tokens, at i: Int, end: Int) -> (end: Int, value: Value)? {
        guard i >= 0, i < end, i < tokens.count else { return nil }
        let t = tokens[i]
        guard t.kind == .word, let group = byFirstWord.get(t.hash) else { return nil }
        let stop = min(end, tokens.count)
        // The second word (after a glued dash, if any) is read once: a phrase whose second word differs is
        // passed over with one comparison.
        let (k, second) = PhraseStart.secondWord(tokens, after: i, end: stop)
        if !group.hasSingleWord {
            guard let second, group.secondWords & PhraseStart.bit(second) != 0 else { return nil }
        }
        let start = Int(group.start)
        for e in start..<(start + Int(group.count)) {
            let entry = entries[e]
            if entry.capitalOnly && !t.capitalized { continue }
            if entry.count == 1 { return (i + 1, values[entry.value]) }
            guard words[entry.first + 1] == second else { continue }
            if let last = matchRest(entry, tokens, from: k + 1, end: stop) { return (last, values[entry.value]) }
        }
        return nil
    }

    /// Matches the words after the second against the tokens from `k` on, skipping single glued dashes and
    /// apostrophes.
    private func matchRest(_ entry: Entry, _ tokens: Tokens, from k: Int, end: Int) -> Int? {
        var k = k
        var w = entry.first + 2
        let last = entry.first + entry.count
        while w < last {
            if k < end, tokens[k].joinsWords { k += 1 }
            guard k < end, tokens[k].kind == .word, tokens[k].hash == words[w] else { return nil }
            k += 1
            w += 1
        }
        return k
    }
}
