import Claims

/// Demotes a conflict or tension to `review` when a claim it rests on carried its entity or period from context.
public enum EvidenceStrength {
    /// `findings` with every conflict and tension that rests on a carried attribute made a review.
    public static func judged(_ findings: [Finding]) -> [Finding] {
        guard findings.contains(where: needsReview) else { return findings }
        return findings.map { needsReview($0) ? demoted($0) : $0 }
    }

    /// A conflict or tension with at least one claim (not a reference row) whose entity or period was carried.
    static func needsReview(_ f: Finding) -> Bool {
        (f.severity == .conflict || f.severity == .tension) && f.evidence.contains { $0.settled.map { !$0.isStated } ?? false }
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
