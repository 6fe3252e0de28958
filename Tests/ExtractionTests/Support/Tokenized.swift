@testable import Extraction

/// A text tokenized as the extractor does it, for tests that look at tokens, marks and the index lists. The tokens
/// are copied out of the buffer while it is alive: a `Tokens` view must never outlive its `TokenBuffer`.
struct Tokenized {
    let bytes: [UInt8]
    /// The buffer the tokenizer wrote (for tests of the buffer itself).
    let buffer: TokenBuffer
    let tokens: [Token]
    let stops: [Int]
    let cueWords: [Int]
    let clauseMarks: [Int]
    let figures: [Int]

    init(_ text: String) {
        let bytes = Array(text.utf8)
        // A small initial capacity, so the buffer's growth is exercised too.
        let buffer = TokenBuffer(capacity: 4)
        bytes.withUnsafeBufferPointer { Tokenizer.tokenize($0, range: 0..<bytes.count, into: buffer) }
        self.bytes = bytes
        self.buffer = buffer
        tokens = Array(buffer.tokens)
        stops = Array(buffer.stops)
        cueWords = Array(buffer.cueWords)
        clauseMarks = Array(buffer.clauseMarks)
        figures = Array(buffer.figures)
    }

    /// The text of `bytes[range]`.
    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
}
