import Claims

/// Checks 1, 2 and 7: a change or a multiple against the two levels it links, one document's or one publisher's pair;
/// with them, claim by claim, the levels changes imply (`ImpliedLevelChecks`) and levels against the reference.
enum RelativeChecks {
    static func findings(_ claims: ArraySlice<StoredClaim>, _ index: LevelIndex) -> [Finding] {
        var out: [Finding] = []
        // Neighbouring claims mostly name one series: its key is folded once for them all, its subject written once.
        var lastKey: LevelIndex.SeriesKey?
        var subjects = SubjectCache()
        for i in claims.indices {
            // Tested in place: copying every claim out of the array to test its kind cost more than the checks.
            if claims[i].claim.kind == .level, claims[i].claim.counterpart == nil, index.hasReference {
                let c = claims[i].claim
                if lastKey.map({ $0.metric != c.metric || $0.unit != c.unit || !index.names(c.entity, $0.entity) }) ?? true {
                    lastKey = LevelIndex.key(c.entity, nil, c.metric, c.unit)
                }
                out += ReferenceLevelChecks.findings(for: claims[i], lastKey!, index)
            }
            guard claims[i].claim.kind == .change || claims[i].claim.kind == .multiple else { continue }
            let s = claims[i], c = s.claim
            guard c.unit == .percent || c.unit == .times,
                  c.metric.isGraded, c.metric != .gdpGrowth, c.counterpart != "world",
                  let p = c.period, let b = c.basePeriod else { continue }
            // Each series' levels are looked up once, here, and handed on to the implied-level checks; its name
            // is folded once for every unit.
            let base = LevelIndex.key(c.entity, c.counterpart, c.metric, Unit(rawValue: ""))
            let linked = index.units(of: base).map { unit in
                var key = base
                key.unit = unit
                return LinkedLevels(key, period: p, base: b, index)
            }
            for series in linked {
                let unit = series.key.unit
                let subject = subjects.subject(c, unit)
                // One document's pair at a time: a pile of several documents' levels for one year proves nothing.
                for pair in LevelPairs.pairs(for: s, series.statedP, series.statedB) {
                    let found = finding(s, .init(kind: c.kind == .change ? .changeVsLevels : .multipleVsLevels,
                                                 levelsP: pair.levelsP, levelsB: pair.levelsB, unit: unit, source: nil),
                                        subject: subject)
                    out.append(Bases.judged(found, pair.levelsP, pair.levelsB, claim: c.basis))
                }
                // Against each official publisher that gives both years: its own rows, not a mix of scopes.
                let refP = series.referenceP, refB = series.referenceB
                var sources: [String] = []
                for l in refB { if let src = l.referenceSource, !sources.contains(src) { sources.append(src) } }
                for source in sources {
                    let ownP = refP.filter { $0.referenceSource == source }, ownB = refB.filter { $0.referenceSource == source }
                    guard !ownP.isEmpty else { continue }
                    let found = finding(s, .init(kind: .referenceSeries, levelsP: ownP, levelsB: ownB, unit: unit, source: source),
                                        subject: subject)
                    // A publisher's rows on another basis than the claim, or on two bases, are not compared.
                    out.append(Bases.judged(found, ownP, ownB, claim: c.basis))
                }
            }
            out += ImpliedLevelChecks.findings(for: s, linked, index)
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

    /// The subject of a change's findings as the change names its series: "Middle Corridor freight_volume (t)". The
    /// last one is kept while neighbouring claims name the same series in the same words.
    struct SubjectCache {
        private var last: (entity: String, counterpart: String?, metric: Metric, unit: Unit, text: String)?

        mutating func subject(_ c: Claim, _ unit: Unit) -> String {
            if let last, last.entity == c.entity, last.counterpart == c.counterpart, last.metric == c.metric, last.unit == unit {
                return last.text
            }
            let text = MessageText.string { m in
                m.add(c.entity)
                if let counterpart = c.counterpart {
                    m.add("–")
                    m.add(counterpart)
                }
                m.add(" ")
                m.add(c.metric.rawValue)
                m.add(" (")
                m.add(unit.rawValue)
                m.add(")")
            }
            last = (c.entity, c.counterpart, c.metric, unit, text)
            return text
        }
    }

    private static func finding(_ s: StoredClaim, _ basis: Basis, subject: String) -> Finding {
        let c = s.claim
        let rangeP = Range2.hull(basis.levelsP)
        let rangeB = Range2.hull(basis.levelsB)
        let ratio = Range2.ratio(rangeP, rangeB)
        let implied = c.unit == .percent ? ratio.map { ($0 - 1) * 100 } : ratio
        let stated = Range2(low: s.interval.lo, high: s.interval.hi)
        let gap = Range2.gap(implied, stated)
        let allowed = c.unit == .percent ? 5.0 : 0.15 * abs(c.value)
        // Levels that bound the relation on neither side compare with nothing.
        let severity: Severity = implied.low == nil && implied.high == nil ? .notChecked
            : gap == 0 ? .consistent : (gap <= allowed ? .tension : .conflict)
        var message = MessageText()
        message.add(c.doc)
        message.add(c.unit == .percent ? " states a change of " : " states a multiple of ")
        message.add(relationOf: c)
        message.add("; the levels ")
        message.add(levels: basis.levelsP)
        message.add(" and ")
        message.add(levels: basis.levelsB)
        message.add(" imply ")
        message.add(relativeRange: implied, c.unit)
        if let source = basis.source {
            message.add(" (")
            message.add(source)
            message.add(")")
        }
        message.add(": ")
        message.add(severity.words)
        return Finding(kind: basis.kind, severity: severity,
                       subject: subject,
                       evidence: evidence(s, basis.levelsP, basis.levelsB),
                       expectedLow: implied.low, expectedHigh: implied.high, stated: c.value, statedLow: stated.low,
                       statedHigh: stated.high, unit: c.unit,
                       tolerance: c.unit == .percent ? "overlap, else within 5 percentage points is tension"
                           : "overlap, else within 15% of the stated multiple is tension",
                       messageUTF8: message.bytes, rule: rule(c, basis))
    }

    /// The rule's name: a change or multiple against its own document's levels, another document's, or a publisher's.
    static func rule(_ c: Claim, _ basis: Basis) -> String {
        // Whole names, not joined from parts: a finding per change, and each join was a new string.
        let change = c.kind == .change
        if basis.source != nil { return change ? "change_vs_reference_publisher" : "multiple_vs_reference_publisher" }
        if basis.levelsP.first?.evidence.doc == c.doc { return change ? "change_vs_own_levels" : "multiple_vs_own_levels" }
        return change ? "change_vs_other_document_levels" : "multiple_vs_other_document_levels"
    }

    /// The checked claim's evidence, then the levels'.
    static func evidence(_ s: StoredClaim, _ groups: [Level]...) -> [Evidence] {
        var out: [Evidence] = []
        out.reserveCapacity(1 + groups.reduce(0) { $0 + $1.count })
        out.append(Evidence(s))
        for g in groups { for l in g { out.append(l.evidence) } }
        return out
    }

    /// One decimal: "41.1".
    static func short(_ v: Double) -> String { decimals(v, places: 1) }

    /// `v` rounded to `places` (0…3) decimals, without trailing zeros (`MessageText.add(decimals:places:)`).
    static func decimals(_ v: Double, places: Int) -> String { MessageText.string { $0.add(decimals: v, places: places) } }

    /// A range of amounts: "at most 272 bn", "2.74 mn to 2.82 mn".
    static func describeAmount(_ r: Range2) -> String { MessageText.string { $0.add(amountRange: r) } }

    /// "4.14 mn (a.txt, 2023), 4.2 mn (b.txt, 2023)".
    static func describeLevels(_ levels: [Level]) -> String { MessageText.string { $0.add(levels: levels) } }

    /// Three significant figures with a scale word.
    static func short3(_ v: Double) -> String { MessageText.string { $0.add(short3: v) } }
}
