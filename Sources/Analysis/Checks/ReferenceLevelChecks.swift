import Claims

/// A level claim against each reference row of its series and period, one finding per row.
enum ReferenceLevelChecks {
    static func findings(_ claims: ArraySlice<StoredClaim>, _ index: LevelIndex) -> [Finding] {
        claims.flatMap { s in findings(for: s, LevelIndex.key(s.claim.entity, s.claim.counterpart, s.claim.metric, s.claim.unit), index) }
    }

    /// The findings of one level claim (none for other claims), `key` its series. `RelativeChecks` calls it claim by claim, so
    /// findings come in claim order however the claims are cut into batches.
    static func findings(for s: StoredClaim, _ key: LevelIndex.SeriesKey, _ index: LevelIndex) -> [Finding] {
        let c = s.claim
        var out: [Finding] = []
        guard c.kind == .level, c.metric.isGraded, let p = c.period else { return [] }
        let rows = index.referenceLevels(key, p)
        guard !rows.isEmpty else { return [] }
        let claim = Range2(low: s.interval.lo, high: s.interval.hi)
        // Rows on the usual basis that agree with the claim: a conflict with another row is then between the references.
        let agreeing = rows.filter { Bases.on(c.basis)($0) && Range2.gap(claim, ReferenceDigits.range($0)) == 0 }
        for row in rows {
            var found = finding(s, row, claim, index.subject(key))
            if let clash = Bases.clash([row], claim: c.basis) {
                found = Bases.setAside(found, clash)
            } else if found.severity == .conflict, let support = agreeing.first {
                found.severity = .tension
                found.message += " — but \(support.evidence.doc) agrees with the claim: the references disagree"
            } else if found.severity == .conflict, !LevelPairs.isOutturn(c.published, p) {
                found.severity = .tension
                found.message += " — published before \(p) ended: an estimate, not an outturn"
            }
            out.append(found)
        }
        return out
    }

    /// The row is expected, the claim stated: overlap is consistent, a gap under 5% of the claim tension.
    private static func finding(_ s: StoredClaim, _ row: Level, _ claim: Range2, _ subject: String) -> Finding {
        let c = s.claim
        let expected = ReferenceDigits.range(row)
        let gap = Range2.gap(expected, claim)
        let severity = Severity.judging(gap: gap, scale: abs(c.value))
        return Finding(kind: .referenceSeries, severity: severity, subject: subject, evidence: [Evidence(s), row.evidence],
                       expectedLow: expected.low, expectedHigh: expected.high, stated: c.value, statedLow: claim.low,
                       statedHigh: claim.high, unit: c.unit, tolerance: "overlap, else within 5% of the claim is tension",
                       message: "\(c.doc) states \(RelativeChecks.short3(c.value)) for \(c.period!); \(row.evidence.doc) gives "
                           + "\(RelativeChecks.describeAmount(expected)): \(severity.words)", rule: "level_vs_reference")
    }
}
