import Claims

/// Builds series points from stored level claims: grouped by entity, metric, unit and period, never mixing units.
public enum SeriesBuilder {
    /// The points, sorted by entity, metric, unit and period.
    public static func points(from claims: [StoredClaim]) -> [SeriesPoint] {
        var groups: [Key: [StoredClaim]] = [:]
        for s in claims where s.claim.kind == .level && s.claim.metric.isGraded {
            guard let period = s.claim.period else { continue }
            let key = Key(entity: s.claim.entity, counterpart: s.claim.counterpart, metric: s.claim.metric, unit: s.claim.unit,
                          period: period)
            groups[key, default: []].append(s)
        }
        return groups.map { key, members in point(key, members) }
            .sorted(by: SeriesPoint.inSeriesOrder)
    }

    struct Key: Hashable {
        var entity: String
        var counterpart: String?
        var metric: Metric
        var unit: Unit
        var period: Period
    }

    private static func point(_ key: Key, _ members: [StoredClaim]) -> SeriesPoint {
        point(key, stated: members.map {
            StatedValue(value: $0.claim.value, interval: $0.interval, doc: $0.claim.doc, path: $0.path, quote: $0.claim.text)
        })
    }

    /// The point of `key` from the values stated (or implied) for it: their consensus and interval.
    static func point(_ key: Key, stated: [StatedValue]) -> SeriesPoint {
        let lo = stated.compactMap(\.interval.lo).max()
        let hi = stated.compactMap(\.interval.hi).min()
        let overlap = lo.flatMap { l in hi.map { l <= $0 } } ?? true
        let interval: ValueInterval
        var consensus = median(stated.map(\.value))
        if overlap {
            interval = ValueInterval(lo: lo, hi: hi)
            if let l = lo, consensus < l { consensus = l }
            if let h = hi, consensus > h { consensus = h }
        } else {
            interval = ValueInterval(lo: stated.compactMap(\.interval.lo).min(), hi: stated.compactMap(\.interval.hi).max())
        }
        return SeriesPoint(entity: key.entity, counterpart: key.counterpart, metric: key.metric, unit: key.unit, period: key.period, stated: stated,
                           consensus: consensus, interval: interval, sources: Set(stated.map(\.path)).count,
                           disagree: !overlap)
    }
}
