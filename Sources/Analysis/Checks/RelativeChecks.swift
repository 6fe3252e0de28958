import Claims
import Store

/// Checks 1, 2 and 7: a change or a multiple against the two levels it links, stated or official.
enum RelativeChecks {
    static func findings(_ claims: [StoredClaim], _ index: LevelIndex) -> [Finding] {
        var out: [Finding] = []
        for s in claims {
            let c = s.claim
            guard c.kind == .change || c.kind == .multiple, c.unit == .percent || c.unit == .times,
                  c.metric.isGraded, c.metric != .gdpGrowth, c.counterpart != "world",
                  let p = c.period, let b = c.basePeriod else { continue }
            for unit in index.units(c.entity, c.counterpart, c.metric) {
                let key = LevelIndex.key(c.entity, c.counterpart, c.metric, unit)
                let statedP = index.statedLevels(key, p), statedB = index.statedLevels(key, b)
                if !statedP.isEmpty, !statedB.isEmpty {
                    out.append(finding(s, .init(kind: c.kind == .change ? .changeVsLevels : .multipleVsLevels,
                                                levelsP: statedP, levelsB: statedB, unit: unit, source: nil)))
                }
                // Against each official publisher that gives both years: its own rows, not a mix of scopes.
                let refP = index.referenceLevels(key, p), refB = index.referenceLevels(key, b)
                var sources: [String] = []
                for l in refB { if let src = l.referenceSource, !sources.contains(src) { sources.append(src) } }
                for source in sources {
                    let ownP = refP.filter { $0.referenceSource == source }, ownB = refB.filter { $0.referenceSource == source }
                    guard !ownP.isEmpty else { continue }
                    out.append(finding(s, .init(kind: .referenceSeries, levelsP: ownP, levelsB: ownB, unit: unit, source: source)))
                }
            }
        }
        return out
    }

    /// What one comparison uses.
    struct Basis {
        var kind: FindingKind
        var levelsP: [Level]
        var levelsB: [Level]
        var unit: Unit
        var source: String?
    }

    private static func finding(_ s: StoredClaim, _ basis: Basis) -> Finding {
        let c = s.claim
        let rangeP = Range2.hull(basis.levelsP.map { Range2(low: $0.low, high: $0.high) })
        let rangeB = Range2.hull(basis.levelsB.map { Range2(low: $0.low, high: $0.high) })
        let ratio = Range2.ratio(rangeP, rangeB)
        let implied = c.unit == .percent ? ratio.map { ($0 - 1) * 100 } : ratio
        let stated = Range2(low: s.interval.lo, high: s.interval.hi)
        let gap = Range2.gap(implied, stated)
        let allowed = c.unit == .percent ? 5.0 : 0.15 * abs(c.value)
        let severity: Severity = gap == 0 ? .consistent : (gap <= allowed ? .tension : .conflict)
        let what = c.unit == .percent ? "a change of" : "a multiple of"
        let impliedText = describe(implied, c.unit)
        var message = "\(c.doc) states \(what) \(format(c.value, c.unit)) for \(c.period!) against \(c.basePeriod!); "
        message += "the levels \(describeLevels(basis.levelsP)) and \(describeLevels(basis.levelsB)) imply \(impliedText)"
        if let source = basis.source { message += " (\(source))" }
        message += ": \(severity.rawValue)"
        return Finding(kind: basis.kind, severity: severity,
                       subject: "\(c.entity)\(c.counterpart.map { "–\($0)" } ?? "") \(c.metric.rawValue) (\(basis.unit.rawValue))",
                       evidence: [Evidence(s)] + basis.levelsP.map(\.evidence) + basis.levelsB.map(\.evidence),
                       expectedLow: implied.low, expectedHigh: implied.high, stated: c.value, unit: c.unit,
                       tolerance: c.unit == .percent ? "overlap, else within 5 percentage points is tension"
                           : "overlap, else within 15% of the stated multiple is tension",
                       message: message)
    }

    static func format(_ v: Double, _ unit: Unit) -> String {
        unit == .percent ? (v >= 0 ? "+" : "") + short(v) + "%" : short(v) + "×"
    }

    static func short(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    static func describe(_ r: Range2, _ unit: Unit) -> String {
        switch (r.low, r.high) {
        case (let l?, let h?): return abs(h - l) < 1e-9 ? format(l, unit) : "\(format(l, unit)) to \(format(h, unit))"
        case (let l?, nil): return "at least \(format(l, unit))"
        case (nil, let h?): return "at most \(format(h, unit))"
        case (nil, nil): return "anything"
        }
    }

    /// A range of amounts: "at most 272 bn", "2.74 mn to 2.82 mn".
    static func describeAmount(_ r: Range2) -> String {
        switch (r.low, r.high) {
        case (let l?, let h?): return abs(h - l) < 1e-9 ? short3(l) : "\(short3(l)) to \(short3(h))"
        case (let l?, nil): return "at least \(short3(l))"
        case (nil, let h?): return "at most \(short3(h))"
        case (nil, nil): return "any value"
        }
    }

    static func describeLevels(_ levels: [Level]) -> String {
        let parts = levels.map { "\(short3($0.value)) (\($0.evidence.doc), \($0.evidence.period.map { "\($0)" } ?? "?"))" }
        return parts.joined(separator: ", ")
    }

    /// Three significant figures with a scale word.
    static func short3(_ v: Double) -> String {
        let a = abs(v)
        let (d, w): (Double, String) = a >= 1e12 ? (1e12, " tn") : a >= 1e9 ? (1e9, " bn") : a >= 1e6 ? (1e6, " mn") : a >= 1e3 ? (1e3, " k") : (1, "")
        let x = v / d
        let r = x >= 100 ? x.rounded() : x >= 10 ? (x * 10).rounded() / 10 : (x * 100).rounded() / 100
        return (r == r.rounded() ? String(Int(r)) : String(r)) + w
    }
}
