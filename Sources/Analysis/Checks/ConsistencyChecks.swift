import Claims

/// Runs every consistency check over stored claims and reference values, series by series.
public enum ConsistencyChecks {
    /// The check families over one index of levels, each family's claim-by-claim checks cut into at most
    /// `pieces` runs of claims: independent of each other, so a caller may run them on separate threads. Each kind of
    /// finding comes from exactly one family, and a family's pieces come in claim order, so joining the
    /// results in the order given keeps every kind's findings in the order found.
    public static func families(claims: [StoredClaim], reference: [ReferenceValue], pieces: Int = 1) -> [@Sendable () -> [Finding]] {
        let size = max(1, (claims.count + max(1, pieces) - 1) / max(1, pieces))
        var input = CheckInput(reference: reference)
        for start in stride(from: 0, to: claims.count, by: size) { input.add(claims[start..<min(start + size, claims.count)]) }
        return input.families()
    }

    /// Where a finding sits among the results of several check runs.
    public struct Place: Sendable {
        public var part: Int
        public var index: Int
    }

    /// The places of all findings in `parts`, most serious first; within a severity, by check and then in
    /// the (deterministic) order found. A counting sort of places: findings are large values and there can be
    /// hundreds of thousands, so a caller that only writes them out need not copy them into a new array.
    public static func order(_ parts: [[Finding]]) -> [Place] {
        let kinds = FindingKind.allCases, severities = Severity.allCases
        func bucket(_ f: Finding) -> Int {
            (severities.count - 1 - severities.firstIndex(of: f.severity)!) * kinds.count + kinds.firstIndex(of: f.kind)!
        }
        var next = [Int](repeating: 0, count: severities.count * kinds.count + 1)
        for part in parts { for i in part.indices { next[bucket(part[i]) + 1] += 1 } }
        for b in 1..<next.count { next[b] += next[b - 1] }
        var places = [Place](repeating: Place(part: 0, index: 0), count: next.last!)
        for (p, part) in parts.enumerated() {
            for i in part.indices {
                let b = bucket(part[i])
                places[next[b]] = Place(part: p, index: i)
                next[b] += 1
            }
        }
        return places
    }

    /// All findings of `parts` in `order`'s order.
    public static func ordered(_ parts: [[Finding]]) -> [Finding] {
        order(parts).map { parts[$0.part][$0.index] }
    }

    /// All findings, the most serious first, the families run one after another.
    public static func run(claims: [StoredClaim], reference: [ReferenceValue]) -> [Finding] {
        ordered(families(claims: claims, reference: reference).map { $0() })
    }
}
