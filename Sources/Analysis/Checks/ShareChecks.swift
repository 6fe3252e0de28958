import Claims

/// Check 3: a share times the whole it is a share of, against the part's own level.
enum ShareChecks {
    static func findings(_ claims: ArraySlice<StoredClaim>, _ index: LevelIndex) -> [Finding] {
        var out: [Finding] = []
        for i in claims.indices where claims[i].claim.kind == .share {
            let s = claims[i], c = s.claim
            guard c.unit == .percent else { continue }
            guard let whole = c.counterpart, let p = c.period else { continue }
            for unit in index.units(whole, nil, c.metric) {
                let wholeKey = LevelIndex.key(whole, nil, c.metric, unit)
                let allWholes = index.statedLevels(wholeKey, p) + index.referenceLevels(wholeKey, p)
                // The part's own level: the same period, else the year before (the latest known).
                let keys = partKeys(c, whole: whole, unit: unit)
                var partKey = keys[0]
                var allParts: [Level] = []
                search: for period in [p, p.shifted(byYears: -1)] {
                    for key in keys {
                        allParts = index.statedLevels(key, period) + index.referenceLevels(key, period)
                        if !allParts.isEmpty {
                            partKey = key
                            break search
                        }
                    }
                }
                // Rows on another basis than the share are never compared with it: they get a finding of their own.
                let wholes = allWholes.filter(Bases.on(c.basis)), parts = allParts.filter(Bases.on(c.basis))
                if let clash = Bases.clash(allWholes + allParts, claim: c.basis), !allWholes.isEmpty {
                    out.append(Bases.setAside(finding(s, index, partKey, wholes: allWholes, parts: allParts), clash))
                }
                guard !wholes.isEmpty else { continue }
                out.append(finding(s, index, partKey, wholes: wholes, parts: parts))
            }
        }
        return out
    }

    /// Where the part's level may be: the entity's own series; for a partner's share of a country's trade ("the G7
    /// hold over 20% of Kazakhstan's trade") also the trade between the two, either way round.
    static func partKeys(_ c: Claim, whole: String, unit: Unit) -> [LevelIndex.SeriesKey] {
        var keys = [LevelIndex.key(c.entity, nil, c.metric, unit)]
        if c.metric == .tradeTurnover {
            keys += [LevelIndex.key(whole, c.entity, c.metric, unit), LevelIndex.key(c.entity, whole, c.metric, unit)]
        }
        return keys
    }

    /// The share times `wholes` against `parts`, the levels of `partKey`.
    private static func finding(_ s: StoredClaim, _ index: LevelIndex, _ partKey: LevelIndex.SeriesKey, wholes: [Level],
                                parts: [Level]) -> Finding {
        let c = s.claim, whole = c.counterpart ?? "", unit = partKey.unit
        let wholeRange = Range2.hull(wholes)
        let share = Range2(low: s.interval.lo, high: s.interval.hi).map { $0 / 100 }
        let implied = Range2(low: wholeRange.low.flatMap { w in share.low.map { w * $0 } },
                             high: wholeRange.high.flatMap { w in share.high.map { w * $0 } })
        // Nothing compared is not checked, never consistent.
        var severity = Severity.notChecked
        // The stated side is the part's own level where there is one (in the level's unit), else the share itself.
        var stated = (value: c.value, range: Range2(low: s.interval.lo, high: s.interval.hi), unit: Unit.percent)
        var message = "\(RelativeChecks.short(c.value))% of \(whole)'s \(RelativeChecks.describeLevels(wholes)) implies "
            + "\(c.entity) \(implied.low == nil || implied.high == nil ? "" : "at ")\(RelativeChecks.describeAmount(implied)) \(unit.rawValue)"
        if !parts.isEmpty {
            stated = (Analysis.median(parts.map(\.value)), Range2.hull(parts), unit)
            let gap = Range2.gap(implied, stated.range)
            let scale = parts.map { abs($0.value) }.max() ?? 1
            severity = .judging(gap: gap, scale: scale)
            let own = partKey.counterpart == nil
            message += "; \(own ? "\(c.entity)'s own level" : "the \(index.seriesName(partKey)) level"): \(RelativeChecks.describeLevels(parts))"
        } else {
            message += "; no level of \(c.entity) to compare with"
        }
        return Finding(kind: .shareOfWhole, severity: severity, subject: index.subject(partKey),
                       evidence: RelativeChecks.evidence(s, wholes, parts),
                       expectedLow: implied.low, expectedHigh: implied.high, stated: stated.value, statedLow: stated.range.low,
                       statedHigh: stated.range.high, unit: stated.unit,
                       tolerance: "overlap, else within 5% of the part's level is tension",
                       message: message + " — \(severity.words)", rule: "share_of_whole")
    }
}
