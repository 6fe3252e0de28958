/// Single words the kind resolvers test for, beside the cue tables of `Modality`.
enum ModalityWords {
    /// Target cues that are nouns of a goal ("the goal is …"): they make the figure after them a target.
    static let goalNouns: WordSet = ["goal", "target", "aim", "objective", "ambition"]
    /// Forecast words that only make a weak forecast ("will grow"): an expectation, not a stated forecast.
    static let weakForecasts: WordSet = ["will", "would", "could", "may"]
}
