/// A canonical entity ("Kazakhstan", "Middle Corridor") as an index into `Entities.spellings`: the resolvers
/// copy, compare and remember names as plain numbers, and the spelling is read once, when the claim is made.
struct EntityName: Hashable, Sendable {
    /// The position of the spelling in `Entities.spellings`.
    let index: UInt16

    /// The name spelled `spelling`, which the entity rules must name (a programming error otherwise).
    init(_ spelling: String) {
        guard let i = Entities.spellings.firstIndex(of: spelling) else {
            preconditionFailure("no entity rule names \(spelling)")
        }
        index = UInt16(i)
    }

    /// The name at `index` of `Entities.spellings`.
    init(index: Int) { self.index = UInt16(index) }

    /// The canonical spelling, as claims carry it.
    var spelling: String { Entities.spellings[Int(index)] }

    /// True for the home side of bilateral figures (the five Central Asian countries and the region).
    var isCentralAsian: Bool { Entities.centralAsianByIndex[Int(index)] }

    static let centralAsia = EntityName("Central Asia")
    static let world = EntityName("world")
    static let eu = EntityName("EU")
    static let eaeu = EntityName("EAEU")
}
