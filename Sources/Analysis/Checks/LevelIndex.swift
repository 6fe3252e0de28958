import Claims
import Store

/// A stated level or an official one, with the interval it allows.
public struct Level: Sendable, Equatable {
    public var value: Double
    public var low: Double?
    public var high: Double?
    public var evidence: Evidence
    /// The publication date of the document (nil for reference values, which count as always known).
    public var published: Day?
    /// The official source, for reference values.
    public var referenceSource: String?
}

/// Levels grouped by series (entity, counterpart, metric, unit) and period, so checks look up what they need
/// instead of comparing every claim with every other.
struct LevelIndex {
    /// A series: one entity (and counterpart) and metric in one unit.
    struct SeriesKey: Hashable, Comparable {
        var entity: String
        var counterpart: String?
        var metric: Metric
        var unit: Unit

        static func < (a: SeriesKey, b: SeriesKey) -> Bool {
            (a.entity, a.counterpart ?? "", a.metric, a.unit) < (b.entity, b.counterpart ?? "", b.metric, b.unit)
        }
    }

    private(set) var stated: [SeriesKey: [Period: [Level]]] = [:]
    private(set) var reference: [SeriesKey: [Period: [Level]]] = [:]
    /// The units each series (without its unit) has levels in, sorted.
    private var unitsOf: [SeriesKey: [Unit]] = [:]
    /// The spelling of each folded name as first seen.
    private(set) var names: [String: String] = [:]

    init(claims: [StoredClaim], reference values: [ReferenceValue]) {
        var folded: [String: String] = [:]
        func fold(_ name: String) -> String {
            if let f = folded[name] { return f }
            let f = ClaimFilter.folded(name)
            folded[name] = f
            return f
        }
        func key(_ entity: String, _ counterpart: String?, _ metric: Metric, _ unit: Unit) -> SeriesKey {
            SeriesKey(entity: fold(entity), counterpart: counterpart.map(fold), metric: metric, unit: unit)
        }
        for s in claims {
            names[fold(s.claim.entity)] = names[fold(s.claim.entity)] ?? s.claim.entity
            if let c = s.claim.counterpart { names[fold(c)] = names[fold(c)] ?? c }
        }
        for r in values { names[fold(r.entity)] = names[fold(r.entity)] ?? r.entity }
        for s in claims where s.claim.kind == .level && s.claim.metric.isGraded {
            guard let p = s.claim.period else { continue }
            let key = key(s.claim.entity, s.claim.counterpart, s.claim.metric, s.claim.unit)
            stated[key, default: [:]][p, default: []].append(Level(
                value: s.claim.value, low: s.interval.lo, high: s.interval.hi, evidence: Evidence(s),
                published: s.claim.published, referenceSource: nil))
        }
        for r in values {
            let key = key(r.entity, nil, r.metric, r.unit)
            reference[key, default: [:]][r.period, default: []].append(Level(
                value: r.value, low: r.value, high: r.value, evidence: Evidence(reference: r), published: nil,
                referenceSource: r.source))
        }
        for key in Set(stated.keys).union(reference.keys) {
            var base = key
            base.unit = Unit(rawValue: "")
            unitsOf[base, default: []].append(key.unit)
        }
        for k in unitsOf.keys { unitsOf[k]!.sort() }
    }

    /// The units a series has levels in.
    func units(_ entity: String, _ counterpart: String?, _ metric: Metric) -> [Unit] {
        unitsOf[LevelIndex.key(entity, counterpart, metric, Unit(rawValue: ""))] ?? []
    }

    static func key(_ entity: String, _ counterpart: String?, _ metric: Metric, _ unit: Unit) -> SeriesKey {
        SeriesKey(entity: ClaimFilter.folded(entity), counterpart: counterpart.map(ClaimFilter.folded), metric: metric, unit: unit)
    }

    /// "Middle Corridor freight_volume (t)", "Kazakhstan–China trade_turnover (USD)".
    func subject(_ key: SeriesKey) -> String {
        let entity = names[key.entity] ?? key.entity
        let counterpart = key.counterpart.map { names[$0] ?? $0 }
        return "\(entity)\(counterpart.map { "–\($0)" } ?? "") \(key.metric.rawValue) (\(key.unit.rawValue))"
    }

    /// Stated levels of a series in a period.
    func statedLevels(_ key: SeriesKey, _ period: Period) -> [Level] { stated[key]?[period] ?? [] }

    /// Official levels of a series in a period (reference series have no counterpart).
    func referenceLevels(_ key: SeriesKey, _ period: Period) -> [Level] {
        guard key.counterpart == nil else { return [] }
        return reference[key]?[period] ?? []
    }

    /// Yearly levels of a series known on `date` (stated ones published by then, and reference values), one per year:
    /// the median of what was stated for it.
    func yearly(_ key: SeriesKey, knownOn date: Day?) -> [YearLevel] {
        var byYear: [Int: [Double]] = [:]
        for (period, levels) in stated[key] ?? [:] {
            guard case .year(let y) = period else { continue }
            for l in levels where date == nil || l.published.map({ $0 <= date! }) ?? true { byYear[y, default: []].append(l.value) }
        }
        if key.counterpart == nil {
            for (period, levels) in reference[key] ?? [:] {
                guard case .year(let y) = period, byYear[y] == nil else { continue }
                byYear[y] = levels.map(\.value)
            }
        }
        return byYear.keys.sorted().map { YearLevel(year: $0, value: median(byYear[$0]!)) }
    }
}

/// One year's level of a series.
struct YearLevel: Equatable {
    var year: Int
    var value: Double
}
