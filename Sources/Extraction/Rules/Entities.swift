/// Names of countries, regions, routes, ports and border crossings, with the canonical spelling of each. The
/// countries, regions and groupings come from `Countries.generated.swift` (see `Scripts/generate-entities.py`);
/// capitals, Central Asia, routes, ports, crossings and organisations are written here.
enum Entities {
    /// What sort of thing a name is.
    enum Category: Equatable, Sendable {
        /// A country; `centralAsian` ones are the home side of bilateral figures.
        case country(centralAsian: Bool)
        /// A region or bloc: Central Asia, EU, G7, EAEU.
        case region(centralAsian: Bool)
        /// The world as a whole ("the global growth rate").
        case world
        /// A transport route, port or border crossing: freight is counted for it.
        case transport
        /// An organisation (a bank, an agency): it speaks, it is never the entity of a figure.
        case organisation
    }

    /// A canonical entity and its category.
    struct Name: Equatable, Sendable {
        var canonical: EntityName
        var category: Category
        /// True for a demonym or adjective ("Russian investors", "Kazakh economy").
        var adjective: Bool = false
        /// True for a capital city standing for its government ("Astana and Beijing have pledged"); never read
        /// from an upper-case dateline ("ASTANA –").
        var capital: Bool = false
    }

    /// A rule as written: a phrase, the canonical spelling it stands for, and the name (whose `canonical` is set
    /// from the spelling once every spelling is known).
    private typealias Spelled = (phrase: String, spelling: String, name: Name)

    /// A name whose canonical entity is still to be set from its spelling.
    private static func unset(_ category: Category) -> Name { Name(canonical: EntityName(index: 0), category: category) }

    /// The rules of a generated country (`Countries.generated.swift`): its names, then its adjectives.
    private static func country(_ record: CountryRecord) -> [Spelled] {
        let n = unset(.country(centralAsian: centralAsia.contains(record.canonical)))
        var a = n
        a.adjective = true
        return record.names.map { ($0, record.canonical, n) } + record.adjectives.map { ($0, record.canonical, a) }
    }

    /// The rules of a generated region or grouping (`Countries.generated.swift`).
    private static func region(_ record: RegionRecord) -> [Spelled] {
        named(record.canonical, record.world ? .world : .region(centralAsian: false), record.names)
    }

    private static func capitals(_ pairs: [(String, String)]) -> [Spelled] {
        pairs.map { city, country in
            var n = unset(.country(centralAsian: centralAsia.contains(country)))
            n.capital = true
            return (city, country, n)
        }
    }

    /// The home side of bilateral figures.
    static let centralAsia: Set<String> = ["Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Central Asia"]

    private static func named(_ name: String, _ category: Category, _ aliases: [String]) -> [Spelled] {
        aliases.map { ($0, name, unset(category)) }
    }

    /// Every canonical spelling, in the order the rules first name it: an `EntityName` is a position here.
    static let spellings: [String] = {
        var seen = Set<String>()
        return spelled.compactMap { seen.insert($0.spelling).inserted ? $0.spelling : nil }
    }()

    /// For each spelling, whether it is one of `centralAsia`.
    static let centralAsianByIndex: [Bool] = spellings.map { centralAsia.contains($0) }

    /// Every phrase and the name it stands for.
    static let names: [(String, Name)] = {
        let index = Dictionary(uniqueKeysWithValues: spellings.enumerated().map { ($1, $0) })
        return spelled.map { rule in
            var n = rule.name
            n.canonical = EntityName(index: index[rule.spelling]!)
            return (rule.phrase, n)
        }
    }()

    private static let spelled: [Spelled] =
        countryRecords.flatMap(country)
        + capitals([
            ("astana", "Kazakhstan"), ("nur sultan", "Kazakhstan"), ("tashkent", "Uzbekistan"), ("bishkek", "Kyrgyzstan"),
            ("dushanbe", "Tajikistan"), ("ashgabat", "Turkmenistan"), ("beijing", "China"), ("moscow", "Russia"),
            ("baku", "Azerbaijan"), ("tbilisi", "Georgia"), ("ankara", "Türkiye"), ("washington", "United States"),
            ("brussels", "EU"), ("berlin", "Germany"), ("rome", "Italy"), ("tokyo", "Japan"), ("seoul", "South Korea"),
            ("new delhi", "India"), ("tehran", "Iran"),
        ])
        + named("Central Asia", .region(centralAsian: true), [
            "central asia", "central asian", "central asian countries", "central asian states",
            "central asian nations", "central asian region", "countries of central asia", "states of central asia",
            "central asian economies", "region of central asia", "ca countries", "ca states", "ca region", "ca nations",
        ])
        + regionRecords.flatMap(region)
        + named("Middle Corridor", .transport, [
            "middle corridor", "trans caspian international transport route", "titr", "trans caspian route",
            "central trans caspian route", "trans caspian international transport corridor",
            "trans caspian corridor", "trans caspian transport route", "middle route",
        ])
        + named("Port of Aktau", .transport, [
            "port of aktau", "aktau port", "aktau seaport", "seaport of aktau", "aktau commercial seaport",
            "aktau sea port", "aktau international sea trade port", "aktau commercial sea port", "aktau",
        ])
        + named("Port of Kuryk", .transport, ["port of kuryk", "kuryk port", "seaport of kuryk", "kuryk seaport", "kuryk"])
        + named("Port of Baku", .transport, ["port of baku", "baku port", "baku international sea trade port"])
        + named("Altynkol-Khorgos", .transport, ["altynkol khorgos", "altynkol", "khorgos"])
        + named("Dostyk", .transport, ["dostyk", "dostyk station", "dostyk alashankou"])
        + named("organisation", .organisation, [
            "world bank", "asian development bank", "european bank for reconstruction and development", "ebrd",
            "eurasian development bank", "international monetary fund", "imf", "adb", "central bank",
            "national bank", "united nations", "un", "world trade organization", "wto", "oecd",
            "european commission", "shanghai cooperation organization", "sco", "world nomad games",
            "partnership for global infrastructure and investment", "global gateway",
        ])

    /// Words that point back at the route, the country or the region named before.
    enum Anaphor: Equatable, Sendable { case route, country, region }

    /// Head nouns that point back when "the" or "this" stands before them: "this route", "the country".
    static let anaphors: [(String, Anaphor)] = [
        ("route", .route), ("corridor", .route), ("country", .country), ("republic", .country), ("nation", .country),
        ("region", .region),
    ]

    /// The words before an anaphor's head noun.
    static let anaphorDeterminers: WordSet = ["the", "this"]

    static let table = PhraseTable(names)
    static let anaphorTable = PhraseTable(anaphors)
}
