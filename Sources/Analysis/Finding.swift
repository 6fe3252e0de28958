import Claims

/// How serious a finding is: `notComparable` (figures on different bases), `notChecked` (nothing could be
/// compared) and `review` (a gap resting on an entity or period carried from context) rank below any other, so
/// they are never a conflict, never consistent, and never reach `--fail-on`.
public enum Severity: String, Sendable, Comparable, CaseIterable {
    case notComparable = "not_comparable", notChecked = "not_checked", review, consistent, tension, conflict

    private var rank: Int {
        switch self {
        case .notComparable: -3
        case .notChecked: -2
        case .review: -1
        case .consistent: 0
        case .tension: 1
        case .conflict: 2
        }
    }

    /// How a report writes it: "not checked", "not comparable", "consistent".
    public var words: String {
        switch self {
        case .notChecked: "not checked"
        case .notComparable: "not comparable"
        default: rawValue
        }
    }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

extension Severity {
    /// The verdict on an expected and a stated interval `gap` apart: consistent when they overlap, tension when the
    /// gap is within 5% of `scale`, else conflict (verdict-rules).
    static func judging(gap: Double, scale: Double) -> Severity {
        gap == 0 ? .consistent : (gap <= 0.05 * scale ? .tension : .conflict)
    }
}

/// Which consistency check produced a finding.
public enum FindingKind: String, Sendable, CaseIterable {
    case changeVsLevels = "change_vs_levels"
    case multipleVsLevels = "multiple_vs_levels"
    case shareOfWhole = "share_of_whole"
    case sameLevel = "same_level"
    case forecastVsOutcome = "forecast_vs_outcome"
    case targetFeasibility = "target_feasibility"
    case referenceSeries = "reference_series"
}

/// One claim or reference row a finding rests on: for a claim its document, span, words and sentence; for a row
/// its source, period, value, bound, basis and address.
/// A class, not a struct: a level carries its evidence through every lookup and finding, and a copy of a class is
/// one reference count where a copy of these fields was one per text.
public final class Evidence: Sendable, Equatable {
    /// The claim's document id, or the reference row's source.
    public let doc: String
    /// The claim's number as written, or the reference row in words.
    public let quote: String
    public let value: Double
    public let period: Period?
    /// How the claim's entity and period were settled; nil for a reference row, which counts as settled.
    public let settled: Settlement?
    /// Where the claim's words stand in its document (nil for a reference row).
    public let span: Span?
    /// The sentence the claim stands in (nil for a reference row, or a claim stored before sentences were kept).
    public let sentence: String?
    /// The basis the figure is on (nil for the usual one).
    public let basis: String?
    /// The publisher's hedge on a reference row, the claim's bound for a claim.
    public let bound: Bound
    /// The reference row's address.
    public let url: String?
    /// True for a reference row.
    public let isReference: Bool
    /// The unit of the figure.
    public let unit: Unit?
    /// The values a claim's text and bound allow (nil for a reference row: each check widens its digits its own way).
    public let interval: ValueInterval?

    public init(_ s: StoredClaim) {
        doc = s.claim.doc
        quote = s.claim.text
        value = s.claim.value
        period = s.claim.period
        settled = s.claim.settled
        span = s.claim.span
        sentence = s.claim.quote
        basis = s.claim.basis
        bound = s.claim.bound
        isReference = false
        unit = s.claim.unit
        interval = s.interval
        url = nil
    }

    public init(reference r: ReferenceValue) {
        doc = r.source
        quote = "\(r.entity) \(r.metric.rawValue) \(r.period) = \(r.value) \(r.unit.rawValue)"
            + (r.bound == .exact ? "" : " (\(r.bound.rawValue))") + (r.basis.map { " [\($0)]" } ?? "")
        value = r.value
        period = r.period
        basis = r.basis
        bound = r.bound
        url = r.url
        isReference = true
        unit = r.unit
        settled = nil
        span = nil
        sentence = nil
        interval = nil
    }

    public static func == (a: Evidence, b: Evidence) -> Bool {
        a === b || (a.doc == b.doc && a.quote == b.quote && a.value == b.value && a.period == b.period && a.settled == b.settled
            && a.span == b.span && a.sentence == b.sentence && a.basis == b.basis && a.bound == b.bound && a.url == b.url
            && a.isReference == b.isReference && a.unit == b.unit && a.interval == b.interval)
    }
}

/// What a consistency check found: what was expected against what was stated, within what tolerance.
public struct Finding: Sendable, Equatable {
    public var kind: FindingKind
    public var severity: Severity
    /// The series it concerns: "Middle Corridor freight_volume (t)".
    public var subject: String
    /// The claims (and reference values) it rests on.
    public var evidence: [Evidence]
    /// The value or range the other figures imply.
    public var expectedLow: Double?
    public var expectedHigh: Double?
    /// What the checked side states: the claim's value (or the figure a derived value is set against).
    public var stated: Double
    /// The interval the checked side allows (its rounding and hedge); nil ends are open.
    public var statedLow: Double? = nil
    public var statedHigh: Double? = nil
    public var unit: Unit
    /// The tolerance between tension and conflict, in words.
    public var tolerance: String
    /// One sentence for a reader, as UTF-8: checks write it piece by piece and `check` copies it out as bytes, so
    /// a large store's hundreds of thousands of messages need not each be made a `String` (`message` is that).
    public var messageUTF8: [UInt8]
    /// For forecast_vs_outcome: met, beaten or missed; `accuracy` keeps the three-way verdict.
    public var outcome: ForecastOutcome? = nil
    public var accuracy: Severity? = nil
    /// For target_feasibility: what the target asks of the series, in its own words; never a conflict.
    public var assessment: TargetAssessment? = nil
    /// The rule that made the finding: one name per code path ("change_vs_own_levels", "level_vs_reference").
    public var rule: String = ""

    /// One sentence for a reader.
    public var message: String {
        get { String(decoding: messageUTF8, as: UTF8.self) }
        set { messageUTF8 = Array(newValue.utf8) }
    }

    /// The finding's verdict in one word: the outcome of a forecast, the assessment of a target, else the severity
    /// ("not_checked", "conflict").
    public var verdict: String { outcome?.rawValue ?? assessment?.rawValue ?? severity.rawValue }

    /// The verdict as a report writes it: "needs faster growth than history", "beaten", "not checked".
    public var verdictWords: String { outcome?.rawValue ?? assessment?.words ?? severity.words }

    /// The claims the finding rests on, in order.
    public var claims: LazyFilterSequence<[Evidence]> { evidence.lazy.filter { !$0.isReference } }

    /// The reference rows the finding rests on, in order.
    public var referenceRows: LazyFilterSequence<[Evidence]> { evidence.lazy.filter(\.isReference) }
}

extension Finding {
    /// A finding whose message is given as text.
    public init(kind: FindingKind, severity: Severity, subject: String, evidence: [Evidence], expectedLow: Double? = nil,
                expectedHigh: Double? = nil, stated: Double, statedLow: Double? = nil, statedHigh: Double? = nil, unit: Unit,
                tolerance: String, message: String, outcome: ForecastOutcome? = nil, accuracy: Severity? = nil,
                assessment: TargetAssessment? = nil, rule: String = "") {
        self.init(kind: kind, severity: severity, subject: subject, evidence: evidence, expectedLow: expectedLow,
                  expectedHigh: expectedHigh, stated: stated, statedLow: statedLow, statedHigh: statedHigh, unit: unit,
                  tolerance: tolerance, messageUTF8: Array(message.utf8), outcome: outcome, accuracy: accuracy,
                  assessment: assessment, rule: rule)
    }
}
