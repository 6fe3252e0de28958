import Testing
@testable import Extraction

/// Sentences are cut at the stops the tokenizer records; abbreviations, decimals and glued stops stay inside.
@Suite("Sentences")
struct SentencesTests {
    /// The sentences of `text` as strings.
    static func sentences(_ text: String) -> [String] {
        let t = Tokenized(text)
        var ranges: [Range<Int>] = []
        t.tokens.withUnsafeBufferPointer { tokens in
            t.stops.withUnsafeBufferPointer { Sentences.split(tokens, 0..<tokens.count, stops: $0, into: &ranges) }
        }
        return ranges.map { t.text(t.tokens[$0.lowerBound].start..<t.tokens[$0.upperBound - 1].end) }
    }

    @Test("the tokenizer records every full stop, question and exclamation mark and ellipsis, and nothing else")
    func stopsRecorded() {
        let t = Tokenized("A. b? c! d… e, f; 4.5 g")
        #expect(t.stops == [1, 3, 5, 7])
        let buffer = t.buffer
        buffer.removeAll()
        #expect(buffer.stops.isEmpty)
    }

    @Test("the tokenizer records every comma, colon, semicolon and dash (hyphen, en, em, minus), and nothing else")
    func clauseMarksRecorded() {
        let t = Tokenized("a, b; c: d - e – f — g − h. i! j ( k / l")
        #expect(t.clauseMarks == [1, 3, 5, 7, 9, 11, 13])
        t.buffer.removeAll()
        #expect(t.buffer.clauseMarks.isEmpty)
    }

    @Test("a stop followed by a space and a capital, digit or quote ends a sentence; closing quotes stay with it")
    func splits() {
        #expect(SentencesTests.sentences("GDP grew. Trade fell! Why? 2024 was good.")
                == ["GDP grew.", "Trade fell!", "Why?", "2024 was good."])
        #expect(SentencesTests.sentences("He said \"it grew.\" Then it fell.") == ["He said \"it grew.\"", "Then it fell."])
    }

    @Test("abbreviations, initials, decimals, glued stops and a lower-case next word keep the sentence whole")
    func keepsWhole() {
        #expect(SentencesTests.sentences("Mr. Smith paid 4.5 U.S. dollars on Sept. 8 to the U.S. Treasury.").count == 1)
        #expect(SentencesTests.sentences("It grew. and then it fell.").count == 1)
    }
}
