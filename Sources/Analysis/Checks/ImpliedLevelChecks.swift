import Claims

/// A change or multiple with a level of its own document implies the other end ("+65% to 2.76 Mt" puts the base
/// year at about 1.67 Mt); that implied level is checked against each reference row and each other document's level.
enum ImpliedLevelChecks {
    static func findings(_ claims: ArraySlice<StoredClaim>, _ index: LevelIndex) -> [Finding] {
        claims.flatMap { s in
            let c = s.claim
            guard let p = c.period, let b = c.basePeriod else { return [Finding]() }
            return findings(for: s, index.units(c.entity, c.counterpart, c.metric).map {
                LinkedLevels(LevelIndex.key(c.entity, c.counterpart, c.metric, $0), period: p, base: b, index)
            }, index)
        }
    }

    /// The findings of one change or multiple (none for other claims), `linked` its series in each unit with their
    /// levels of its period and base. `RelativeChecks` calls it claim by claim, so findings come in claim order
    /// however the claims are cut into batches.
    static func findings(for s: StoredClaim, _ linked: [LinkedLevels], _ index: LevelIndex) -> [Finding] {
        let c = s.claim
        guard let (p, _) = DerivedLevels.linkedPeriods(c), c.counterpart != "world",
              // An implied level is only set against reference rows and other documents' levels: without any,
              // there is nothing to look for.
              linked.contains(where: { $0.hasOtherFigures(than: c.doc) }),
              let factor = DerivedLevels.factor(s), let own = ownLevels(s, linked) else { return [] }
        var out: [Finding] = []
        for l in own.picks {
            let atP = l.evidence.period == p
            out += implied(s, l, factor, own.series, atP: atP, index)
        }
        return out
    }

    /// A change's own levels: the series (in the unit it speaks of) with its levels of the change's period and
    /// base, and the one or two levels of its own document it implies from, in document order.
    struct Own {
        var series: LinkedLevels
        var picks: [Level]
    }

    /// What one level of the change's own document (of the change's period when `atP`, else of its base) implies
    /// for the other end, against each reference row and each other document's level of that period.
    private static func implied(_ s: StoredClaim, _ own: Level, _ factor: (value: Double, lo: Double?, hi: Double?),
                                _ series: LinkedLevels, atP: Bool, _ index: LevelIndex) -> [Finding] {
        let c = s.claim, p = c.period!, key = series.key
        let target = atP ? c.basePeriod! : p
        let end = DerivedLevels.otherEnd(low: own.low, high: own.high, factor: factor, levelIsLater: atP)
        let implied = Range2(low: end.low, high: end.high)
        let outturn = LevelPairs.isOutturn(c.published, p)
        var out: [Finding] = []
        for row in atP ? series.referenceB : series.referenceP {
            let found = finding(s, own, row, implied, target, index.subject(key), key.unit)
            out.append(Bases.judged(found, [own, row], claim: c.basis))
        }
        for other in atP ? series.statedB : series.statedP
        where other.evidence.doc != c.doc && (!outturn || LevelChecks.isOutturn(other, target)) {
            out.append(Bases.judged(finding(s, own, other, implied, target, index.subject(key), key.unit), [own, other], claim: c.basis))
        }
        return out
    }

    /// The levels of the change's own document standing nearest to it (within `DerivedLevels.pairingDistance`
    /// characters), one for its period and one for its base, in the unit of the nearest of all (the unit a change
    /// speaks of is that level's), in document order. An outturn change leaves out figures published before their
    /// period ended. `linked` are the change's series in each unit its series has levels in.
    static func ownLevels(_ s: StoredClaim, _ linked: [LinkedLevels]) -> Own? {
        let c = s.claim, p = c.period!, b = c.basePeriod!
        let outturn = LevelPairs.isOutturn(c.published, p)
        var best: (own: Own, distance: Int)?
        for series in linked {
            let pickP = nearest(series.statedP, p, s, outturn: outturn), pickB = nearest(series.statedB, b, s, outturn: outturn)
            let distance = min(pickP?.distance ?? Int.max, pickB?.distance ?? Int.max)
            guard distance != Int.max, distance < (best?.distance ?? Int.max) else { continue }
            var picks = [pickP?.level, pickB?.level].compactMap { $0 }
            if picks.count == 2, picks[1].span!.start < picks[0].span!.start { picks.swapAt(0, 1) }
            best = (Own(series: series, picks: picks), distance)
        }
        return best?.own
    }

    /// The level among `levels` (of `period`) of the change's own document standing nearest to it, within
    /// `DerivedLevels.pairingDistance` characters.
    private static func nearest(_ levels: [Level], _ period: Period, _ s: StoredClaim, outturn: Bool) -> (level: Level, distance: Int)? {
        var pick: (level: Level, distance: Int)?
        for l in levels where l.evidence.doc == s.claim.doc && l.value > 0 && (!outturn || LevelChecks.isOutturn(l, period)) {
            guard let span = l.span else { continue }
            let d = DerivedLevels.distance(span, s.claim.span)
            if d <= DerivedLevels.pairingDistance, d < (pick?.distance ?? Int.max) { pick = (l, d) }
        }
        return pick
    }

    /// The implied level against one other level: overlap is consistent, a gap under 5% of the other tension.
    private static func finding(_ s: StoredClaim, _ own: Level, _ other: Level, _ implied: Range2, _ target: Period,
                                _ subject: String, _ unit: Unit) -> Finding {
        let c = s.claim
        let stated = ReferenceDigits.range(other)
        let gap = Range2.gap(implied, stated)
        let severity: Severity = implied.low == nil && implied.high == nil ? .notChecked
            : .judging(gap: gap, scale: abs(other.value))
        var message = MessageText()
        message.add(c.doc)
        message.add(" states ")
        message.add(relationOf: c)
        message.add("; with ")
        message.add(levels: [own])
        message.add(" it implies ")
        message.add(target)
        message.add(" at ")
        message.add(amountRange: implied)
        message.add(", against ")
        message.add(short3: other.value)
        message.add(" (")
        message.add(other.evidence.doc)
        message.add("): ")
        message.add(severity.words)
        return Finding(kind: c.kind == .change ? .changeVsLevels : .multipleVsLevels, severity: severity, subject: subject,
                       evidence: [Evidence(s), own.evidence, other.evidence], expectedLow: implied.low, expectedHigh: implied.high,
                       stated: other.value, statedLow: stated.low, statedHigh: stated.high, unit: unit,
                       tolerance: "overlap, else within 5% of the other level is tension", messageUTF8: message.bytes,
                       rule: other.referenceSource != nil ? "implied_level_vs_reference" : "implied_level_vs_document_level")
    }
}
