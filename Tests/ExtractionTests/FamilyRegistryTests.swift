import Testing
@testable import Extraction

/// The scanners' start indexes are derived from the family registries (`CueFamily`, `PeriodFamily`): a family's
/// bit must be set on exactly the first words of its phrases, or a scan would miss a cue or read a wrong table.
@Suite("Family registries")
struct FamilyRegistryTests {
    /// For each first word of the given families' phrases, the bits of the families with a phrase starting so.
    static func expectedBits<Family: CaseIterable & RawRepresentable>(_ registry: Family.Type, _ phrases: (Family) -> [String])
        -> [UInt64: UInt16] where Family.RawValue == Int {
        var bits: [UInt64: UInt16] = [:]
        for family in Family.allCases {
            for phrase in phrases(family) {
                guard let first = PhraseTable<Int>.words(of: phrase).first else { continue }
                bits[first, default: 0] |= 1 << family.rawValue
            }
        }
        return bits
    }

    @Test("every first word of a cue family's phrases carries that family's bit, and no other word carries one")
    func cueBitsDerived() {
        let expected = FamilyRegistryTests.expectedBits(CueFamily.self) { $0.phrases }
        for family in CueFamily.allCases {
            #expect(!family.phrases.isEmpty, "\(family)")
            for phrase in family.phrases {
                let first = PhraseTable<Int>.words(of: phrase)[0]
                let start = Lexicon.cueTables.get(first)
                #expect(start.map { CueTable(rawValue: $0.tables).contains(family) } == true, "\(family): \(phrase)")
            }
        }
        #expect(Set(Lexicon.cueTables.keys) == Set(expected.keys))
        for (word, bits) in expected { #expect(Lexicon.cueTables.get(word)?.tables == bits) }
        #expect(Lexicon.cueTables.get(WordHash.of("zqxj")) == nil)
        #expect(Lexicon.cueTables.get(WordHash.of("the")) == nil)
    }

    @Test("every first word of a period family's phrases carries that family's bit, and no other word carries one")
    func periodBitsDerived() {
        let expected = FamilyRegistryTests.expectedBits(PeriodFamily.self) { $0.phrases }
        for family in PeriodFamily.allCases {
            #expect(!family.phrases.isEmpty, "\(family)")
            for phrase in family.phrases {
                let first = PhraseTable<Int>.words(of: phrase)[0]
                let start = Lexicon.periodStarts.get(first)
                #expect(start.map { PeriodStart(rawValue: $0.tables).contains(family) } == true, "\(family): \(phrase)")
            }
        }
        #expect(Set(Lexicon.periodStarts.keys) == Set(expected.keys))
        for (word, bits) in expected { #expect(Lexicon.periodStarts.get(word)?.tables == bits) }
        #expect(Lexicon.periodStarts.get(WordHash.of("zqxj")) == nil)
    }

    @Test("a word alone is a phrase of exactly the families that list it alone")
    func aloneBitsDerived() {
        let forecast = Lexicon.cueTables.get(WordHash.of("forecast"))
        #expect(forecast.map { CueTable(rawValue: $0.alone).contains(.forecast) } == true)
        // "projects" alone is a metric cue (near investment); "projects that" is a forecast, never "projects" alone.
        let projects = Lexicon.cueTables.get(WordHash.of("projects"))
        #expect(projects.map { CueTable(rawValue: $0.alone).contains(.metrics) } == true)
        #expect(projects.map { CueTable(rawValue: $0.alone).contains(.forecast) } == false)
        #expect(projects.map { CueTable(rawValue: $0.tables).contains(.forecast) } == true)
    }
}
