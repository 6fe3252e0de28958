import Claims

/// What the extractor keeps beyond the six graded metrics.
public struct ExtractionOptions: Sendable {
    /// Keep every money amount, percentage, tonnage and count, the rest as `other:SLUG`.
    public var includeOther: Bool
    /// Say in each claim which words or rules decided its entity, metric, kind, period and bound (`Claim.why`).
    public var explain: Bool
    /// Keep each claim's sentence (`Claim.quote`), for a store whose findings quote it; `extract` prints no sentence,
    /// so it does not make them.
    public var quotes: Bool

    public init(includeOther: Bool = false, explain: Bool = false, quotes: Bool = false) {
        self.includeOther = includeOther
        self.explain = explain
        self.quotes = quotes
    }
}

/// Turns the text of one document into dated claims; no file I/O, safe to run in parallel (the only state shared
/// between threads is a locked pool of scratch buffers, each used by one document at a time).
public struct Extractor: Sendable {
    public var options: ExtractionOptions
    /// Buffers reused from document to document by whichever thread extracts.
    private let storage = PassStoragePool()

    public init(options: ExtractionOptions = ExtractionOptions()) {
        self.options = options
    }

    /// The claims of one document, in text order.
    public func extract(_ doc: SourceDocument) -> [Claim] {
        if doc.utf8.isEmpty { return [] }
        let buffers = storage.take()
        defer { storage.give(buffers) }
        return doc.utf8.withUnsafeBufferPointer { bytes in
            var pass = DocumentPass(bytes: bytes, document: doc, options: options, storage: buffers)
            return pass.run()
        }
    }
}

/// One run of the extractor over one document: paragraphs, then sentences, then claims.
struct DocumentPass {
    /// The document's UTF-8, valid for the pass.
    let bytes: UnsafeBufferPointer<UInt8>
    let document: SourceDocument
    let options: ExtractionOptions
    var context: DocumentContext
    var drafts: [Draft] = []
    /// Paragraphs that speak of FDI, in reading order (few per document: a list, not a set to allocate).
    var paragraphsWithFDI: [Int] = []
    /// True when the headline speaks of FDI: then every paragraph does.
    var titleNamesFDI = false
    /// Buffers reused from sentence to sentence and, through `storage`, from document to document: the arrays
    /// are taken out of it while the pass runs (so they are not shared while written) and given back after.
    private let storage: PassStorage
    private var quantityBuffer: [Quantity] = []
    private var mentionBuffer: [PeriodMention] = []
    private var entityBuffer: [EntityResolver.Mention] = []
    /// One scanner of each kind for the whole pass, pointed at each sentence in turn.
    private var quantityScanner: QuantityScanner
    private var periodScanner: PeriodScanner

    init(bytes: UnsafeBufferPointer<UInt8>, document: SourceDocument, options: ExtractionOptions, storage: PassStorage) {
        self.bytes = bytes
        self.document = document
        self.options = options
        context = DocumentContext(published: document.published)
        context.explain = options.explain
        self.storage = storage
        quantityScanner = QuantityScanner(tokens: Tokens(start: nil, count: 0), sentence: 0..<0, bytes: bytes,
                                          keepCounts: options.includeOther)
        periodScanner = PeriodScanner(tokens: Tokens(start: nil, count: 0), sentence: 0..<0)
    }

    mutating func run() -> [Claim] {
        var sentences = storage.sentences
        drafts = storage.drafts
        quantityBuffer = storage.quantities
        mentionBuffer = storage.mentions
        entityBuffer = storage.entities
        storage.sentences = []
        storage.drafts = []
        storage.quantities = []
        storage.mentions = []
        storage.entities = []
        defer {
            storage.sentences = sentences
            storage.drafts = drafts
            storage.quantities = quantityBuffer
            storage.mentions = mentionBuffer
            storage.entities = entityBuffer
        }
        let tokenBuffer = storage.tokens
        // Held here for the whole document and lent to each sentence (fetched a sentence, it was retained a sentence).
        let cues = storage.cues
        findSubjects()
        let text = bytes
        var lineStart = min(document.bodyStart, text.count)
        var paragraph = 0
        while lineStart < text.count {
            let lineEnd = Tokenizer.lineEnd(text, from: lineStart)
            if lineEnd > lineStart {
                tokenBuffer.removeAll()
                Tokenizer.tokenize(text, range: lineStart..<lineEnd, into: tokenBuffer)
                let tokens = tokenBuffer.tokens
                let cueWords = tokenBuffer.cueWords, clauseMarks = tokenBuffer.clauseMarks, figures = tokenBuffer.figures
                var cueWordAt = IndexCursor(), clauseMarkAt = IndexCursor(), figureAt = IndexCursor()
                Sentences.split(tokens, 0..<tokens.count, stops: tokenBuffer.stops, into: &sentences)
                // By index: a for-in loop would hold the list (a retain and a release a line).
                for s in 0..<sentences.count {
                    let sentence = sentences[s]
                    process(SentenceTokens(all: tokens, range: sentence,
                                           cueWords: cueWordAt.entries(of: cueWords, in: sentence),
                                           clauseMarks: clauseMarkAt.entries(of: clauseMarks, in: sentence),
                                           figures: figureAt.entries(of: figures, in: sentence)),
                            cues: cues, paragraph: paragraph)
                }
                paragraph += 1
            }
            lineStart = lineEnd + 1
        }
        sharpenFDI()
        fillLatestBases()
        return claims()
    }

    /// The document's subject country and route from its title; the body fills in what the title lacks,
    /// sentence by sentence as it is read.
    private mutating func findSubjects() {
        // A variable so that its bytes are read in place (`withUTF8`), not copied into an array.
        guard var title = document.title, !title.isEmpty else { return }
        storage.tokens.removeAll()
        title.withUTF8 { Tokenizer.tokenize($0, range: 0..<$0.count, into: storage.tokens) }
        let tokens = storage.tokens.tokens
        storage.cues.scan(tokens: tokens, sentence: 0..<tokens.count, cueWords: storage.tokens.cueWords,
                          clauseMarks: storage.tokens.clauseMarks, full: false)
        pickSubjects(from: storage.cues, tokens: tokens, inTitle: true)
        titleNamesFDI = storage.cues.namesFDI
    }

    /// The subject, by the first rule that finds a name (`SubjectRule`); in the body, only the Central Asian
    /// rules apply after the first paragraph, so a country named in passing later does not become the subject.
    private mutating func pickSubjects(from cues: SentenceCues, tokens: Tokens, inTitle: Bool, paragraph: Int = 0) {
        if context.subject == nil {
            let rules = inTitle || paragraph == 0 ? SubjectRule.allCases : SubjectRule.centralAsian
            for rule in rules {
                if let name = rule.pick(cues.entities, tokens: tokens) {
                    context.subject = name
                    context.subjectRule = (rule, inTitle)
                    break
                }
            }
        }
        if context.transportSubject == nil {
            context.transportSubject = cues.entities.first(where: { $0.value.category == .transport })?.value.canonical
        }
    }

    private mutating func process(_ input: SentenceTokens, cues: SentenceCues, paragraph: Int) {
        let tokens = input.all, sentence = input.range
        // Buffers are taken out of `self` while in use so their storage is reused, not copied.
        var quantities = quantityBuffer, mentions = mentionBuffer
        quantityBuffer = []
        mentionBuffer = []
        defer {
            quantityBuffer = quantities
            mentionBuffer = mentions
        }
        // Counts ("13,000 containers") are never one of the six metrics: without --all they are not kept.
        quantityScanner.tokens = tokens
        quantityScanner.sentence = sentence
        quantityScanner.figures = input.figures
        quantityScanner.scan(into: &quantities)
        cues.scan(tokens: tokens, sentence: sentence, cueWords: input.cueWords, clauseMarks: input.clauseMarks,
                  full: !quantities.isEmpty)
        if context.subject == nil || context.transportSubject == nil {
            pickSubjects(from: cues, tokens: tokens, inTitle: false, paragraph: paragraph)
        }
        if cues.namesFDI, paragraphsWithFDI.last != paragraph {
            paragraphsWithFDI.append(paragraph)
        }
        mentions.empty()
        if !quantities.isEmpty || input.figures.contains(where: { tokens[$0].isYearLike }) {
            periodScanner.tokens = tokens
            periodScanner.sentence = sentence
            periodScanner.figures = input.figures
            periodScanner.scan(into: &mentions)
        }
        var periodOfSentence: Period?
        var metricOfSentence: Metric?
        var periodsByMetric = PeriodsByMetric()
        // A sentence without figures and without names only clears what the next sentence inherits.
        if quantities.isEmpty && cues.entities.isEmpty && cues.anaphors.isEmpty {
            context.previousEntities.empty()
        } else {
            let names = EntityResolver(tokens: tokens, sentence: sentence, cues: cues, context: context, bytes: bytes,
                                       readsFigures: !quantities.isEmpty,
                                       reusing: takeEntityBuffer())
            if !quantities.isEmpty {
                let resolver = SentenceResolver(tokens: tokens, sentence: sentence, quantities: quantities,
                                                mentions: mentions, cues: cues, context: context, bytes: bytes)
                let first = drafts.count
                resolver.resolve(names: names, into: &drafts)
                // Read in place in the list, not copied out of it.
                for i in first..<drafts.count {
                    drafts[i].paragraph = paragraph
                    guard drafts[i].metric.isGraded else { continue }
                    let metric = drafts[i].metric
                    metricOfSentence = metric
                    if !drafts[i].kind.isForwardLooking, let p = drafts[i].period {
                        periodOfSentence = p
                        periodsByMetric[metric] = p
                        context.lastFactPeriod = p
                    }
                    if let e = drafts[i].entity { context.lastEntity[MetricFamily(metric)] = (e, drafts[i].counterpart) }
                }
            }
            let found = names.takeMentions()
            remember(found)
            entityBuffer = found
        }
        if periodOfSentence == nil {
            periodOfSentence = mentions.last(where: { $0.role == .stated }).flatMap {
                PeriodResolver(published: context.published, sameAs: context.lastFactPeriod ?? context.previousPeriod)
                    .stated($0)
            }
        }
        // "Uzbekistan's trade turnover grew in 2023. China ($13 billion), Russia ($11 billion) …": a sentence without
        // figures that names one metric hands it, with the period it states, to the figures of the next.
        if metricOfSentence == nil, quantities.isEmpty, let m = cues.onlyGradedMetric {
            metricOfSentence = m
            periodsByMetric[m] = periodOfSentence
        }
        context.previousPeriod = periodOfSentence
        context.previousMetric = metricOfSentence
        context.previousPeriodByMetric = periodsByMetric
    }

    /// The storage of the last sentence's entity mentions, handed over so it is reused rather than copied.
    private mutating func takeEntityBuffer() -> [EntityResolver.Mention] {
        defer { entityBuffer = [] }
        return entityBuffer
    }

    /// Keeps the names of this sentence for the next one: the last route, the pair named together.
    private mutating func remember(_ mentions: [EntityResolver.Mention]) {
        context.previousEntities.empty()
        var firstPlace: EntityResolver.Mention?
        var firstCentralAsian: EntityResolver.Mention?
        var distinctPlaces = 0
        for m in mentions {
            if m.transport { context.lastTransport = m.name }
            guard !m.transport, !m.world else { continue }
            let isNew = !context.previousEntities.contains(m.name)
            context.previousEntities.append(m.name)
            guard isNew else { continue }
            distinctPlaces += 1
            if firstPlace == nil { firstPlace = m }
            if firstCentralAsian == nil, m.centralAsian { firstCentralAsian = m }
        }
        // The pair: the first Central Asian place (else the first place) and the first place named otherwise.
        guard distinctPlaces >= 2, let home = firstCentralAsian ?? firstPlace else { return }
        if let other = mentions.first(where: { !$0.transport && !$0.world && $0.name != home.name }) {
            context.lastPair = (home.name, other.name)
        }
    }

    /// Investment a country "attracted", or broken down by investor ("investments from Russia"), in a paragraph
    /// that speaks of FDI (or under a headline that does), is FDI.
    private mutating func sharpenFDI() {
        for i in drafts.indices where drafts[i].metric == .investment
            && (titleNamesFDI || paragraphsWithFDI.contains(drafts[i].paragraph)) {
            if drafts[i].attracted || drafts[i].inheritedMetric || drafts[i].namesInvestor { drafts[i].metric = .fdi }
        }
    }

    /// A forward-looking multiple or change without a stated base compares with the latest level of its series.
    private mutating func fillLatestBases() {
        guard drafts.contains(where: { $0.needsLatestBase }) else { return }
        var latest: [SeriesKey: Period] = [:]
        for o in drafts where o.kind == .level {
            guard let p = o.period else { continue }
            if let pub = document.published, p.endYear > pub.year { continue }
            let key = SeriesKey(metric: o.metric, unit: o.quantity.unit)
            if latest[key].map({ $0 < p }) ?? true { latest[key] = p }
        }
        for i in drafts.indices where drafts[i].needsLatestBase {
            guard let unit = drafts[i].seriesUnit else { continue }
            drafts[i].basePeriod = latest[SeriesKey(metric: drafts[i].metric, unit: unit)]
        }
    }

    /// One series within a document: a metric in one unit.
    private struct SeriesKey: Hashable {
        var metric: Metric
        var unit: QuantityUnit
    }

    /// The drafts as schema records, graded ones only unless asked for all.
    private func claims() -> [Claim] {
        var counter = CodePointCounter(bytes: bytes)
        var result: [Claim] = []
        result.reserveCapacity(drafts.count)
        // Drafts are made in text order, so the sort is nearly always skipped.
        var inOrder = true
        for i in drafts.indices.dropFirst() where drafts[i].textRange.lowerBound < drafts[i - 1].textRange.lowerBound {
            inOrder = false
            break
        }
        let sorted = inOrder ? [] : drafts.indices.sorted { drafts[$0].textRange.lowerBound < drafts[$1].textRange.lowerBound }
        // A sentence's figures share one copy of its text.
        var quoted: (range: Range<Int>, text: String)?
        for k in drafts.indices {
            let index = inOrder ? k : sorted[k]
            guard drafts[index].metric.isGraded || options.includeOther else { continue }
            let range = drafts[index].textRange
            let span = Span(start: counter.codePoints(upTo: range.lowerBound), end: counter.codePoints(upTo: range.upperBound))
            var quote: String?
            if options.quotes {
                let sentence = drafts[index].sentenceRange
                if quoted?.range != sentence { quoted = (sentence, Quote.text(bytes[sentence])) }
                quote = quoted?.text
            }
            result.append(claim(drafts[index], span: span, text: String(decoding: bytes[range], as: UTF8.self), quote: quote))
        }
        return result
    }

    /// One draft as a schema record (read in place, not copied out of the list).
    private func claim(_ d: borrowing Draft, span: Span, text: String, quote: String?) -> Claim {
        Claim(doc: document.id, published: document.published, span: span, text: text,
              entity: (d.entity ?? context.subject)?.spelling ?? "unknown", counterpart: d.counterpart?.spelling, metric: d.metric,
              kind: d.kind, value: Rounding.clean(d.value), unit: d.quantity.unit.unit, period: d.period,
              basePeriod: d.kind == .level || d.kind == .share ? nil : d.basePeriod, bound: d.quantity.bound,
              settled: Settlement(entity: d.entityStated && d.entity != nil ? .stated : .context,
                                  period: d.periodInSentence && d.period != nil ? .stated : .context),
              basis: d.basis, quote: quote, notes: d.notes, why: options.explain ? Explanation(bytes: bytes, context: context).of(d) : nil)
    }
}

/// Converts UTF-8 offsets to code-point offsets, counting from the offset asked for last.
struct CodePointCounter {
    let bytes: UnsafeBufferPointer<UInt8>
    private var byteOffset = 0
    private var count = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The number of code points before byte `offset`, counted on from the last call's offset (forward, or back
    /// for a span that ends after the next one starts).
    mutating func codePoints(upTo offset: Int) -> Int {
        if offset >= byteOffset {
            count += CodePointCounter.starts(in: bytes, byteOffset..<offset)
        } else {
            count -= CodePointCounter.starts(in: bytes, offset..<byteOffset)
        }
        byteOffset = offset
        return count
    }

    /// How many code points start in `bytes[range]`: every byte but a continuation byte (10xxxxxx) starts one.
    private static func starts(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var n = 0
        var i = range.lowerBound
        if let base = bytes.baseAddress {
            // Thirty-two bytes a step: all ASCII (most text) costs one test; else eight bytes at a time.
            while i + 32 <= range.upperBound {
                let p = UnsafeRawPointer(base + i)
                let a = p.loadUnaligned(as: UInt64.self), b = p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                let c = p.loadUnaligned(fromByteOffset: 16, as: UInt64.self), d = p.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                if (a | b | c | d) & 0x8080_8080_8080_8080 == 0 {
                    n += 32
                } else {
                    n += starts(in: a) + starts(in: b) + starts(in: c) + starts(in: d)
                }
                i += 32
            }
            while i + 8 <= range.upperBound {
                n += starts(in: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                i += 8
            }
        }
        while i < range.upperBound {
            if bytes[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }

    /// How many of the eight bytes of `w` start a code point.
    @inline(__always)
    private static func starts(in w: UInt64) -> Int {
        // One per continuation byte, summed by a multiply (x86-64 without POPCNT counts bits in software).
        let continuation = (w & ~(w << 1) & 0x8080_8080_8080_8080) >> 7
        return 8 - Int(truncatingIfNeeded: (continuation &* 0x0101_0101_0101_0101) >> 56)
    }
}

/// Removes binary floating-point noise: 2.76 × 10⁶ is 2760000, not 2759999.9999999995.
enum Rounding {
    static func clean(_ v: Double) -> Double {
        guard v.isFinite, v != 0, abs(v) >= 1e-6 else { return v }
        var magnitude = 1.0
        let a = abs(v)
        var exponent = 0
        while magnitude * 10 <= a { magnitude *= 10; exponent += 1 }
        while magnitude > a { magnitude /= 10; exponent -= 1 }
        var factor = 1.0
        for _ in 0..<max(0, 11 - exponent) { factor *= 10 }
        if exponent > 11 {
            var div = 1.0
            for _ in 0..<(exponent - 11) { div *= 10 }
            return (v / div).rounded() * div
        }
        return (v * factor).rounded() / factor
    }
}
