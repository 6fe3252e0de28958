extension UnsafeBufferPointer where Element == Token {
    /// "China's", "China’s": the name that ends before token `end` is followed by an apostrophe and "s", both before
    /// `limit` (the sentence's end).
    func isPossessive(nameEnd end: Int, limit: Int) -> Bool {
        end + 1 < limit && (self[end].isSymbol("'") || self[end].isSymbol("\u{2019}")) && self[end + 1].isWord(Word.s)
    }
}
