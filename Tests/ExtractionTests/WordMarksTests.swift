import Testing
@testable import Extraction

/// The tokenizer marks the tokens a scanner may start something at; a scanner skips every unmarked token, so a
/// missing mark would lose a number word, a cue or a time reference.
@Suite("Word marks")
struct WordMarksTests {
    /// The tokens of `text`.
    static func tokens(_ text: String) -> [Token] { Tokenized(text).tokens }

    @Test("every first word of the cue, period and number-word indexes carries its scanner's mark")
    func everyStartIsMarked() {
        let families: [(UInt8, [UInt64])] = [
            (WordMarks.cue, Lexicon.cueTables.keys), (WordMarks.period, Lexicon.periodStarts.keys),
            (WordMarks.numberWord, Lexicon.numberWordStarts.keys),
        ]
        for (mark, keys) in families {
            #expect(!keys.isEmpty)
            for key in keys { #expect(WordMarks.table[WordMarks.slot(key)] & mark != 0, "hash \(key)") }
        }
    }

    @Test("in running text, start words are marked, numbers carry the number mark, symbols carry none")
    func tokensCarryMarks() {
        let ts = WordMarksTests.tokens("In January, GDP grew by three percent to 4.5 billion; exports fell.")
        func marks(_ i: Int) -> UInt8 { ts[i].marks }
        #expect(ts.count == 15)
        #expect(marks(1) & WordMarks.period != 0)  // January
        #expect(marks(2) == 0)  // ,
        #expect(marks(3) & WordMarks.cue != 0)  // GDP
        #expect(marks(6) & WordMarks.numberWord != 0)  // three
        #expect(marks(9) == WordMarks.number)  // 4.5
        #expect(marks(11) == 0)  // ;
    }

    @Test("the tokenizer lists exactly the tokens that carry the cue mark, in order, across the buffer's growth")
    func cueWordsListed() {
        let text = "In January, GDP grew by three percent to 4.5 billion; exports fell. The route carried 5 million tons."
        let t = Tokenized(text)  // a buffer of capacity 4: grown while tokenizing
        let marked = t.tokens.indices.filter { t.tokens[$0].marks & WordMarks.cue != 0 }
        #expect(marked.count >= 4)  // GDP, exports, route, tons at least
        #expect(t.cueWords == marked)
        t.buffer.removeAll()
        #expect(t.buffer.cueWords.isEmpty)
    }

    @Test("the tokenizer lists exactly the numbers and the words with the number-word or period mark, in order")
    func figuresListed() {
        let text = "In January, GDP grew by three percent to 4.5 billion; exports doubled in 2023 — 1,200 firms, last year."
        let t = Tokenized(text)
        let figures = t.tokens.indices.filter {
            t.tokens[$0].isNumber || t.tokens[$0].marks & (WordMarks.numberWord | WordMarks.period) != 0
        }
        #expect(figures.filter { t.tokens[$0].isNumber }.count == 3)  // 4.5, 2023, 1,200
        #expect(figures.count >= 6)  // and January, three, last at least
        #expect(t.figures == figures)
        t.buffer.removeAll()
        #expect(t.buffer.figures.isEmpty)
    }

    @Test("a made-up word is marked only when its slot is shared with a start word: about one in ten at most")
    func madeUpWordsMostlyUnmarked() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        var words: [String] = []
        for _ in 0..<2000 {
            var w = "zq"  // no rule word starts so
            for _ in 0..<6 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                w.append(Character(Unicode.Scalar(UInt8(0x61 + (state >> 33) % 26))))
            }
            words.append(w)
        }
        let ts = WordMarksTests.tokens(words.joined(separator: " "))
        #expect(ts.count == words.count)
        let marked = ts.filter { $0.marks != 0 }.count
        #expect(marked * 10 <= ts.count, "\(marked) of \(ts.count) marked")
    }
}
