/// The tokens of one line as the scanners read them: a view into a `TokenBuffer`, valid while the line is read.
typealias Tokens = UnsafeBufferPointer<Token>

/// Indices of some of a line's tokens, in order: a view into a `TokenBuffer`, valid while the line is read.
typealias TokenIndices = UnsafeBufferPointer<Int>

/// Token storage kept for a whole document pass and refilled line after line: the tokenizer writes through a
/// pointer, without the uniqueness and capacity checks of an array append per token. Beside the tokens it keeps
/// lists of token indices the tokenizer writes as it goes, so that a scanner looking for a few sorts of token
/// reads those instead of every token (and does not branch, token after token, on which sort each one is).
final class TokenBuffer {
    /// Where the tokenizer writes next: the first free slot of the tokens and of each index list.
    struct Slots {
        var tokens: UnsafeMutablePointer<Token>
        var stops: UnsafeMutablePointer<Int>
        var cueWords: UnsafeMutablePointer<Int>
        var clauseMarks: UnsafeMutablePointer<Int>
        var figures: UnsafeMutablePointer<Int>
    }

    /// How many tokens and indices the tokenizer wrote at the `Slots`.
    struct Written {
        var tokens = 0
        var stops = 0
        var cueWords = 0
        var clauseMarks = 0
        var figures = 0
    }

    private var base: UnsafeMutablePointer<Token>
    /// Tokens (and entries of each index list) the storage holds before it has to grow.
    private(set) var capacity: Int
    /// Each index list has room for as many entries as there are tokens, since each entry is a token. Held as
    /// pointers, like the tokens, so that handing them on counts no references.
    private var stopBase: UnsafeMutablePointer<Int>
    private var cueWordBase: UnsafeMutablePointer<Int>
    private var clauseMarkBase: UnsafeMutablePointer<Int>
    private var figureBase: UnsafeMutablePointer<Int>
    private var written = Written()

    init(capacity: Int = 1024) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
        stopBase = .allocate(capacity: self.capacity)
        cueWordBase = .allocate(capacity: self.capacity)
        clauseMarkBase = .allocate(capacity: self.capacity)
        figureBase = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
        stopBase.deallocate()
        cueWordBase.deallocate()
        clauseMarkBase.deallocate()
        figureBase.deallocate()
    }

    /// Tokens written so far.
    var count: Int { written.tokens }

    /// The tokens written since the last `removeAll`.
    var tokens: Tokens { Tokens(start: base, count: written.tokens) }

    /// Tokens that may end a sentence (`.`, `!`, `?`, `…`): the sentence splitter reads these instead of every token.
    var stops: TokenIndices { TokenIndices(start: stopBase, count: written.stops) }

    /// Words that carry the cue mark (`WordMarks.cue`): the cue scan reads these instead of every token.
    var cueWords: TokenIndices { TokenIndices(start: cueWordBase, count: written.cueWords) }

    /// Punctuation that may start a clause (`Sentences.isClausePunctuation`), for the cue scan likewise.
    var clauseMarks: TokenIndices { TokenIndices(start: clauseMarkBase, count: written.clauseMarks) }

    /// Numbers, and words that carry the number-word or the period mark: where the quantity and period scans
    /// can start.
    var figures: TokenIndices { TokenIndices(start: figureBase, count: written.figures) }

    /// Forgets the tokens, keeping the storage.
    func removeAll() {
        written = Written()
    }

    /// Room for `extra` more tokens (and index entries) after the current ones: pointers to the first free
    /// slots, which `didWrite` then accounts for.
    func reserve(_ extra: Int) -> Slots {
        if written.tokens + extra > capacity {
            var grown = capacity
            while grown < written.tokens + extra { grown *= 2 }
            TokenBuffer.move(&base, count: written.tokens, to: grown)
            TokenBuffer.move(&stopBase, count: written.stops, to: grown)
            TokenBuffer.move(&cueWordBase, count: written.cueWords, to: grown)
            TokenBuffer.move(&clauseMarkBase, count: written.clauseMarks, to: grown)
            TokenBuffer.move(&figureBase, count: written.figures, to: grown)
            capacity = grown
        }
        return Slots(tokens: base + written.tokens, stops: stopBase + written.stops,
                     cueWords: cueWordBase + written.cueWords, clauseMarks: clauseMarkBase + written.clauseMarks,
                     figures: figureBase + written.figures)
    }

    /// Counts what the tokenizer placed at the slots `reserve` returned.
    func didWrite(_ more: Written) {
        written.tokens += more.tokens
        written.stops += more.stops
        written.cueWords += more.cueWords
        written.clauseMarks += more.clauseMarks
        written.figures += more.figures
    }

    /// Moves the first `count` elements of `storage` into a fresh allocation of `capacity`.
    private static func move<T>(_ storage: inout UnsafeMutablePointer<T>, count: Int, to capacity: Int) {
        let fresh = UnsafeMutablePointer<T>.allocate(capacity: capacity)
        fresh.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = fresh
    }
}

/// A place in one line's index list, moved on sentence by sentence: hands out the entries inside each sentence.
struct IndexCursor {
    private var position = 0

    /// The entries of `list` (sorted) inside `range`. Ranges handed in order cost one step per entry; a range
    /// before the last one is looked for from the list's start.
    mutating func entries(of list: TokenIndices, in range: Range<Int>) -> TokenIndices {
        if position > list.count || (position > 0 && list[position - 1] >= range.lowerBound) { position = 0 }
        while position < list.count && list[position] < range.lowerBound { position += 1 }
        let first = position
        while position < list.count && list[position] < range.upperBound { position += 1 }
        return TokenIndices(rebasing: list[first..<position])
    }
}

/// One sentence as the scanners read it: the line's tokens, the sentence's range among them, and the sentence's
/// entries of the line's index lists.
struct SentenceTokens {
    let all: Tokens
    let range: Range<Int>
    let cueWords: TokenIndices
    let clauseMarks: TokenIndices
    let figures: TokenIndices
}
