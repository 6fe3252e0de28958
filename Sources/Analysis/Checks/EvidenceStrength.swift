import Claims

/// Demotes a conflict or tension to `review` when a claim it rests on carried its entity or period from context.
/// One exception: figures that all stand in one sentence of one document ("trade rose 27% to $5.7 billion, from
/// $4.2 billion in 2021") contradict each other whoever they are about, so a carried entity does not weaken that
/// finding; a carried period still does.
public enum EvidenceStrength {
    /// `findings` with every conflict and tension that rests on a carried attribute made a review.
    public static func judged(_ findings: [Finding]) -> [Finding] {
        // Severities first, read in place: a copy of every finding (a dozen reference counts each) cost more than
        // the test, and most findings are neither a conflict nor a tension.
        guard findings.indices.contains(where: { findings[$0].severity >= .tension && needsReview(findings[$0]) }) else {
            return findings
        }
        return findings.map { needsReview($0) ? demoted($0) : $0 }
    }

    /// A conflict or tension with at least one claim (not a reference row) whose entity or period was carried
    /// (only its period, when the finding is one sentence's own arithmetic).
    static func needsReview(_ f: Finding) -> Bool {
        guard f.severity == .conflict || f.severity == .tension else { return false }
        let oneSentence = isOneSentence(f)
        return f.evidence.contains { e in
            guard let s = e.settled else { return false }
            return oneSentence ? s.period != .stated : !s.isStated
        }
    }

    /// Whether every figure of the finding is a claim of one document's one sentence (two or more of them).
    public static func isOneSentence(_ f: Finding) -> Bool {
        guard f.evidence.count >= 2, let first = f.evidence.first, let sentence = first.sentence else { return false }
        return f.evidence.allSatisfy { !$0.isReference && $0.doc == first.doc && $0.sentence == sentence }
    }

    /// `f` as a review: the mechanical verdict and the gap stay in its message, with the claims that carried what.
    static func demoted(_ f: Finding) -> Finding {
        var out = f
        let carried = f.evidence.compactMap { e -> String? in
            guard let s = e.settled, !s.isStated else { return nil }
            return "\(e.doc) '\(e.quote)' carried its \(s.carried.joined(separator: " and ")) from context"
        }
        out.severity = .review
        out.message += " — review, not \(f.severity.rawValue): " + carried.joined(separator: "; ")
        return out
    }
}
