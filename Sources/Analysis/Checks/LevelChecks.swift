import Claims
import Store

/// Checks 4 and 5: the same level from different documents, and a forecast against the outcome once known.
enum LevelChecks {
    /// Check 4: every series period stated by two or more documents.
    static func sameLevel(_ index: LevelIndex) -> [Finding] {
        var out: [Finding] = []
        // In series and period order: dictionaries iterate in a different order in every process. Only the
        // periods stated by two or more documents are sorted.
        var candidates: [(key: LevelIndex.SeriesKey, period: Period, levels: [Level])] = []
        for (key, byPeriod) in index.stated {
            for (period, levels) in byPeriod where levels.count >= 2 && levels.contains(where: { $0.evidence.doc != levels[0].evidence.doc }) {
                candidates.append((key, period, levels))
            }
        }
        candidates.sort { ($0.key, $0.period) < ($1.key, $1.period) }
        for (key, period, levels) in candidates {
            // The widest gap between two of the intervals: from the lowest upper end to the highest lower end.
            let highestLow = levels.compactMap(\.low).max(), lowestHigh = levels.compactMap(\.high).min()
            let worst = highestLow.flatMap { l in lowestHigh.map { h in max(0, l - h) } } ?? 0
            let scale = levels.map { abs($0.value) }.max() ?? 1
            let severity: Severity = worst == 0 ? .consistent : (worst <= 0.02 * scale ? .tension : .conflict)
            out.append(Finding(
                kind: .sameLevel, severity: severity, subject: index.subject(key), evidence: levels.map(\.evidence),
                expectedLow: highestLow, expectedHigh: lowestHigh,
                stated: levels[0].value, unit: key.unit, tolerance: "overlap, else within 2% is tension",
                message: "\(period): " + levels.map { "\(RelativeChecks.short3($0.value)) (\($0.evidence.doc))" }
                    .joined(separator: ", ") + " — \(severity.rawValue)"))
        }
        return out
    }

    /// Check 5: forecasts and targets of a level against the level stated or published for that period: met, beaten
    /// or missed, with the three-way verdict as accuracy. A forecast that missed contradicts no other figure, so the
    /// finding's severity is at most tension.
    static func forecastVsOutcome(_ claims: ArraySlice<StoredClaim>, _ index: LevelIndex) -> [Finding] {
        var out: [Finding] = []
        for i in claims.indices where claims[i].claim.kind == .forecast || claims[i].claim.kind == .target {
            let s = claims[i], c = s.claim
            guard c.unit != .percent, c.unit != .times, let p = c.period else { continue }
            let key = LevelIndex.key(c.entity, c.counterpart, c.metric, c.unit)
            let outcomes = index.statedLevels(key, p).filter { $0.evidence.doc != c.doc } + index.referenceLevels(key, p)
            guard !outcomes.isEmpty else { continue }
            let values = outcomes.map(\.value).sorted()
            // The same median as every other check: the mean of the middle two for an even count.
            let median = Analysis.median(values)
            let error = median / c.value - 1
            let overlap = outcomes.contains { Range2.gap(Range2(low: $0.low, high: $0.high), Range2(low: s.interval.lo, high: s.interval.hi)) == 0 }
            let accuracy: Severity = overlap ? .consistent : (abs(error) <= 0.10 ? .tension : .conflict)
            let outcome: ForecastOutcome = overlap ? .met : (error >= 0 ? .beaten : .missed)
            let verdict = outcome == .met ? "met" : "\(outcome.rawValue) by \(RelativeChecks.short(abs(error) * 100))%"
            out.append(Finding(
                kind: .forecastVsOutcome, severity: min(accuracy, .tension), subject: index.subject(key), evidence: RelativeChecks.evidence(s, outcomes),
                expectedLow: values.first, expectedHigh: values.last, stated: c.value, unit: c.unit,
                tolerance: "overlap, else within 10% is tension",
                message: "\(c.kind.rawValue) \(RelativeChecks.short3(c.value)) for \(p) (\(c.doc)) against the outcome "
                    + "\(RelativeChecks.short3(median)) (\(outcomes.map(\.evidence.doc).joined(separator: ", "))): \(verdict)",
                outcome: outcome, accuracy: accuracy))
        }
        return out
    }

}
