import Testing
@testable import Extraction

/// The entity table generated from ISO 3166-1 and the hand-kept data: its size, its spellings, and how it reads text.
@Suite("Entity table")
struct EntityTableTests {
    /// The canonical spellings the entity table finds in `text`, left to right, longest phrase first.
    static func entities(in text: String) -> [String] {
        let t = Tokenized(text)
        var found: [String] = []
        t.tokens.withUnsafeBufferPointer { tokens in
            var i = 0
            while i < tokens.count {
                if let m = Entities.table.match(tokens, at: i, end: tokens.count) {
                    found.append(m.value.canonical.spelling)
                    i = m.end
                } else {
                    i += 1
                }
            }
        }
        return found
    }

    @Test("the table holds every ISO country, each canonical spelling once")
    func everyCountryOnce() {
        #expect(Entities.countryRecords.count >= 240)
        let spellings = Entities.countryRecords.map(\.canonical) + Entities.regionRecords.map(\.canonical)
        #expect(Set(spellings).count == spellings.count)
        #expect(Set(Entities.spellings).count == Entities.spellings.count)
    }

    @Test("no phrase stands for two entities")
    func phrasesAreUnambiguous() {
        var owner: [String: String] = [:]
        for (phrase, name) in Entities.names {
            let key = phrase.lowercased()
            let previous = owner.updateValue(name.canonical.spelling, forKey: key)
            #expect(previous == nil || previous == name.canonical.spelling, "\(key): \(previous!) and \(name.canonical.spelling)")
        }
    }

    @Test("canonical spellings are the ones the claims use, not ISO's long names")
    func canonicalSpellings() {
        for spelling in ["United Kingdom", "South Korea", "Türkiye", "United States", "Russia", "Iran", "EU", "Moldova",
                         "Caucasus and Central Asia", "developing Asia", "CIS", "world"] {
            #expect(Entities.spellings.contains(spelling), "\(spelling)")
        }
        for long in ["Korea, Republic of", "Iran, Islamic Republic of", "Russian Federation", "Moldova, Republic of"] {
            #expect(!Entities.spellings.contains(long), "\(long)")
        }
    }

    @Test("official names, long names, short names and demonyms", arguments: [
        ("the Kyrgyz Republic", "Kyrgyzstan"), ("the Republic of Moldova", "Moldova"), ("Republic of Korea", "South Korea"),
        ("the Russian Federation", "Russia"), ("the Islamic Republic of Iran", "Iran"), ("Turkey", "Türkiye"),
        ("Türkiye", "Türkiye"), ("the UK", "United Kingdom"), ("the UAE", "United Arab Emirates"), ("Armenian", "Armenia"),
        ("Georgian", "Georgia"), ("Mongolian", "Mongolia"), ("the People's Republic of China", "China"),
        ("Côte d’Ivoire", "Côte d'Ivoire"), ("Cote d'Ivoire", "Côte d'Ivoire"), ("Timor-Leste", "Timor-Leste"),
        ("the Eurasian Economic Union", "EAEU"), ("the Commonwealth of Independent States", "CIS"),
        ("non-CIS countries", "non-CIS countries"), ("the global economy", "world"),
    ])
    func names(_ text: String, _ canonical: String) {
        #expect(Self.entities(in: text) == [canonical])
    }

    @Test("a longer name wins over the names inside it", arguments: [
        ("the Caucasus and Central Asia", "Caucasus and Central Asia"), ("Europe and Central Asia", "Europe and Central Asia"),
        ("developing Asia and the Pacific", "developing Asia and the Pacific"), ("the South Caucasus", "South Caucasus"),
        ("Papua New Guinea", "Papua New Guinea"), ("Equatorial Guinea", "Equatorial Guinea"),
        ("South Korean", "South Korea"), ("Central Asia", "Central Asia"),
    ])
    func longestMatch(_ text: String, _ canonical: String) {
        #expect(Self.entities(in: text) == [canonical])
    }

    @Test("names that are also common words count only when capitalised", arguments: [
        "roast turkey", "a hanging chad", "a guinea pig", "fine china", "a football jersey", "polish the figures",
        "french fries", "chile peppers", "a family reunion",
    ])
    func commonWords(_ text: String) {
        #expect(Self.entities(in: text).isEmpty)
    }

    @Test("ISO letter codes that are English words name nothing", arguments: ["in", "it", "to", "as", "am", "be", "no", "us", "is"])
    func codesAreNoNames(_ word: String) {
        #expect(Self.entities(in: "what \(word) said").isEmpty)
        #expect(Self.entities(in: "What \(word.uppercased()) said").isEmpty)
    }

    @Test("capitalised risky names still count", arguments: [("Turkey", "Türkiye"), ("Chad", "Chad"), ("Jordan", "Jordan"),
                                                              ("China", "China"), ("Guinea", "Guinea"), ("CHINA", "China")])
    func capitalisedNames(_ text: String, _ canonical: String) {
        #expect(Self.entities(in: "exports to \(text) rose") == [canonical])
    }
}
