/// The rule tables `SentenceCues` reads, gathered in one object so a scan reads one reference instead of a
/// dozen globals (each read of a global is a call on Linux).
final class CueTables: Sendable {
    /// The one set of tables, built on first use.
    static let shared = CueTables()

    /// Which tables have a phrase starting with a word.
    let starts = Lexicon.cueTables
    /// The families of names: countries and the like, and words pointing back at them.
    let entityFamilies = CueTable([.entities, .anaphors])
    /// The families that decide a claim's kind, read only in a full scan.
    let kindFamilies = CueTable([.change, .target, .forecast, .purpose, .completed, .share])
    let metrics = Metrics.table
    let entities = Entities.table
    let anaphors = Entities.anaphorTable
    let anaphorDeterminers = Entities.anaphorDeterminers
    let change = Modality.changeTable
    let target = Modality.targetTable
    let forecast = Modality.forecastTable
    let purpose = Modality.purposeTable
    let completed = Modality.completedTable
    let share = Modality.shareTable
    let projects = Word.projects
    let project = Word.project
    /// Forecast words that only make a weak forecast (`ModalityWords.weakForecasts`).
    let weakForecasts = ModalityWords.weakForecasts
    /// Words that open a new clause after a comma.
    let clauseOpeners: WordSet = [
        "and", "while", "which", "with", "but", "whereas", "where", "although", "though", "as", "according",
        "ensuring", "reaching", "a", "an", "exceeding", "making", "bringing", "compared",
    ]

    private init() {}
}
