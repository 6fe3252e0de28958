/// A country as `Scripts/generate-entities.py` writes it: canonical spelling, the phrases naming it, its adjectives.
struct CountryRecord: Sendable {
    let canonical: String
    let names: [String]
    let adjectives: [String]

    init(_ canonical: String, names: [String], adjectives: [String]) {
        self.canonical = canonical
        self.names = names
        self.adjectives = adjectives
    }
}

/// A region, a grouping or the world as `Scripts/generate-entities.py` writes it, with the phrases naming it.
struct RegionRecord: Sendable {
    let canonical: String
    /// True for the world as a whole ("the global growth rate").
    let world: Bool
    let names: [String]

    init(_ canonical: String, world: Bool, names: [String]) {
        self.canonical = canonical
        self.world = world
        self.names = names
    }
}
