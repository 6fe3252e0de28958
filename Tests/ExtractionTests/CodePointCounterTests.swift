import Testing
@testable import Extraction

/// Spans count code points; the counter walks the UTF-8 in 32- and 8-byte steps and must agree with Swift's count.
@Suite("Code point counter")
struct CodePointCounterTests {
    @Test("every offset, forwards then backwards, counts what String.unicodeScalars counts, ASCII runs and non-ASCII alike")
    func agreesWithUnicodeScalars() {
        let pieces = ["plain ASCII text that runs well past thirty-two bytes in one go, ", "Türkiye ", "– ", "₸ 4.5 ",
                      "𝔾DP ", "a", "ab", "long ASCII tail without any accents at all, for the eight-byte loop"]
        for n in 0..<pieces.count {
            let text = pieces[n...].joined() + pieces[..<n].joined()
            let bytes = Array(text.utf8)
            // Offsets at code point starts only, as spans are.
            var starts: [Int] = []
            var offset = 0
            for s in text.unicodeScalars {
                starts.append(offset)
                offset += String(s).utf8.count
            }
            starts.append(bytes.count)
            bytes.withUnsafeBufferPointer { buffer in
                var counter = CodePointCounter(bytes: buffer)
                for (expected, byte) in starts.enumerated() { #expect(counter.codePoints(upTo: byte) == expected) }
                for (expected, byte) in starts.enumerated().reversed() { #expect(counter.codePoints(upTo: byte) == expected) }
            }
        }
    }
}
