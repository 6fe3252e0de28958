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
    /// Storage for the indices of the tokens that may end a sentence (`.`, `!`, `?`, `…`): as many as tokens,
    /// since each is a token. Held as a pointer, like the tokens, so that handing it on counts no references.
    private var stopBase: UnsafeMutablePointer<Int>
    private var stopCount = 0

    init(capacity: Int = 1024) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
        stopBase = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
        stopBase.deallocate()
    }

    /// The tokens written since the last `removeAll`.
    var tokens: Tokens { Tokens(start: base, count: count) }

    /// Indices of the tokens written so far that may end a sentence, in order: the sentence splitter reads these
    /// instead of every token. A view, valid until the buffer is next written.
    var stops: UnsafeBufferPointer<Int> { UnsafeBufferPointer(start: stopBase, count: stopCount) }

    /// Forgets the tokens, keeping the storage.
    func removeAll() {
        count = 0
        stopCount = 0
    }

    /// Room for `extra` more tokens (and stops) after the current ones: pointers to the first free slots, which
    /// `didWrite` then accounts for.
    func reserve(_ extra: Int) -> (tokens: UnsafeMutablePointer<Token>, stops: UnsafeMutablePointer<Int>) {
        if count + extra > capacity {
            var grown = capacity
            while grown < count + extra { grown *= 2 }
            let fresh = UnsafeMutablePointer<Token>.allocate(capacity: grown)
            fresh.moveInitialize(from: base, count: count)
            base.deallocate()
            base = fresh
            let freshStops = UnsafeMutablePointer<Int>.allocate(capacity: grown)
            freshStops.moveInitialize(from: stopBase, count: stopCount)
            stopBase.deallocate()
            stopBase = freshStops
            capacity = grown
        }
        return (base + count, stopBase + stopCount)
    }

    /// Counts `written` tokens and `stops` stops placed at the pointers `reserve` returned.
    func didWrite(_ written: Int, stops: Int) {
        count += written
        stopCount += stops
    }
}
