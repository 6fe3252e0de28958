import Claims

/// Whether the figures of a comparison are on one basis; claims carry none yet and count as the usual one.
enum Bases {
    /// The basis a level is on: "standard" for claims and for reference rows on the usual definition.
    static func name(_ l: Level) -> String { l.basis ?? ReferenceValue.standardBasis }

    /// The first two different bases among `levels` (and a claim on the usual basis, when `withClaim`); nil when
    /// they are all on one basis and may be compared.
    static func clash(_ levels: [Level], withClaim: Bool = true) -> (String, String)? {
        var names: [String] = withClaim ? [ReferenceValue.standardBasis] : []
        for l in levels where !names.contains(name(l)) { names.append(name(l)) }
        return names.count >= 2 ? (names[0], names[1]) : nil
    }

    /// Whether a level is on the usual basis.
    static func isStandard(_ l: Level) -> Bool { l.basis == nil }

    /// `f` set aside as not comparable: the gap it measured stays, but it is no contradiction.
    static func setAside(_ f: Finding, _ clash: (String, String)) -> Finding {
        var out = f
        out.severity = .notComparable
        out.message += " — set aside, not comparable: \(clash.0) basis against \(clash.1)"
        return out
    }
}
