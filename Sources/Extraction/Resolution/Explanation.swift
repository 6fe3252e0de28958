import Claims

/// Writes out, for `extract --explain`, what decided each attribute of a draft, quoting the document's words.
struct Explanation {
    /// The document's UTF-8 (the byte ranges of the sources point into it).
    let bytes: UnsafeBufferPointer<UInt8>
    let context: DocumentContext

    /// The explanation of one finished draft.
    func of(_ d: borrowing Draft) -> ClaimExplanation? {
        guard let r = d.reasons else { return nil }
        return ClaimExplanation(entity: entity(d, r), metric: metric(d, r), kind: kind(r), period: period(r), bound: bound(d, r))
    }

    private func quote(_ r: Range<Int>) -> String { "'" + String(decoding: bytes[r], as: UTF8.self) + "'" }

    private func entity(_ d: borrowing Draft, _ r: DraftReasons) -> String {
        if case .standsWith(let rule, let name) = r.entity { return "stands with \(quote(name)) (\(rule.rawValue))" }
        if d.entity == nil || d.entity == context.subject && !d.entityStated {
            guard context.subject != nil, let (rule, inTitle) = context.subjectRule else {
                return "unknown: neither the sentence nor the headline or lead names a place"
            }
            return "subject of the document (\(inTitle ? "headline" : "body"): \(rule.description))"
        }
        return d.entityStated ? "named in its sentence" : "carried from an earlier sentence on the same subject"
    }

    private func metric(_ d: borrowing Draft, _ r: DraftReasons) -> String {
        if let cue = r.metricCue { return "cue \(quote(cue))" }
        return d.inheritedMetric ? "carried from the sentence before" : "the unit and the words around the figure"
    }

    private func kind(_ r: DraftReasons) -> String {
        switch r.kind {
        case .multiple: "a multiple as written"
        case .changeWord(let r): "change word \(quote(r))"
        case .absoluteChange: "an amount of change ('an increase of', 'or by', a '+' sign)"
        case .share: "a share ('accounted for', 'of the total', or a bracketed breakdown)"
        case .forwardCue(let r): "cue \(quote(r))"
        case .projectValue: "the value of projects not yet done"
        case .purpose: "a purpose or goal with a future period"
        case .rate: "a growth rate as stated"
        case .revision: "the earlier value of a revised forecast"
        case .level: "no word of change, share, target or forecast"
        }
    }

    private func period(_ r: DraftReasons) -> String {
        switch r.period {
        case .none: "none: no time word and nothing to carry"
        case .stated(let r): "stated \(quote(r))"
        case .fromValue: "none: the starting value of a from–to pair"
        case .sentenceBefore: "carried from the sentence before"
        case .passage: "carried from the passage (a figure told in the past tense)"
        case .lastForecast: "the period of the last forecast"
        case .publication: "the publication year (no time word in the text)"
        case .spanOfYears: "the span of years the sentence names"
        case .revisedForecast: "the period of the forecast it revises"
        }
    }

    private func bound(_ d: borrowing Draft, _ r: DraftReasons) -> String {
        if let h = r.hedge { return "hedge \(quote(h))" }
        return d.quantity.bound == .exact ? "exact as written" : "the hedge of the figure coordinated with it"
    }
}

extension SubjectRule: CustomStringConvertible {
    /// How the rule reads in an explanation.
    var description: String {
        switch self {
        case .centralAsianPossessive: "a Central Asian country written as owner"
        case .centralAsianCountry: "the first Central Asian country"
        case .centralAsianRegion: "Central Asia"
        case .possessiveCountry: "a country written as owner"
        case .anyCountry: "the first country"
        case .anyRegion: "the first region or bloc"
        }
    }
}
