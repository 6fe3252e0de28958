/// How the subject of a document (the country its figures are about unless a sentence says otherwise) is found
/// in a headline or a lead sentence, tried in this order. The five Central Asian countries and the region come
/// first, as the home side of bilateral figures (annotation rule 22); then any country, then any region or bloc.
/// Where no rule finds a name the subject stays unknown: never a fixed default.
enum SubjectRule: CaseIterable {
    /// "Kazakhstan Emerges as Uzbekistan's Third Largest Trade Partner": the country whose thing the text is about.
    case centralAsianPossessive
    /// "Kazakhstan and China to increase rail cargo": the first Central Asian country named.
    case centralAsianCountry
    /// "Central Asia's rapid growth to continue".
    case centralAsianRegion
    /// "Armenia's economy contracts": any country written as the owner.
    case possessiveCountry
    /// "ADB: Armenian economy undergoes decline", "Georgia posts record trade".
    case anyCountry
    /// "Mutual trade between EAEU states almost doubled".
    case anyRegion

    /// The rules that may still pick a subject after the lead paragraph.
    static let centralAsian: [SubjectRule] = [.centralAsianPossessive, .centralAsianCountry, .centralAsianRegion]

    /// The name this rule picks among the cue scan's entities, nil when none qualifies.
    func pick(_ entities: [Cue<Entities.Name>], tokens: Tokens) -> EntityName? {
        let found = entities.first { cue in
            let category = cue.value.category
            switch self {
            case .centralAsianPossessive:
                return category == .country(centralAsian: true) && tokens.isPossessive(nameEnd: cue.end, limit: tokens.count)
            case .centralAsianCountry:
                return category == .country(centralAsian: true)
            case .centralAsianRegion:
                return category == .region(centralAsian: true)
            case .possessiveCountry:
                return category == .country(centralAsian: false) && !cue.value.capital && tokens.isPossessive(nameEnd: cue.end, limit: tokens.count)
            case .anyCountry:
                return category == .country(centralAsian: false) && !cue.value.capital
            case .anyRegion:
                return category == .region(centralAsian: false)
            }
        }
        return found?.value.canonical
    }
}
