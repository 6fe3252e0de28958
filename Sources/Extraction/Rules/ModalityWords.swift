/// Single words the kind resolvers test for, beside the cue tables of `Modality`.
enum ModalityWords {
    /// Target cues that are nouns of a goal ("the goal is …"): they make the figure after them a target.
    static let goalNouns: WordSet = ["goal", "target", "aim", "objective", "ambition"]
    /// Forecast words that only make a weak forecast ("will grow"): an expectation, not a stated forecast.
    static let weakForecasts: WordSet = ["will", "would", "could", "may"]
    /// Words before a change noun that make it the subject of a figure's clause ("The increase … equaled $5m").
    static let changeArticles: WordSet = ["the", "a", "an", "this", "that"]
    /// Words that make a forecast beside a figure refer to a known forecast ("beating the 4.2 Mt officials had forecast").
    static let forecastDeterminers: WordSet = ["the", "its", "their", "his", "her", "our"]
    /// Verbs that revise a forecast: the value it had before ("from 3.5%") is an earlier forecast of the same period.
    static let revisionVerbs: WordSet = ["raised", "lowered", "revised", "cut", "upgraded", "downgraded", "trimmed",
                                         "lifted", "raises", "lowers", "revises", "cuts", "upgrades", "downgrades"]
}
