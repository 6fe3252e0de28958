import Claims

/// Runs every consistency check over stored claims and reference values, series by series.
public enum ConsistencyChecks {
    /// Where a finding sits among the results of several check runs.
    public struct Place: Sendable {
        public var part: Int
        public var index: Int
    }

    /// How many ranks the report order has: one per severity and kind of check.
    public static let ranks = Severity.allCases.count * FindingKind.allCases.count

    /// Where `f` stands in the report order: most serious first, and within a severity by kind of check.
    public static func rank(_ f: Finding) -> Int { rank(f.severity, f.kind) }

    /// The rank of a finding of `severity` made by the check `kind`.
    public static func rank(_ severity: Severity, _ kind: FindingKind) -> Int {
        (severities.count - 1 - severities.firstIndex(of: severity)!) * kinds.count + kinds.firstIndex(of: kind)!
    }
    private static let severities = Severity.allCases, kinds = FindingKind.allCases

    /// The places of all findings in `parts` in report order: by `rank`, then in the (deterministic) order found.
    /// A counting sort of places: findings are large values and there can be hundreds of thousands, so a caller
    /// that only writes them out need not copy them into a new array.
    public static func order(_ parts: [[Finding]]) -> [Place] {
        var next = [Int](repeating: 0, count: ranks + 1)
        for part in parts { for i in part.indices { next[rank(part[i]) + 1] += 1 } }
        for b in 1..<next.count { next[b] += next[b - 1] }
        var places = [Place](repeating: Place(part: 0, index: 0), count: next.last!)
        for (p, part) in parts.enumerated() {
            for i in part.indices {
                let b = rank(part[i])
                places[next[b]] = Place(part: p, index: i)
                next[b] += 1
            }
        }
        return places
    }

    /// Every check over `input`, the one way checks are run: `runner` runs the independent check families (one
    /// after another by default; `ParallelMap` runs them side by side) and the findings keep one order however they ran.
    public static func run(_ input: CheckInput,
                           runner: ([@Sendable () -> [Finding]]) -> [[Finding]] = { $0.map { $0() } }) -> CheckResult {
        let parts = runner(input.families())
        return CheckResult(parts: parts, places: order(parts))
    }

    /// All findings over `claims` and `reference`, the most serious first, the families run one after another.
    public static func run(claims: [StoredClaim], reference: [ReferenceValue]) -> [Finding] {
        run(CheckInput(claims: claims, reference: reference)).ordered
    }
}

/// The findings of one check run: as the check families made them, and the order they are reported in.
public struct CheckResult: Sendable {
    /// Each family's findings, in the order found.
    public let parts: [[Finding]]
    /// Where each finding sits in `parts`, most serious first (`ConsistencyChecks.order`).
    public let places: [ConsistencyChecks.Place]

    /// The finding at `place`, read in place.
    public subscript(_ place: ConsistencyChecks.Place) -> Finding { parts[place.part][place.index] }

    /// Every finding in report order.
    public var ordered: [Finding] { places.map { self[$0] } }
}
