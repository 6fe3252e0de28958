/// Splits a line's tokens into sentences at `.`, `!`, `?` and `…`, keeping abbreviations and decimals whole.
enum Sentences {
    /// Words that end with a full stop without ending the sentence: "Sept. 8", "Mr. Smith", "U.S. dollars".
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "jr", "sr",
        "u", "s", "e", "g", "i", "approx", "est", "fig", "dept", "min", "max", "bln", "mln", "trln", "ave",
    ]

    /// Replaces the contents of `result` with the token index ranges of the sentences in `tokens[range]`;
    /// `stops` are the indices of the terminator tokens (`.`, `!`, `?`, `…`) in order, as the tokenizer found them.
    static func split(_ tokens: Tokens, _ range: Range<Int>, stops: TokenIndices, into result: inout [Range<Int>]) {
        result.empty()
        var start = range.lowerBound
        for i in stops where i >= start && i < range.upperBound {
            var end = i + 1
            // Closing quotes and brackets stay with the sentence they close.
            while end < range.upperBound, tokens[end].kind == .symbol, isCloser(tokens[end].hash),
                  !tokens[end].spaceBefore {
                end += 1
            }
            if endsSentence(tokens, at: i, next: end, limit: range.upperBound) {
                result.append(start..<end)
                start = end
            }
        }
        if start < range.upperBound { result.append(start..<range.upperBound) }
    }

    static func isTerminator(_ h: UInt64) -> Bool { h == 0x2E || h == 0x21 || h == 0x3F || h == 0x2026 }
    /// Punctuation that may start a clause or a section: `,` `;` `:` and the dashes (hyphen, en, em, minus).
    static func isClausePunctuation(_ h: UInt64) -> Bool {
        h == 0x2C || h == 0x3B || h == 0x3A || h == 0x2D || h == 0x2013 || h == 0x2014 || h == 0x2212
    }
    static func isCloser(_ h: UInt64) -> Bool {
        h == 0x22 || h == 0x27 || h == 0x29 || h == 0x201D || h == 0x2019 || h == 0xBB || h == 0x5D
    }

    private static func endsSentence(_ tokens: Tokens, at i: Int, next: Int, limit: Int) -> Bool {
        guard next < limit else { return true }
        let after = tokens[next]
        guard after.spaceBefore else { return false }  // "U.S." or "2.5" glued
        if tokens[i].hash == 0x2E, i > 0 {
            let before = tokens[i - 1]
            if before.kind == .word, abbreviations.contains(before.hash) || before.end - before.start == 1 {
                return false
            }
        }
        // A new sentence starts with a capital, a digit, a quote, a bracket or a currency sign.
        switch after.kind {
        case .word: return after.capitalized
        case .number: return true
        case .symbol:
            return after.hash == 0x22 || after.hash == 0x201C || after.hash == 0x28 || after.hash == 0xAB
                || after.hash == 0x24 || after.hash == 0x20AC || after.hash == 0x2018
        }
    }
}
