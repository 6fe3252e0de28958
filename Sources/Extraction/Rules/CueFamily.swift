/// The families of cue phrases `SentenceCues` looks for: the registry `Lexicon.cueTables` is derived from. A
/// family's bit in that index is `1 << rawValue`, so a new family is one case here and one line in `phrases`.
enum CueFamily: Int, CaseIterable, Sendable {
    case metrics, entities, anaphors, change, target, forecast, purpose, completed, share

    /// The phrases of the family, as written in its Rules file (their values live in the family's table).
    var phrases: [String] {
        switch self {
        case .metrics: Metrics.cues.map(\.0)
        case .entities: Entities.names.map(\.0)
        case .anaphors: Entities.anaphors.map(\.0)
        case .change: Modality.change.map(\.0)
        case .target: Modality.target.map(\.0)
        case .forecast: Modality.forecast.map(\.0)
        case .purpose: Modality.purpose.map(\.0)
        case .completed: Modality.completed.map(\.0)
        case .share: Modality.share.map(\.0)
        }
    }
}

/// A set of cue families, as the `PhraseStart.tables` bits of `Lexicon.cueTables`.
struct CueTable: OptionSet, Sendable {
    let rawValue: UInt16

    init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The set of the given families.
    init(_ families: [CueFamily]) { self.init(rawValue: families.reduce(0) { $0 | UInt16(1) << $1.rawValue }) }

    /// True when the set holds `family`.
    @inline(__always) func contains(_ family: CueFamily) -> Bool { rawValue & UInt16(1) << family.rawValue != 0 }
}
