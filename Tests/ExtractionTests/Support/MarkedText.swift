import Claims
import Extraction

/// A test sentence with the expected claim text marked as `⏩…⏪`; the span is counted in code points.
struct MarkedText: CustomStringConvertible {
    /// The text with the markers removed.
    let text: String
    /// The span between the markers.
    let span: Span?

    init(_ marked: String) {
        var out = ""
        var start: Int?
        var end: Int?
        var count = 0
        for scalar in marked.unicodeScalars {
            if scalar == "⏩" { start = count; continue }
            if scalar == "⏪" { end = count; continue }
            out.unicodeScalars.append(scalar)
            count += 1
        }
        text = out
        span = start.flatMap { s in end.map { Span(start: s, end: $0) } }
    }

    var description: String { text }
}

/// Runs the extractor on one test text, with every quantity kept.
func extractAll(_ text: String, published: String? = "2024-06-15") -> [Claim] {
    let doc = SourceDocument(id: "test.txt", text: text, published: published.flatMap { Day($0) })
    return Extractor(options: ExtractionOptions(includeOther: true)).extract(doc)
}

