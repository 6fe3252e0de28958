import Claims

/// Whether the figures of a comparison are on one basis. A claim is on the basis its own words name ("net FDI",
/// "through the seaports"), a reference row on its `basis` column; neither means the usual definition.
enum Bases {
    /// The name of a basis: "standard" for the usual definition.
    static func name(_ basis: String?) -> String { basis ?? ReferenceValue.standardBasis }

    /// The basis a level is on.
    static func name(_ l: Level) -> String { name(l.basis) }

    /// The first two different bases among the checked claim's (`claim`) and `levels`'; nil when they are all on
    /// one basis and may be compared.
    static func clash(_ levels: [Level], claim: String?) -> (String, String)? {
        clash(levels, [], claim: claim)
    }

    /// `clash` over the levels of `a` and then `b`, without joining them.
    static func clash(_ a: [Level], _ b: [Level], claim: String?) -> (String, String)? {
        // Mostly every figure is on the usual basis: then there is nothing to name.
        if claim == nil, !a.contains(where: { $0.basis != nil }), !b.contains(where: { $0.basis != nil }) { return nil }
        // The second basis is the first level's that differs from the claim's.
        let first = name(claim)
        guard let other = a.first(where: { name($0) != first }) ?? b.first(where: { name($0) != first }) else { return nil }
        return (first, name(other))
    }

    /// A test for levels on `basis` (nil: the usual one).
    static func on(_ basis: String?) -> (Level) -> Bool {
        let wanted = name(basis)
        return { name($0) == wanted }
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

    /// `f`, set aside when the claim and `levels` are on different bases.
    static func judged(_ f: Finding, _ levels: [Level], claim: String?) -> Finding {
        judged(f, levels, [], claim: claim)
    }

    /// `f`, set aside when the claim and the levels of `a` and `b` are on different bases.
    static func judged(_ f: Finding, _ a: [Level], _ b: [Level], claim: String?) -> Finding {
        clash(a, b, claim: claim).map { setAside(f, $0) } ?? f
    }
}
