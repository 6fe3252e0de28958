import Claims

/// Levels the sources imply but do not state: "+62% to 4.5 Mt in 2024" puts 2023 at about 2.78 Mt.
public enum DerivedLevels {
    /// How far (in characters) a stated level may stand from the change or multiple it is paired with.
    static let pairingDistance = 400

    /// One point per series period that no document states but a change or multiple implies from a level stated
    /// next to it in the same document ("rose 62% to 4.5 Mt in 2024"), sorted like `SeriesBuilder.points`.
    /// Pairing by proximity keeps units apart: "+63% to 4.1 Mt and +160% to 50,500 TEU" gives each change its own
    /// unit. A derived point never feeds another derivation, and never overwrites a stated one.
    public static func points(from claims: [StoredClaim], stated: [SeriesPoint]) -> [SeriesPoint] {
        var statedKeys: Set<SeriesBuilder.Key> = []
        for p in stated {
            statedKeys.insert(SeriesBuilder.Key(entity: p.entity, counterpart: p.counterpart, metric: p.metric, unit: p.unit, period: p.period))
        }
        var levelsByDocument: [String: [StoredClaim]] = [:]
        for s in claims where s.claim.kind == .level && s.claim.metric.isGraded && s.claim.period != nil {
            levelsByDocument[s.path, default: []].append(s)
        }
        var implied: [SeriesBuilder.Key: [StatedValue]] = [:]
        for s in claims {
            let c = s.claim
            guard let (p, b) = linkedPeriods(c), let factor = factor(s),
                  let level = nearestLevel(to: s, among: levelsByDocument[s.path] ?? [], periods: [p, b])
            else { continue }
            let l = level.claim
            let otherPeriod = l.period == p ? b : p
            let target = SeriesBuilder.Key(entity: l.entity, counterpart: l.counterpart, metric: l.metric, unit: l.unit, period: otherPeriod)
            guard !statedKeys.contains(target) else { continue }
            let value = l.period == p ? l.value / factor.value : l.value * factor.value
            let end = otherEnd(low: level.interval.lo, high: level.interval.hi, factor: factor, levelIsLater: l.period == p)
            let interval = ValueInterval(lo: end.low, hi: end.high)
            implied[target, default: []].append(StatedValue(value: value, interval: interval, doc: c.doc, path: s.path, quote: c.text))
        }
        // Keys are unique per point, so the sort alone fixes the order.
        return implied.map { key, values in
            var point = SeriesBuilder.point(key, stated: values)
            point.derived = true
            return point
        }
        .sorted(by: SeriesPoint.inSeriesOrder)
    }

    /// The level of the same series, in one of `periods`, standing nearest to the change in its document.
    private static func nearestLevel(to change: StoredClaim, among levels: [StoredClaim], periods: [Period]) -> StoredClaim? {
        let c = change.claim
        func distance(_ l: StoredClaim) -> Int { DerivedLevels.distance(l.claim.span, c.span) }
        return levels.filter {
            $0.claim.entity == c.entity && $0.claim.counterpart == c.counterpart && $0.claim.metric == c.metric
                && periods.contains($0.claim.period!) && $0.claim.value > 0 && distance($0) <= pairingDistance
        }
        .min { distance($0) < distance($1) }
    }

    /// The ratio (later level / base level) a change or multiple states, with the range its text allows;
    /// nil when it is not positive (a fall of 100% or more implies no level).
    static func factor(_ s: StoredClaim) -> (value: Double, lo: Double?, hi: Double?)? {
        let ratio: (Double) -> Double = s.claim.unit == .percent ? { 1 + $0 / 100 } : { $0 }
        let value = ratio(s.claim.value)
        guard value > 0 else { return nil }
        let lo = s.interval.lo.map(ratio).flatMap { $0 > 0 ? $0 : nil }
        return (value, lo, s.interval.hi.map(ratio))
    }

    /// How many characters stand between two spans of one document (0 when they touch or overlap).
    static func distance(_ a: Span, _ b: Span) -> Int { max(0, max(a.start - b.end, b.start - a.end)) }

    /// The period and base a change or multiple links, when it can imply a level: a percentage or multiple of a graded
    /// metric other than growth, with two different periods; nil for any other claim.
    static func linkedPeriods(_ c: Claim) -> (period: Period, base: Period)? {
        guard c.kind == .change || c.kind == .multiple, c.unit == .percent || c.unit == .times, c.metric.isGraded,
              c.metric != .gdpGrowth, let p = c.period, let b = c.basePeriod, p != b else { return nil }
        return (p, b)
    }

    /// The other end a level's interval implies through a change's ratio: divided when the level is the later one
    /// (of the change's period), multiplied when it is the base; an open end stays open.
    static func otherEnd(low: Double?, high: Double?, factor: (value: Double, lo: Double?, hi: Double?),
                         levelIsLater: Bool) -> (low: Double?, high: Double?) {
        levelIsLater
            ? (divide(low, by: factor.hi), divide(high, by: factor.lo))
            : (multiply(low, by: factor.lo), multiply(high, by: factor.hi))
    }

    /// A level divided by a factor, nil when either is unknown or the factor is not positive (an open end).
    private static func divide(_ level: Double?, by factor: Double?) -> Double? {
        guard let level, let factor, factor > 0 else { return nil }
        return level / factor
    }

    /// A level times a factor, nil when either is unknown (an open end).
    private static func multiply(_ level: Double?, by factor: Double?) -> Double? {
        guard let level, let factor else { return nil }
        return level * factor
    }
}
