import Claims

/// The pairs of levels a change or multiple is set against: one document's pair at a time, never a pile of several
/// documents' levels for one year.
enum LevelPairs {
    /// One document's levels of the change's period and of its base.
    struct Pair {
        var doc: String
        var levelsP: [Level]
        var levelsB: [Level]
    }

    /// The change's own document's pair when it states both years; else one pair for each other document that
    /// states both. Outturn changes meet outturn levels only (a figure published before its period ended is an
    /// estimate, as a forecast or target is). One pass over each period's levels: linear in the claims of a series.
    static func pairs(for s: StoredClaim, _ levelsP: [Level], _ levelsB: [Level]) -> [Pair] {
        let c = s.claim
        guard let p = c.period, let b = c.basePeriod else { return [] }
        let outturn = isOutturn(c.published, p)
        // Mostly the change's own document gives both years and nothing else does: no copies then.
        func own(_ l: Level, _ q: Period) -> Bool { l.evidence.doc == c.doc && (!outturn || LevelChecks.isOutturn(l, q)) }
        if !levelsP.isEmpty, !levelsB.isEmpty, levelsP.allSatisfy({ own($0, p) }), levelsB.allSatisfy({ own($0, b) }) {
            return [Pair(doc: c.doc, levelsP: levelsP, levelsB: levelsB)]
        }
        let usableP = outturn ? levelsP.filter { LevelChecks.isOutturn($0, p) } : levelsP
        let usableB = outturn ? levelsB.filter { LevelChecks.isOutturn($0, b) } : levelsB
        let ownP = usableP.filter { $0.evidence.doc == c.doc }, ownB = usableB.filter { $0.evidence.doc == c.doc }
        if !ownP.isEmpty, !ownB.isEmpty { return [Pair(doc: c.doc, levelsP: ownP, levelsB: ownB)] }
        var byDocB: [String: [Level]] = [:]
        for l in usableB where l.evidence.doc != c.doc { byDocB[l.evidence.doc, default: []].append(l) }
        var order: [String] = [], byDocP: [String: [Level]] = [:]
        for l in usableP where l.evidence.doc != c.doc && byDocB[l.evidence.doc] != nil {
            if byDocP[l.evidence.doc] == nil { order.append(l.evidence.doc) }
            byDocP[l.evidence.doc, default: []].append(l)
        }
        return order.map { Pair(doc: $0, levelsP: byDocP[$0]!, levelsB: byDocB[$0]!) }
    }

    /// Whether a figure published on `day` speaks of `period` after it ended (or with no date known).
    static func isOutturn(_ day: Day?, _ period: Period) -> Bool {
        guard let day else { return true }
        return day.year * 12 + day.month - 1 > period.monthIndexRange.upperBound
    }
}
