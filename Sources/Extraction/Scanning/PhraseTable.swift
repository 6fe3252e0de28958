/// A table of word phrases with a value each, matched at a token position, longest phrase first.
///
/// Phrases are written as plain lower-case text ("foreign direct investment", "year-on-year");
/// hyphens and dashes between the words of the text are skipped when matching.
struct PhraseTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var words: [UInt64]
        var value: Value
    }

    private let byFirstWord: WordIndex<[Entry]>

    /// Builds the table; a phrase's words are split on spaces and hyphens.
    init(_ entries: [(String, Value)]) {
        var grouped: [UInt64: [Entry]] = [:]
        var order: [UInt64] = []
        for (text, value) in entries {
            let words = PhraseTable.words(of: text)
            guard let first = words.first else { continue }
            if grouped[first] == nil { order.append(first) }
            grouped[first, default: []].append(Entry(words: words, value: value))
        }
        byFirstWord = WordIndex(order.map { key in
            (key, grouped[key]!.enumerated().sorted {
                ($0.element.words.count, -$0.offset) > ($1.element.words.count, -$1.offset)
            }.map(\.element))
        })
    }

    /// The hashes of a phrase's words.
    static func words(of text: String) -> [UInt64] {
        text.split(whereSeparator: { $0 == " " || $0 == "-" }).map { WordHash.of(String($0)) }
    }

    /// True when some phrase starts with this word.
    @inline(__always) func mayStart(with hash: UInt64) -> Bool { byFirstWord.contains(hash) }

    /// The longest phrase that starts at token `i`: the index just past its last word, and its value.
    func match(_ tokens: ArraySlice<Token>, at i: Int) -> (end: Int, value: Value)? {
        guard i >= tokens.startIndex, i < tokens.endIndex else { return nil }
        let t = tokens[i]
        guard t.kind == .word, let candidates = byFirstWord.get(t.hash) else { return nil }
        for entry in candidates {
            if let end = PhraseTable.matchWords(entry.words, tokens, at: i) { return (end, entry.value) }
        }
        return nil
    }

    /// Matches `words` against consecutive word tokens from `i`, skipping single dashes between them.
    static func matchWords(_ words: [UInt64], _ tokens: ArraySlice<Token>, at i: Int) -> Int? {
        var k = i
        for (n, w) in words.enumerated() {
            if n > 0, k < tokens.endIndex, tokens[k].isDash, !tokens[k].spaceBefore { k += 1 }
            guard k < tokens.endIndex, tokens[k].kind == .word, tokens[k].hash == w else { return nil }
            k += 1
        }
        return k
    }
}
