/// The tokens of one line as the scanners read them: a view into a `TokenBuffer`, valid while the line is read.
typealias Tokens = UnsafeBufferPointer<Token>

/// Token storage kept for a whole document pass and refilled line after line: the tokenizer writes through a
/// pointer, without the uniqueness and capacity checks of an array append per token.
final class TokenBuffer {
    private var base: UnsafeMutablePointer<Token>
    /// Tokens the storage holds before it has to grow.
    private(set) var capacity: Int
    /// Tokens written so far.
    private(set) var count = 0
    /// Indices of the tokens written so far that may end a sentence (`.`, `!`, `?`, `…`), in order: the sentence
    /// splitter reads these instead of every token.
    var stops: [Int] = []

    init(capacity: Int = 1024) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The tokens written since the last `removeAll`.
    var tokens: Tokens { Tokens(start: base, count: count) }

    /// Forgets the tokens, keeping the storage.
    func removeAll() {
        count = 0
        stops.empty()
    }

    /// Room for `extra` more tokens after the current ones: a pointer to the first free slot, which
    /// `didWrite` then accounts for.
    func reserve(_ extra: Int) -> UnsafeMutablePointer<Token> {
        if count + extra > capacity {
            var grown = capacity
            while grown < count + extra { grown *= 2 }
            let fresh = UnsafeMutablePointer<Token>.allocate(capacity: grown)
            fresh.moveInitialize(from: base, count: count)
            base.deallocate()
            base = fresh
            capacity = grown
        }
        return base + count
    }

    /// Counts `written` tokens placed at the pointer `reserve` returned.
    func didWrite(_ written: Int) { count += written }
}
