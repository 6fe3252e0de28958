import Claims
import Store

/// A change or multiple with a level of its own document implies the other end ("+65% to 2.76 Mt" puts the base
/// year at about 1.67 Mt); that implied level is checked against each reference row and each other document's level.
enum ImpliedLevelChecks {
    static func findings(_ claims: ArraySlice<StoredClaim>, _ index: LevelIndex) -> [Finding] {
        claims.flatMap { s in
            let c = s.claim
            return findings(for: s, index.units(c.entity, c.counterpart, c.metric).map { LevelIndex.key(c.entity, c.counterpart, c.metric, $0) }, index)
        }
    }

    /// The findings of one change or multiple (none for other claims), `keys` its series in each unit. `RelativeChecks` calls it claim by claim,
    /// so findings come in claim order however the claims are cut into batches.
    static func findings(for s: StoredClaim, _ keys: [LevelIndex.SeriesKey], _ index: LevelIndex) -> [Finding] {
        let c = s.claim
        guard c.kind == .change || c.kind == .multiple, c.unit == .percent || c.unit == .times, c.metric.isGraded,
              c.metric != .gdpGrowth, c.counterpart != "world", let p = c.period, let b = c.basePeriod, p != b,
              let factor = DerivedLevels.factor(s), let (key, owns) = ownLevels(s, keys, index) else { return [] }
        return owns.flatMap { implied(s, $0, factor, key, index) }
    }

    /// What one level of the change's own document implies for the other end, against each reference row and
    /// each other document's level of that period.
    private static func implied(_ s: StoredClaim, _ own: Level, _ factor: (value: Double, lo: Double?, hi: Double?),
                                _ key: LevelIndex.SeriesKey, _ index: LevelIndex) -> [Finding] {
        let c = s.claim, p = c.period!
        let target = own.evidence.period == p ? c.basePeriod! : p
        let implied = own.evidence.period == p
            ? Range2(low: divide(own.low, factor.hi), high: divide(own.high, factor.lo))
            : Range2(low: multiply(own.low, factor.lo), high: multiply(own.high, factor.hi))
        let outturn = LevelPairs.isOutturn(c.published, p)
        let subject = index.subject(key)
        var out: [Finding] = []
        for row in index.referenceLevels(key, target) {
            let found = finding(s, own, row, implied, target, subject, key.unit)
            out.append(Bases.clash([row]).map { Bases.setAside(found, $0) } ?? found)
        }
        for other in index.statedLevels(key, target) where other.evidence.doc != c.doc
            && (!outturn || LevelChecks.isOutturn(other, target)) {
            out.append(finding(s, own, other, implied, target, subject, key.unit))
        }
        return out
    }

    /// The levels of the change's own document standing nearest to it (within `DerivedLevels.pairingDistance`
    /// characters), one for its period and one for its base, in the unit of the nearest of all (the unit a change
    /// speaks of is that level's), in document order. An outturn change leaves out figures published before their period ended.
    /// `keys` are the change's series in each unit its series has levels in.
    static func ownLevels(_ s: StoredClaim, _ keys: [LevelIndex.SeriesKey], _ index: LevelIndex) -> (LevelIndex.SeriesKey, [Level])? {
        let c = s.claim
        let outturn = LevelPairs.isOutturn(c.published, c.period!)
        var best: (key: LevelIndex.SeriesKey, distance: Int)?
        var nearest: [LevelIndex.SeriesKey: [(level: Level, distance: Int)]] = [:]
        for key in keys {
            for period in [c.period!, c.basePeriod!] {
                var pick: (level: Level, distance: Int)?
                for l in index.statedLevels(key, period) where l.evidence.doc == c.doc && l.value > 0
                    && (!outturn || LevelChecks.isOutturn(l, period)) {
                    guard let span = l.span else { continue }
                    let d = max(0, max(span.start - c.span.end, c.span.start - span.end))
                    if d <= DerivedLevels.pairingDistance, d < (pick?.distance ?? Int.max) { pick = (l, d) }
                }
                guard let pick else { continue }
                nearest[key, default: []].append(pick)
                if pick.distance < (best?.distance ?? Int.max) { best = (key, pick.distance) }
            }
        }
        guard let best, let levels = nearest[best.key] else { return nil }
        return (best.key, levels.map(\.level).sorted { ($0.span?.start ?? 0) < ($1.span?.start ?? 0) })
    }

    /// The implied level against one other level: overlap is consistent, a gap under 5% of the other tension.
    private static func finding(_ s: StoredClaim, _ own: Level, _ other: Level, _ implied: Range2, _ target: Period,
                                _ subject: String, _ unit: Unit) -> Finding {
        let c = s.claim
        let gap = Range2.gap(implied, ReferenceDigits.range(other))
        let severity: Severity = implied.low == nil && implied.high == nil ? .notChecked
            : gap == 0 ? .consistent : (gap <= 0.05 * abs(other.value) ? .tension : .conflict)
        let message = "\(c.doc) states \(RelativeChecks.format(c.value, c.unit)) for \(c.period!) against \(c.basePeriod!); "
            + "with \(RelativeChecks.short3(own.value)) (\(own.evidence.doc), \(own.evidence.period.map { "\($0)" } ?? "?")) it implies "
            + "\(target) at \(RelativeChecks.describeAmount(implied)), against \(RelativeChecks.short3(other.value)) "
            + "(\(other.evidence.doc)): \(severity.words)"
        return Finding(kind: c.kind == .change ? .changeVsLevels : .multipleVsLevels, severity: severity, subject: subject,
                       evidence: [Evidence(s), own.evidence, other.evidence], expectedLow: implied.low, expectedHigh: implied.high,
                       stated: other.value, unit: unit, tolerance: "overlap, else within 5% of the other level is tension",
                       message: message)
    }

    private static func divide(_ level: Double?, _ factor: Double?) -> Double? {
        guard let level, let factor, factor > 0 else { return nil }
        return level / factor
    }

    private static func multiply(_ level: Double?, _ factor: Double?) -> Double? {
        guard let level, let factor else { return nil }
        return level * factor
    }
}
