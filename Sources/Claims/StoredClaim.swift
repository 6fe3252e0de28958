/// A claim as stored: the schema record, where it came from, and the values its text allows.
public struct StoredClaim: Sendable, Equatable {
    public var claim: Claim
    /// The document's path when ingested.
    public var path: String
    public var title: String?
    public var interval: ValueInterval

    @inlinable
    public init(claim: Claim, path: String, title: String?, interval: ValueInterval) {
        self.claim = claim
        self.path = path
        self.title = title
        self.interval = interval
    }
}
