/// How a claim's entity and period were settled: named in the claim's own sentence, or carried from context.
public struct Settlement: Hashable, Sendable {
    public var entity: Origin
    public var period: Origin

    public init(entity: Origin, period: Origin) {
        self.entity = entity
        self.period = period
    }

    /// Both attributes stated in the claim's own sentence (also what claims stored before migration v5 read as).
    public static let stated = Settlement(entity: .stated, period: .stated)

    /// True when both the entity and the period were stated in the claim's own sentence.
    public var isStated: Bool { entity == .stated && period == .stated }

    /// The attributes carried from context, by schema name ("entity", "period"); empty when both are stated.
    public var carried: [String] {
        (entity == .context ? ["entity"] : []) + (period == .context ? ["period"] : [])
    }
}

/// Where one attribute of a claim came from.
public enum Origin: String, Hashable, Sendable, CaseIterable {
    /// Named by the claim's own sentence (for an entity, also a pairing rule that ties a place to the figure).
    case stated
    /// Carried from context: the document's subject, an earlier sentence, or the publication year.
    case context
}
