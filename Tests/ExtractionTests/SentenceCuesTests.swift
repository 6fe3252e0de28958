import Testing
@testable import Extraction

/// The cue scan reads only the tokens the tokenizer listed (cue words, clause punctuation), handed out sentence by
/// sentence by an `IndexCursor`: it must find the same cues whatever order sentences come in.
@Suite("Sentence cues")
struct SentenceCuesTests {
    /// What a scan found, as token ranges per sort of cue.
    struct Found: Equatable {
        var metrics: [Range<Int>] = []
        var entities: [Range<Int>] = []
        var anaphors: [Range<Int>] = []
        var changes: [Range<Int>] = []
        var targets: [Range<Int>] = []
        var clauseStarts: [Int] = []
        var sectionStarts: [Int] = []
        var vetoStarts: [Int] = []
        var namesFDI = false
    }

    static func found(_ cues: SentenceCues) -> Found {
        Found(metrics: cues.metrics.map { $0.start..<$0.end }, entities: cues.entities.map { $0.start..<$0.end },
              anaphors: cues.anaphors.map { $0.start..<$0.end }, changes: cues.changes.map { $0.start..<$0.end },
              targets: cues.targets.map { $0.start..<$0.end }, clauseStarts: cues.clauseStarts,
              sectionStarts: cues.sectionStarts, vetoStarts: cues.vetoStarts, namesFDI: cues.namesFDI)
    }

    /// Scans the sentences of `text` (one line) in the order `order` gives, with one reused `SentenceCues` and one
    /// cursor a list.
    static func scan(_ text: String, order: [Int], full: Bool = true) -> [Int: Found] {
        let t = Tokenized(text)
        var sentences: [Range<Int>] = []
        var result: [Int: Found] = [:]
        let cues = SentenceCues()
        var cueWordAt = IndexCursor(), clauseMarkAt = IndexCursor()
        t.tokens.withUnsafeBufferPointer { tokens in
            t.stops.withUnsafeBufferPointer { Sentences.split(tokens, 0..<tokens.count, stops: $0, into: &sentences) }
            t.cueWords.withUnsafeBufferPointer { cueWords in
                t.clauseMarks.withUnsafeBufferPointer { clauseMarks in
                    for s in order {
                        cues.scan(tokens: tokens, sentence: sentences[s],
                                  cueWords: cueWordAt.entries(of: cueWords, in: sentences[s]),
                                  clauseMarks: clauseMarkAt.entries(of: clauseMarks, in: sentences[s]), full: full)
                        result[s] = found(cues)
                    }
                }
            }
        }
        return result
    }

    static let line = "Kazakhstan's GDP grew by 4.8% in 2023; exports rose, while imports fell. "
        + "The country plans to bring trade turnover to $10 billion by 2030 - the route carried 4.5 million tons. "
        + "Freight on the Middle Corridor increased, according to the ministry."

    @Test("cues, clause and section starts are found at the listed tokens of each sentence")
    func findsCues() {
        let found = SentenceCuesTests.scan(SentenceCuesTests.line, order: [0, 1, 2])
        // Kazakhstan ' s GDP grew by 4.8 % in 2023 ; exports rose , while imports fell .
        #expect(found[0] == Found(metrics: [3..<4, 11..<12, 15..<16], entities: [0..<1],
                                  changes: [4..<5, 12..<13, 16..<17], clauseStarts: [11, 14], sectionStarts: [11],
                                  vetoStarts: [11, 14]))
        // The country plans to bring trade turnover to $ 10 billion by 2030 - the route carried 4.5 million tons .
        #expect(found[1] == Found(metrics: [23..<25, 34..<35], anaphors: [18..<20, 32..<34], targets: [20..<21],
                                  clauseStarts: [32], sectionStarts: [32]))
        // Freight on the Middle Corridor increased , according to the ministry .
        #expect(found[2] == Found(metrics: [39..<40], entities: [42..<44], changes: [44..<45], clauseStarts: [46],
                                  vetoStarts: [46]))
    }

    @Test("a reused scan finds what a fresh one finds, in order, backwards, and sentence by sentence alone")
    func orderDoesNotMatter() {
        let inOrder = SentenceCuesTests.scan(SentenceCuesTests.line, order: [0, 1, 2])
        #expect(SentenceCuesTests.scan(SentenceCuesTests.line, order: [2, 1, 0]) == inOrder)
        #expect(SentenceCuesTests.scan(SentenceCuesTests.line, order: [1, 0, 2, 2, 0]) == inOrder)
        for s in 0..<3 { #expect(SentenceCuesTests.scan(SentenceCuesTests.line, order: [s])[s] == inOrder[s]) }
    }

    @Test("a sentence with an FDI metric cue says so; the next sentence without one clears it")
    func namesFDI() {
        let found = SentenceCuesTests.scan("Foreign direct investment reached $4 billion. Exports grew.", order: [0, 1])
        #expect(found[0]?.namesFDI == true)
        #expect(found[1]?.namesFDI == false)
    }

    @Test("without full, only metrics, entities and anaphors are looked for; clause starts are not")
    func partialScan() {
        let full = SentenceCuesTests.scan(SentenceCuesTests.line, order: [0, 1, 2])
        let partial = SentenceCuesTests.scan(SentenceCuesTests.line, order: [0, 1, 2], full: false)
        for s in 0..<3 {
            #expect(partial[s]!.metrics == full[s]!.metrics)
            #expect(partial[s]!.entities == full[s]!.entities)
            #expect(partial[s]!.clauseStarts.isEmpty && partial[s]!.changes.isEmpty && partial[s]!.targets.isEmpty)
        }
    }
}
