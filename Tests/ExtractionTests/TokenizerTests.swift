import Testing
@testable import Extraction

/// The tokenizer hashes words in place, eight bytes at a time; the rule tables hash them from strings.
@Suite("Tokenizer")
struct TokenizerTests {
    static let words = ["a", "GDP", "Q1", "tons", "Tonnes", "turnover", "TURNOVER", "year-", "Kazakhstan", "TransCaspian",
                        "international", "internationally", "Internationalization", "Türkiye", "ŞANLIURFA", "Zz9", "AZaz@[`{", "élan"]

    /// Every word token of `text`, as (word, hash) pairs.
    static func wordHashes(_ text: String) -> [(String, UInt64)] {
        let t = Tokenized(text)
        return t.tokens.filter(\.isWord).map { (t.text($0.start..<$0.end), $0.hash) }
    }

    @Test("a word's hash in running text equals the hash of the word alone, at the start, middle and end of a text")
    func hashesAgree() {
        for word in TokenizerTests.words {
            for text in [word, "\(word) x", "x \(word)", "some longer text before \(word) and after it", "(\(word))"] {
                for (found, hash) in TokenizerTests.wordHashes(text) {
                    #expect(hash == WordHash.of(found), "\(found) in \(text)")
                }
            }
        }
    }

    @Test("hashes ignore ASCII case and nothing else")
    func caseFolding() {
        #expect(WordHash.of("Kazakhstan") == WordHash.of("KAZAKHSTAN"))
        #expect(WordHash.of("internationally") == WordHash.of("INTERNATIONALLY"))
        #expect(WordHash.of("tons") != WordHash.of("tonnes"))
        #expect(WordHash.of("ab") != WordHash.of("ba"))
        #expect(WordHash.of("internationalX") != WordHash.of("internationalY"))
        #expect(WordHash.of("@") != WordHash.of("`"))  // 0x40 and 0x60 are not a case pair
        #expect(WordHash.of("é") != WordHash.of("É"))  // only ASCII letters fold
    }

    @Test("words end at the first byte that is no letter or digit, eight bytes at a time or one by one")
    func wordEnds() {
        let text = "abcdefgh1 abcdefghi,Türkiye's xy"
        #expect(TokenizerTests.wordHashes(text).map(\.0) == ["abcdefgh1", "abcdefghi", "Türkiye", "s", "xy"])
        for w in 0..<256 {
            let b = UInt8(w)
            let isWordByte = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            let chunk = UInt64(0x61) | UInt64(b) << 8 | UInt64(0x62) << 16
            #expect(Tokenizer.asciiWordBytes(chunk) == (isWordByte ? 3 : 1), "byte \(w)")
        }
    }

    @Test("a range that ends inside a word ends the word there, short or long, as the range says")
    func rangeEndsInsideAWord() {
        for (text, cut, expected) in [("growth rates rose", 9, ["growth", "ra"]), ("internationally known", 8, ["internat"]),
                                      ("tons of cargo", 2, ["to"])] {
            let bytes = Array(text.utf8)
            let buffer = TokenBuffer()
            bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0, range: 0..<cut, into: buffer) }
            let words = buffer.tokens.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
            #expect(words == expected, "\(text) cut at \(cut)")
            #expect(zip(buffer.tokens, words).allSatisfy { $0.0.hash == WordHash.of($0.1) })
        }
    }
}
