import Claims
import Foundation
import GSL

/// Check 6: what a target or forecast of a level requires, judged as of the day it was published and as of now.
enum TargetChecks {
    /// What a target requires against what the series has done.
    struct Judgement {
        /// The day it is judged as of (the target's publication), nil for now.
        var asOf: Day?
        var latest: YearLevel
        var requiredRate: Double
        var historicalRate: Double?
        var historicalLow: Double?
        var historicalHigh: Double?
        var probability: Double?
        /// High ÷ low of the trend's 95% prediction interval for the target's year, when wider than a target can be judged by.
        var tooWide: Double?
        /// The target lies inside that interval.
        var insideInterval = false
        var verdict: String
        /// The assessment the verdict's words are of.
        var assessment: TargetAssessment = .noHistory

        /// A judgement of a plan, so at most a tension: none where nothing could be judged.
        var severity: Severity {
            switch assessment {
            case .alreadyMet, .withinHistoricalGrowth: .consistent
            case .aboveHistoricalGrowth: .tension
            case .noHistory, .tooUncertain: .notChecked
            }
        }
    }

    static func findings(_ claims: ArraySlice<StoredClaim>, _ index: LevelIndex) -> [Finding] {
        var out: [Finding] = []
        // Investment figures (packages, projects, fixed assets) do not form one series a target could be measured on.
        for i in claims.indices {
            // Tested in place: copying every claim out of the array to test its kind cost more than the checks.
            guard claims[i].claim.kind == .target || claims[i].claim.kind == .forecast else { continue }
            let s = claims[i], c = s.claim
            guard c.unit != .percent, c.unit != .times, c.metric != .investment else { continue }
            guard case .year(let year)? = c.period else { continue }
            let key = LevelIndex.key(c.entity, c.counterpart, c.metric, c.unit)
            var judgements: [Judgement] = []
            let series = (stated: index.statedSeries(key), reference: index.referenceSeries(key))
            if let day = c.published, let known = history(year: year, series, knownOn: day),
               let j = judge(c, year: year, known: known, knownOn: day) {
                judgements.append(j)
            }
            // Judged as of now only when that starts from another latest level than as published: never when the
            // series holds nothing that was not known on the day.
            let sameAsPublished = !judgements.isEmpty && allKnown(series, on: c.published!)
            if !sameAsPublished, let known = history(year: year, series, knownOn: nil),
               judgements.first.map({ $0.latest != known.last }) ?? true,
               let j = judge(c, year: year, known: known, knownOn: nil) {
                judgements.append(j)
            }
            for j in judgements {
                var message = MessageText()
                message.add(c.kind.rawValue)
                message.add(" ")
                message.add(short3: c.value)
                message.add(" by ")
                message.add(year)
                message.add(" (")
                message.add(c.doc)
                message.add("), ")
                if let day = j.asOf {
                    message.add("as published (")
                    message.add(day)
                    message.add(")")
                } else {
                    message.add("now")
                }
                message.add(": ")
                if j.assessment == .alreadyMet {
                    message.add("already met by ")
                } else {
                    message.add("needs ")
                    message.add(percent: j.requiredRate)
                    message.add(" a year from ")
                }
                message.add(j.latest.year)
                message.add("'s ")
                message.add(short3: j.latest.value)
                if let h = j.historicalRate {
                    message.add("; history ")
                    message.add(percent: h)
                    if let l = j.historicalLow, let u = j.historicalHigh {
                        message.add(" [")
                        message.add(percent: l)
                        message.add(", ")
                        message.add(percent: u)
                        message.add("]")
                    }
                }
                if let p = j.probability {
                    message.add("; chance under the trend ")
                    message.add(Int((p * 100).rounded()))
                    message.add("%")
                }
                if let w = j.tooWide {
                    message.add("; the trend's 95% interval for ")
                    message.add(year)
                    message.add(" spans ")
                    if w.isFinite {
                        message.add("×")
                        message.add(short3: w)
                    } else {
                        message.add("from zero")
                    }
                    message.add(", too wide to judge a target by")
                }
                message.add(" — ")
                message.add(j.verdict)
                // A target's judgement is an assessment of a plan, in its own words: at most a tension, never a conflict.
                let required = requiredRange(s, j, year: year)
                out.append(Finding(kind: .targetFeasibility, severity: j.severity, subject: index.subject(key),
                                   evidence: [Evidence(s)], expectedLow: j.historicalLow.map { $0 * 100 },
                                   expectedHigh: j.historicalHigh.map { $0 * 100 },
                                   stated: j.requiredRate * 100, statedLow: required.low, statedHigh: required.high, unit: .percent,
                                   tolerance: tolerance, messageUTF8: message.bytes, assessment: j.assessment, rule: "target_feasibility"))
            }
        }
        return out
    }

    /// The required rate (in %) over the target's interval: the rate to its low end and to its high end (nil where
    /// open); 0 at both ends when the target is already met.
    private static func requiredRange(_ s: StoredClaim, _ j: Judgement, year: Int) -> Range2 {
        guard j.requiredRate != 0 else { return Range2(low: 0, high: 0) }
        let years = Double(year - j.latest.year)
        func rate(_ v: Double?) -> Double? {
            guard let v, v > 0, years > 0 else { return nil }
            return (Foundation.pow(v / j.latest.value, 1 / years) - 1) * 100
        }
        let low = rate(s.interval.lo), high = rate(s.interval.hi)
        return Range2(low: low.map { min($0, j.requiredRate * 100) }, high: high.map { max($0, j.requiredRate * 100) })
    }

    /// The tolerance every target judgement states.
    private static let tolerance = "within historical growth when the required rate is at most the trend's upper 95% bound and the trend gives it at least an even chance; no verdict for a target inside a 95% prediction interval wider than ×\(Int(Projection.judgeableRatio))"

    /// The series' positive yearly levels known on `knownOn` (nil: now) before the target's year, oldest first; nil
    /// when there are none, or when judging as of now and the year has passed (a target whose year has passed is
    /// judged by its outcome in forecast_vs_outcome: met, beaten or missed).
    private static func history(year: Int, _ series: (stated: PeriodLevels?, reference: PeriodLevels?),
                                knownOn: Day?) -> [YearLevel]? {
        let limit = knownOn.map { $0.year } ?? Int.max
        let all = LevelIndex.yearly(stated: series.stated, reference: series.reference, knownOn: knownOn)
        if knownOn == nil, all.contains(where: { $0.year == year }) { return nil }
        let known = all.filter { $0.year < year && $0.year <= limit && $0.value > 0 }
        return known.isEmpty ? nil : known
    }

    /// Whether a series holds nothing that was not known on `day`: no reference row (those count as known now only),
    /// and every yearly level published by then and of a year no later than the day's. Judged as of now, a target of
    /// such a series starts from the history it had when published.
    private static func allKnown(_ series: (stated: PeriodLevels?, reference: PeriodLevels?), on day: Day) -> Bool {
        guard series.reference?.entries.isEmpty ?? true else { return false }
        for (period, levels) in series.stated?.entries ?? [] {
            guard case .year(let y) = period else { continue }
            guard y <= day.year, levels.allSatisfy({ $0.published.map { $0 <= day } ?? false }) else { return false }
        }
        return true
    }

    /// What the target `c` for `year` requires against `known`, its series' history (`history`) as of `knownOn`.
    private static func judge(_ c: Claim, year: Int, known: [YearLevel], knownOn: Day?) -> Judgement? {
        let latest = known.last!
        if latest.value >= c.value {
            return Judgement(asOf: knownOn, latest: latest, requiredRate: 0, verdict: "already met", assessment: .alreadyMet)
        }
        let years = Double(year - latest.year)
        // The constant rate r with latest·(1+r)^years = target: (target/latest)^(1/years) − 1, exact. Both levels
        // are positive here (latest > 0 and below the target) and years ≥ 1, so the compound rate always exists.
        guard let required = try? CompoundGrowth(from: latest.value, to: c.value, years: years).rate else { return nil }
        var j = Judgement(asOf: knownOn, latest: latest, requiredRate: required, verdict: "")
        var fastest: Double?
        for (a, b) in zip(known, known.dropFirst()) where b.year == a.year + 1 { fastest = max(fastest ?? -1, b.value / a.value - 1) }
        if known.count >= 3, let trend = try? LogLinearTrend(years: known.map(\.year), levels: known.map(\.value)) {
            j.historicalRate = trend.growthRate
            j.historicalLow = trend.growthLow95
            j.historicalHigh = trend.growthHigh95
            if let p = try? trend.projection(to: year), let at = try? trend.fit.estimate(at: Double(year)) {
                if p.tooWideToJudge { j.tooWide = p.widthRatio }
                j.insideInterval = p.low95 <= c.value && c.value <= p.high95
                let sePredict = ((trend.fit.residualSumOfSquares / Double(trend.n - 2)) + at.standardError * at.standardError).squareRoot()
                if sePredict > 0, let cdf = try? Distributions.studentTCDF((Foundation.log(c.value) - Foundation.log(p.value)) / sePredict,
                                                                          degreesOfFreedom: Double(trend.n - 2)) {
                    j.probability = 1 - cdf
                }
            }
        } else if known.count == 2, let g = try? CompoundGrowth(from: known[0].value, to: known[1].value,
                                                                   years: Double(known[1].year - known[0].year)) {
            j.historicalRate = g.rate
        }
        // verdict-rules' assessments: within historical growth only where the trend also gives it an even chance.
        // A target inside a prediction interval too wide to judge by (Projection.judgeableRatio) gets no verdict from
        // it: "too uncertain to judge". Outside even that interval, or faster than any year seen, the verdict stands.
        let undecidable = j.tooWide != nil && j.insideInterval
        if !undecidable, let h = j.historicalHigh ?? j.historicalRate, required <= h, (j.probability ?? 1) >= 0.5 {
            j.verdict = "within historical growth"
            j.assessment = .withinHistoricalGrowth
        } else if let f = fastest, required > f, known.count >= 3 {
            j.verdict = "above historical growth: faster than any year seen"
            j.assessment = .aboveHistoricalGrowth
        } else if undecidable {
            j.verdict = "too uncertain to judge"
            j.assessment = .tooUncertain
        } else if j.historicalRate == nil {
            j.verdict = "no history"
            j.assessment = .noHistory
        } else {
            j.verdict = j.probability.map { $0 < 0.5 } ?? false && required <= (j.historicalHigh ?? -1)
                ? "above historical growth: the trend gives it less than an even chance" : "above historical growth"
            j.assessment = .aboveHistoricalGrowth
        }
        return j
    }
}
