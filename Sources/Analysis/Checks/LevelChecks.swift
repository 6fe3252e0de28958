import Claims

/// Checks 4 and 5: the same level from different documents, and a forecast against the outcome once known.
enum LevelChecks {
    /// Check 4: every series period stated by two or more documents, one finding per pair of levels from two
    /// documents (never a pile of figures in one finding), outturns only with outturns: expected is the earlier
    /// publication, stated the later.
    static func sameLevel(_ index: LevelIndex) -> [Finding] {
        var out: [Finding] = []
        // In series and period order: dictionaries iterate in a different order in every process. Only the
        // periods stated by two or more documents are sorted.
        var candidates: [(key: LevelIndex.SeriesKey, period: Period, levels: [Level])] = []
        for (key, byPeriod) in index.stated {
            for (period, levels) in byPeriod.entries where levels.count >= 2 && levels.contains(where: { $0.evidence.doc != levels[0].evidence.doc }) {
                candidates.append((key, period, levels))
            }
        }
        candidates.sort { ($0.key, $0.period) < ($1.key, $1.period) }
        for (key, period, levels) in candidates {
            for i in levels.indices {
                for j in levels.indices where j > i && levels[j].evidence.doc != levels[i].evidence.doc
                    && isOutturn(levels[i], period) == isOutturn(levels[j], period) {
                    let found = pair(levels[i], levels[j], index.subject(key), key.unit, period)
                    out.append(Bases.judged(found, [levels[j]], claim: levels[i].basis))
                }
            }
        }
        return out
    }

    /// Whether a level was published after its period ended (an outturn), or with no date known; a "2024" figure
    /// published in November 2024 is an estimate, paired only with other estimates.
    static func isOutturn(_ l: Level, _ period: Period) -> Bool { LevelPairs.isOutturn(l.published, period) }

    /// Two documents' levels of one series and period: the earlier publication against the later one.
    static func pair(_ a: Level, _ b: Level, _ subject: String, _ unit: Unit, _ period: Period) -> Finding {
        let laterFirst = a.published.flatMap { pa in b.published.map { pa > $0 } } ?? false
        let (earlier, later) = laterFirst ? (b, a) : (a, b)
        let gap = Range2.gap(Range2(low: earlier.low, high: earlier.high), Range2(low: later.low, high: later.high))
        let severity = Severity.judging(gap: gap, scale: abs(later.value))
        return Finding(
            kind: .sameLevel, severity: severity, subject: subject, evidence: [earlier.evidence, later.evidence],
            expectedLow: earlier.low, expectedHigh: earlier.high, stated: later.value, statedLow: later.low, statedHigh: later.high,
            unit: unit, tolerance: "overlap, else within 5% of the later figure is tension",
            message: "\(period): \(RelativeChecks.short3(earlier.value)) (\(earlier.evidence.doc)) against "
                + "\(RelativeChecks.short3(later.value)) (\(later.evidence.doc)) — \(severity.rawValue)", rule: "same_level_pair")
    }

    /// Check 5: forecasts and targets of a level against the level stated or published for that period: met, beaten
    /// or missed, with the three-way verdict as accuracy. A forecast that missed contradicts no other figure, so the
    /// finding's severity is at most tension.
    static func forecastVsOutcome(_ claims: ArraySlice<StoredClaim>, _ index: LevelIndex) -> [Finding] {
        var out: [Finding] = []
        for i in claims.indices where claims[i].claim.kind == .forecast || claims[i].claim.kind == .target {
            // Tested in place, and left at once when no outcome is known: most forecasts and targets are of years to come.
            guard claims[i].claim.unit != .percent, claims[i].claim.unit != .times, let p = claims[i].claim.period else { continue }
            let key = LevelIndex.key(claims[i].claim.entity, claims[i].claim.counterpart, claims[i].claim.metric, claims[i].claim.unit)
            let official = index.referenceLevels(key, p), stated = index.statedLevels(key, p)
            guard !official.isEmpty || stated.contains(where: { $0.evidence.doc != claims[i].claim.doc }) else { continue }
            let s = claims[i], c = s.claim
            let candidates = stated.filter { $0.evidence.doc != c.doc } + official
            let sameBasis = Bases.on(c.basis)
            let outcomes = candidates.filter(sameBasis)
            // Outcomes on another basis are set against the forecast apart, and only to say so.
            let others = candidates.filter { !sameBasis($0) }
            if let clash = Bases.clash(others, claim: c.basis) { out.append(Bases.setAside(outcome(s, others, index.subject(key)), clash)) }
            guard !outcomes.isEmpty else { continue }
            out.append(outcome(s, outcomes, index.subject(key)))
        }
        return out
    }

    /// A forecast against the outcomes of its period.
    private static func outcome(_ s: StoredClaim, _ outcomes: [Level], _ subject: String) -> Finding {
        let c = s.claim, p = c.period!
        let values = outcomes.map(\.value).sorted()
        // The same median as every other check: the mean of the middle two for an even count.
        let median = Analysis.median(values)
        let error = median / c.value - 1
        let overlap = outcomes.contains { Range2.gap(Range2(low: $0.low, high: $0.high), Range2(low: s.interval.lo, high: s.interval.hi)) == 0 }
        let accuracy: Severity = overlap ? .consistent : (abs(error) <= 0.10 ? .tension : .conflict)
        let outcome: ForecastOutcome = overlap ? .met : (error >= 0 ? .beaten : .missed)
        let verdict = outcome == .met ? "met" : "\(outcome.rawValue) by \(RelativeChecks.short(abs(error) * 100))%"
        return Finding(
            kind: .forecastVsOutcome, severity: min(accuracy, .tension), subject: subject, evidence: RelativeChecks.evidence(s, outcomes),
            expectedLow: values.first, expectedHigh: values.last, stated: c.value, statedLow: s.interval.lo, statedHigh: s.interval.hi,
            unit: c.unit,
            tolerance: "overlap, else within 10% is tension",
            message: "\(c.kind.rawValue) \(RelativeChecks.short3(c.value)) for \(p) (\(c.doc)) against the outcome "
                + "\(RelativeChecks.short3(median)) (\(outcomes.map(\.evidence.doc).joined(separator: ", "))): \(verdict)",
            outcome: outcome, accuracy: accuracy, rule: "forecast_vs_outcome")
    }

}
