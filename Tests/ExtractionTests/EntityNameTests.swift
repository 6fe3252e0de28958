import Testing
@testable import Extraction

/// Entity names travel through the resolvers as indices into `Entities.spellings`; claims carry the spelling.
@Suite("Entity names")
struct EntityNameTests {
    @Test("each canonical spelling appears once, and a name's index gives back its spelling")
    func spellingsRoundTrip() {
        #expect(Set(Entities.spellings).count == Entities.spellings.count)
        for spelling in Entities.spellings { #expect(EntityName(spelling).spelling == spelling) }
        #expect(EntityName.centralAsia.spelling == "Central Asia")
        #expect(EntityName.world.spelling == "world")
    }

    @Test("every phrase of the entity rules stands for the spelling its rule names")
    func phrasesKeepTheirSpelling() {
        let byPhrase = Dictionary(Entities.names.map { ($0.0, $0.1.canonical.spelling) }, uniquingKeysWith: { a, _ in a })
        #expect(byPhrase["republic of kazakhstan"] == "Kazakhstan")
        #expect(byPhrase["astana"] == "Kazakhstan")
        #expect(byPhrase["kazakh"] == "Kazakhstan")
        #expect(byPhrase["trans caspian international transport route"] == "Middle Corridor")
        #expect(byPhrase["brussels"] == "EU")
        #expect(byPhrase["chinese"] == "China")
    }

    @Test("the home side is the five Central Asian countries and the region, nothing else")
    func centralAsianFlags() {
        let home = Entities.spellings.filter { EntityName($0).isCentralAsian }
        #expect(Set(home) == Entities.centralAsia)
    }
}
