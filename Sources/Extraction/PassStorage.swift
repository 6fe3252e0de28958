import Synchronization

/// The buffers a document pass fills and empties sentence after sentence (tokens, cues, quantities, time words,
/// names, sentences, drafts), kept from one document to the next so an extraction lane allocates them once
/// rather than once per document. Used by one thread at a time: the pool hands it out and takes it back.
final class PassStorage: @unchecked Sendable {
    /// A token buffer grown past this many tokens (a line of tens of thousands of words) is not kept.
    static let keptTokens = 1 << 16

    let cues = SentenceCues()
    private(set) var tokens = TokenBuffer()
    var quantities: [Quantity] = []
    var mentions: [PeriodMention] = []
    var entities: [EntityResolver.Mention] = []
    var sentences: [Range<Int>] = []
    var drafts: [Draft] = []

    /// Empties the buffers for the next document; one grown for a huge line is dropped, not kept for good.
    func reset() {
        if tokens.capacity > PassStorage.keptTokens { tokens = TokenBuffer() }
        tokens.removeAll()
        quantities.empty()
        mentions.empty()
        entities.empty()
        sentences.empty()
        drafts.empty()
    }
}

/// Pass storage for whichever thread extracts next: taken for a document and given back after it.
final class PassStoragePool: Sendable {
    private let free = Mutex<[PassStorage]>([])

    /// Storage no other thread is using, made new when none is free.
    func take() -> PassStorage {
        free.withLock { $0.popLast() } ?? PassStorage()
    }

    /// Gives storage back, emptied, for the next document.
    func give(_ storage: PassStorage) {
        storage.reset()
        free.withLock { $0.append(storage) }
    }
}
