import Claims
import PropertyBased
import Testing
@testable import Extraction

/// Random and mutated text never crashes the extractor, and every claim's text is the document at its span.
@Suite("Extractor properties")
struct PropertyTests {
    /// Pieces that random documents are built from: words, numbers, scales, units, signs, dashes, non-ASCII.
    static let fragments = [
        "cargo", "trade", "turnover", "GDP", "grew", "by", "to", "in", "2023", "last year", "this year", "$", "US$", "€",
        "₸", "%", "percent", "-", "–", "—", "fold", "times", "three", "twice", "tripled", "a third", "half", "of", "the",
        "Kazakhstan", "TITR", "Middle Corridor", "route", "4.5", "2.76", "10,000", ",", ".", "(", ")", "million", "bn",
        "tons", "TEU", "almost", "over", "about", "by 2030", "from", "January", "–September", "first half", "Q1",
        "expected", "plans", "aims", "FDI", "investment", "’s", "\"", "\n", "  ", "Türkiye", "😀", "\u{00A0}", "é",
        "0", "31", "May", "1,234.5", "..", "—", "12bn", "KZT", "USD", "soums", "7-fold", "year-on-year", "per cent",
        "99999999999999999999999", "0.000000000000000000000000000000000000001", "1e400", "-", "−2.5", "(−3.1%)",
    ]

    /// A sentence written for these tests; the mutations start from it.
    static let seed = "Cargo along the TITR rose by 62% to 4.5 million tons in 2024, three times more than in 2021, "
        + "and trade between Kazakhstan and China reached $31.5 billion; the goal is 10 million tons by 2030."

    @Test("random fragment soup: no crash, spans in bounds, text equals the document at the span")
    func randomText() async {
        await propertyCheck(count: 300, input: Gen.element(of: PropertyTests.fragments).array(of: 0...80)) { parts in
            let text = parts.compactMap { $0 }.joined(separator: " ")
            PropertyTests.checkSpans(text)
            PropertyTests.checkSpans(parts.compactMap { $0 }.joined())
        }
    }

    @Test("mutated sentences: deletions, insertions and swaps keep spans exact")
    func mutatedText() async {
        let edits = Gen.int(in: 0...10_000).array(of: 1...12)
        await propertyCheck(count: 300, input: edits, Gen.element(of: PropertyTests.fragments)) { positions, insert in
            var scalars = Array(PropertyTests.seed.unicodeScalars)
            for (n, p) in positions.enumerated() where !scalars.isEmpty {
                let i = p % scalars.count
                switch n % 3 {
                case 0: scalars.remove(at: i)
                case 1: scalars.insert(contentsOf: (insert ?? "").unicodeScalars, at: i)
                default: scalars.swapAt(i, (i * 7 + 3) % scalars.count)
                }
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            PropertyTests.checkSpans(text)
        }
    }

    @Test("a currency word between two numbers, read with both, does not stop the extractor (found by the fragment soup)",
          arguments: ["grew by 2030 USD 1,234.5", "Exports grew by 12% in 2024 USD 310 million.",
                      "Trade rose three times 2030 USD 1,234.5 in 2024."])
    func currencyReadWithBothNumbers(_ text: String) {
        PropertyTests.checkSpans(text)
    }

    @Test("a document with front matter: spans still count from the start of the file")
    func frontMatterOffsets() throws {
        let text = "---\npublished: 2024-07-03\ntitle: Route figures\n---\n\nCargo on the Middle Corridor reached 4.5 million tons in 2024."
        let doc = try SourceDocument.parse(id: "x.txt", text: text)
        let claims = Extractor().extract(doc)
        #expect(claims.count == 1)
        for c in claims { #expect(PropertyTests.slice(text, c.span) == c.text) }
    }

    @Test("a currency code between two numbers, read with both, does not crash the period pass (found by fuzzing)")
    func sharedCurrencyCode() {
        let text = "0.000000000000000000000000000000000000001 USD 2023 Q1"
        PropertyTests.checkSpans(text)
        #expect(extractAll(text).count == 2)
    }

    /// The code points of `text` in `span`.
    static func slice(_ text: String, _ span: Span) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        out.unicodeScalars.append(contentsOf: scalars[span.start..<span.end])
        return out
    }

    static func checkSpans(_ text: String) {
        let count = text.unicodeScalars.count
        for c in extractAll(text) {
            #expect(c.span.start >= 0 && c.span.end <= count && c.span.start < c.span.end)
            if c.span.end <= count { #expect(slice(text, c.span) == c.text) }
            #expect(c.value.isFinite)
        }
    }
}
