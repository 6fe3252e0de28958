
/// Which stored claims a query asks for: by entity, metric, kind, period and document; nil fields match anything.
public struct ClaimFilter: Sendable, Equatable {
    public var entity: String?
    public var metric: Metric?
    public var kind: Kind?
    public var period: Period?
    public var doc: String?

    public init(entity: String? = nil, metric: Metric? = nil, kind: Kind? = nil, period: Period? = nil, doc: String? = nil) {
        self.entity = entity
        self.metric = metric
        self.kind = kind
        self.period = period
        self.doc = doc
    }

    /// True when the claim passes every field that is set; entities compare without regard to case or spacing,
    /// as the schema says.
    public func matches(_ c: Claim) -> Bool {
        if let entity, ClaimFilter.folded(entity) != ClaimFilter.folded(c.entity) { return false }
        if let metric, metric != c.metric { return false }
        if let kind, kind != c.kind { return false }
        if let period, period != c.period { return false }
        if let doc, doc != c.doc { return false }
        return true
    }

    /// A name without case or spaces: "Middle  corridor" and "middle corridor" are the same.
    public static func folded(_ name: String) -> String {
        var name = name
        return name.withUTF8 { bytes in
            // Names are nearly always ASCII and folded for every claim a check reads: no Unicode tables then.
            guard bytes.allSatisfy({ $0 < 0x80 }) else {
                return String(String(decoding: bytes, as: UTF8.self).lowercased().unicodeScalars.filter { $0 != " " && $0 != "\t" })
            }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0
                for b in bytes where b != 0x20 && b != 0x09 {
                    out[n] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                    n += 1
                }
                return n
            }
        }
    }
}
