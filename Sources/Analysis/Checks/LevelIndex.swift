import Claims

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
    /// What a reference value measures that others do not ("net", "seaports only"); nil for the usual definition.
    public var basis: String? = nil
    /// Where a stated level stands in its document (nil for reference values).
    public var span: Span? = nil
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

        /// The entity alone: it mostly tells series apart, and hashing every field (up to four strings) cost more
        /// than the few collisions of one entity's metrics and units. Equality still compares every field.
        func hash(into hasher: inout Hasher) { hasher.combine(entity) }

        static func < (a: SeriesKey, b: SeriesKey) -> Bool {
            (a.entity, a.counterpart ?? "", a.metric, a.unit) < (b.entity, b.counterpart ?? "", b.metric, b.unit)
        }
    }

    private(set) var stated: [SeriesKey: PeriodLevels] = [:]
    private(set) var reference: [SeriesKey: PeriodLevels] = [:]
    /// The units each series (without its unit) has levels in, sorted.
    private var unitsOf: [SeriesKey: [Unit]] = [:]
    /// The spelling of each folded name as first seen in the claims, and in the reference values.
    private var names: [String: String] = [:]
    private var officialNames: [String: String] = [:]
    /// The series the last claim added named, carried from one batch to the next.
    private var lastNamed: (entity: String, counterpart: String?)?

    init(claims: [StoredClaim], reference values: [ReferenceValue]) {
        self.init(reference: values)
        add(claims[...])
    }

    /// An index of the official levels; `add` brings in the stated ones.
    init(reference values: [ReferenceValue]) {
        for r in values {
            let folded = ClaimFilter.folded(r.entity)
            if officialNames[folded] == nil { officialNames[folded] = r.entity }
            let key = LevelIndex.key(r.entity, nil, r.metric, r.unit)
            if reference[key] == nil { noteUnit(of: key) }
            let interval = ValueInterval.of(reference: r)
            reference[key, default: PeriodLevels()].append(Level(
                value: r.value, low: interval.lo, high: interval.hi, evidence: Evidence(reference: r), published: nil,
                referenceSource: r.source, basis: r.basis), of: r.period)
        }
    }

    /// Adds the stated levels among `claims` and the spellings of the names they use.
    mutating func add(_ claims: ArraySlice<StoredClaim>) {
        for i in claims.indices {
            let entity = claims[i].claim.entity, counterpart = claims[i].claim.counterpart
            // Claims come in document order, and neighbours mostly name the same series.
            if let last = lastNamed, last.entity == entity, last.counterpart == counterpart { continue }
            lastNamed = (entity, counterpart)
            noteName(entity)
            if let counterpart { noteName(counterpart) }
        }
        // Read in place, field by field: a copy of a stored claim is some 370 bytes and a dozen reference counts.
        claims.withUnsafeBufferPointer { claims in
            for i in claims.indices where claims[i].claim.kind == .level {
                addLevel(claims.baseAddress! + i)
            }
        }
    }

    /// Adds the level `s` points to, when it is of a graded metric and has a period.
    private mutating func addLevel(_ s: UnsafePointer<StoredClaim>) {
        guard s.pointee.claim.metric.isGraded, let p = s.pointee.claim.period else { return }
        let key = LevelIndex.key(s.pointee.claim.entity, s.pointee.claim.counterpart, s.pointee.claim.metric, s.pointee.claim.unit)
        let level = Level(value: s.pointee.claim.value, low: s.pointee.interval.lo, high: s.pointee.interval.hi,
                          evidence: Evidence(s.pointee), published: s.pointee.claim.published, referenceSource: nil,
                          basis: s.pointee.claim.basis, span: s.pointee.claim.span)
        // One lookup for a series already seen (changed in place), a second only for a new one.
        if let i = stated.index(forKey: key) {
            stated.values[i].append(level, of: p)
        } else {
            if reference[key] == nil { noteUnit(of: key) }
            var levels = PeriodLevels()
            levels.append(level, of: p)
            stated[key] = levels
        }
    }

    /// Room for `scale` times the series and names indexed so far (a tenth more, as an estimate): what the claims
    /// still to come are expected to bring.
    mutating func reserve(scale: Double) {
        func room(_ count: Int) -> Int { Int((Double(count) * scale * 1.1).rounded(.up)) }
        stated.reserveCapacity(room(stated.count))
        unitsOf.reserveCapacity(room(unitsOf.count))
        names.reserveCapacity(room(names.count))
    }

    /// Keeps the first spelling of a name seen in the claims.
    private mutating func noteName(_ name: String) {
        let folded = ClaimFilter.folded(name)
        if names[folded] == nil { names[folded] = name }
    }

    /// Records that `key`'s series has levels in `key.unit`, keeping the units sorted.
    private mutating func noteUnit(of key: SeriesKey) {
        var base = key
        base.unit = Unit(rawValue: "")
        // Sorted in place, through one lookup.
        func insert(_ unit: Unit, into units: inout [Unit]) { units.insert(unit, at: units.firstIndex { $0 > unit } ?? units.count) }
        insert(key.unit, into: &unitsOf[base, default: []])
    }

    /// The units a series has levels in.
    func units(_ entity: String, _ counterpart: String?, _ metric: Metric) -> [Unit] {
        units(of: LevelIndex.key(entity, counterpart, metric, Unit(rawValue: "")))
    }

    /// The units the series of `base` (a key without its unit) has levels in.
    func units(of base: SeriesKey) -> [Unit] { unitsOf[base] ?? [] }

    static func key(_ entity: String, _ counterpart: String?, _ metric: Metric, _ unit: Unit) -> SeriesKey {
        SeriesKey(entity: ClaimFilter.folded(entity), counterpart: counterpart.map(ClaimFilter.folded), metric: metric, unit: unit)
    }

    /// "Middle Corridor freight_volume (t)", "Kazakhstan–China trade_turnover (USD)".
    func subject(_ key: SeriesKey) -> String {
        // Written as bytes and made a string once: every finding has a subject.
        MessageText.string { m in
            addSeriesName(key, to: &m)
            m.add(" ")
            m.add(key.metric.rawValue)
            m.add(" (")
            m.add(key.unit.rawValue)
            m.add(")")
        }
    }

    /// The series' entity and counterpart as first spelled: "Kazakhstan–G7".
    func seriesName(_ key: SeriesKey) -> String {
        MessageText.string { addSeriesName(key, to: &$0) }
    }

    /// `seriesName(key)` written to `m`.
    private func addSeriesName(_ key: SeriesKey, to m: inout MessageText) {
        m.add(names[key.entity] ?? officialNames[key.entity] ?? key.entity)
        if let counterpart = key.counterpart {
            m.add("–")
            m.add(names[counterpart] ?? officialNames[counterpart] ?? counterpart)
        }
    }

    /// Whether any reference value was given.
    var hasReference: Bool { !reference.isEmpty }

    /// Whether `name` folds to `folded` (compared without allocating for ASCII names).
    func names(_ name: String, _ folded: String) -> Bool {
        var a = name.utf8.makeIterator(), b = folded.utf8.makeIterator()
        while let x = a.next() {
            if x >= 0x80 { return ClaimFilter.folded(name) == folded }
            if x == 0x20 || x == 0x09 { continue }
            guard let y = b.next(), y == (x >= 0x41 && x <= 0x5A ? x | 0x20 : x) else { return false }
        }
        return b.next() == nil
    }

    /// Stated levels of a series in a period.
    func statedLevels(_ key: SeriesKey, _ period: Period) -> [Level] { stated[key]?.levels(of: period) ?? [] }

    /// Official levels of a series in a period (reference series have no counterpart).
    func referenceLevels(_ key: SeriesKey, _ period: Period) -> [Level] {
        referenceSeries(key)?.levels(of: period) ?? []
    }

    /// Every stated level of a series, by period.
    func statedSeries(_ key: SeriesKey) -> PeriodLevels? { stated[key] }

    /// Every official level of a series, by period (reference series have no counterpart).
    func referenceSeries(_ key: SeriesKey) -> PeriodLevels? {
        key.counterpart == nil ? reference[key] : nil
    }

    /// Yearly levels of a series known on `date`, one per year: the median of what was stated for it. With a date,
    /// only claims published on or before it (reference rows carry no publication date, so they are left out);
    /// without one, every claim and the reference values on the usual basis. The caller looks the series' stated
    /// and official levels up (`statedSeries`, `referenceSeries`): a target is judged as published and as of now
    /// from one lookup.
    static func yearly(stated: PeriodLevels?, reference: PeriodLevels?, knownOn date: Day?) -> [YearLevel] {
        // A list sorted by year rather than a dictionary: a series has a handful of years.
        var all: [(year: Int, value: Double)] = []
        all.reserveCapacity((stated?.entries.count ?? 0) + (date == nil ? reference?.entries.count ?? 0 : 0))
        for (period, levels) in stated?.entries ?? [] {
            guard case .year(let y) = period else { continue }
            for l in levels where date == nil || l.published.map({ $0 <= date! }) ?? false { all.append((y, l.value)) }
        }
        let statedCount = all.count
        if date == nil {
            for (period, levels) in reference?.entries ?? [] {
                guard case .year(let y) = period, !all[..<statedCount].contains(where: { $0.year == y }) else { continue }
                for l in levels where Bases.isStandard(l) { all.append((y, l.value)) }
            }
        }
        // Periods are mostly stated in order: sorted only when they are not.
        if zip(all, all.dropFirst()).contains(where: { $0.year > $1.year }) { all.sort { $0.year < $1.year } }
        var out: [YearLevel] = []
        out.reserveCapacity(all.count)
        var start = 0
        while start < all.count {
            var end = start + 1
            while end < all.count, all[end].year == all[start].year { end += 1 }
            // A year stated once is its own median, without a list to sort.
            let value = end == start + 1 ? all[start].value : median(all[start..<end].map(\.value))
            out.append(YearLevel(year: all[start].year, value: value))
            start = end
        }
        return out
    }
}

/// One year's level of a series.
struct YearLevel: Equatable {
    var year: Int
    var value: Double
}

/// One series' levels, period by period in the order first seen: a series has a handful of periods, so a list
/// searched in order costs less than a dictionary of its own for each of a large store's series.
struct PeriodLevels {
    private(set) var entries: [(period: Period, levels: [Level])] = []

    /// The levels of `period`, in the order added.
    func levels(of period: Period) -> [Level] {
        for e in entries where e.period == period { return e.levels }
        return []
    }

    /// Adds `level` to those of `period`.
    mutating func append(_ level: Level, of period: Period) {
        if let i = entries.firstIndex(where: { $0.period == period }) {
            entries[i].levels.append(level)
        } else {
            entries.append((period, [level]))
        }
    }
}
