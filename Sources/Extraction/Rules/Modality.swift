/// Cue words for the kind of a claim: changes and their direction, targets, forecasts, shares and comparisons.
enum Modality {
    /// Verbs and nouns of change, with their direction: "increased" is +1, "fell" is −1.
    static let change: [(String, Int)] = [
        ("increase", 1), ("increased", 1), ("increasing", 1), ("increases", 1), ("rise", 1), ("rose", 1),
        ("risen", 1), ("rising", 1), ("rises", 1), ("grew", 1), ("grow", 1), ("grown", 1), ("growing", 1),
        ("grows", 1), ("growth", 1), ("up", 1), ("gain", 1), ("gained", 1), ("jump", 1), ("jumped", 1),
        ("surge", 1), ("surged", 1), ("soared", 1), ("climbed", 1), ("expanded", 1), ("higher", 1),
        ("more", 1), ("boosted", 1), ("added", 1), ("upswing", 1), ("hike", 1), ("advanced", 1),
        ("decrease", -1), ("decreased", -1), ("decreasing", -1), ("decreases", -1), ("decline", -1),
        ("declined", -1), ("declining", -1), ("declines", -1), ("fell", -1), ("fall", -1), ("falling", -1),
        ("fallen", -1), ("falls", -1), ("drop", -1), ("dropped", -1), ("drops", -1), ("down", -1),
        ("lower", -1), ("less", -1), ("shrank", -1), ("shrink", -1), ("shrunk", -1), ("contracted", -1),
        ("contraction", -1), ("reduced", -1), ("reduction", -1), ("slumped", -1), ("plunged", -1),
        ("dipped", -1), ("slid", -1), ("cut", -1), ("lost", -1), ("slowed", -1), ("contract", -1),
        ("contracts", -1), ("contracting", -1), ("shrinking", -1), ("shrinks", -1), ("expand", 1), ("expands", 1),
        ("expanding", 1), ("expansion", 1),
    ]

    /// What actors aim at, plan, intend or are tasked with: the figure is a target.
    static let target: [(String, Void)] = [
        ("aim", ()), ("aims", ()), ("aiming", ()), ("aimed", ()), ("goal", ()), ("goals", ()), ("target", ()),
        ("targets", ()), ("targeted", ()), ("targeting", ()), ("plan", ()), ("plans", ()), ("planned", ()),
        ("planning", ()), ("intend", ()), ("intends", ()), ("intended", ()), ("intention", ()), ("task", ()),
        ("tasked", ()), ("hope", ()), ("hopes", ()), ("hoped", ()), ("hoping", ()), ("committed to", ()),
        ("commitment to", ()), ("urged", ()), ("urges", ()), ("assigned", ()), ("instructed", ()),
        ("seeks", ()), ("seek", ()), ("seeking", ()), ("ensure", ()), ("ensuring", ()), ("set to", ()),
        ("necessary to", ()), ("needs to", ()), ("need to", ()), ("must", ()), ("pledged", ()), ("pledge", ()),
        ("promised", ()), ("vowed", ()), ("strive", ()), ("strives", ()), ("objective", ()), ("ambition", ()),
        ("determined to", ()), ("wants", ()), ("want", ()), ("wanted", ()), ("to be launched", ()), ("envisages", ()),
        ("envisaged", ()), ("is to", ()), ("are to", ()),
    ]

    /// An infinitive of purpose: "to increase transit traffic … to 10 million tons by 2027" is a target when
    /// nothing else says who predicts or plans it and the period lies ahead.
    static let purpose: [(String, Void)] = [
        ("to increase", ()), ("to raise", ()), ("to bring", ()), ("to boost", ()), ("to double", ()),
        ("to triple", ()), ("to expand", ()), ("to reach", ()), ("to attract", ()), ("to achieve", ()),
        ("to grow", ()), ("to lift", ()),
    ]

    /// What someone predicts or expects: the figure is a forecast.
    static let forecast: [(String, Void)] = [
        ("expect", ()), ("expects", ()), ("expected", ()), ("expecting", ()), ("expectation", ()),
        ("expectations", ()), ("forecast", ()), ("forecasts", ()), ("forecasted", ()), ("forecasting", ()),
        ("projected", ()), ("projects that", ()), ("project that", ()), ("projection", ()), ("projections", ()),
        ("predicted", ()), ("predicts", ()), ("predict", ()), ("prediction", ()), ("outlook", ()),
        ("anticipated", ()), ("anticipates", ()), ("anticipate", ()), ("likely to", ()), ("could reach", ()),
        ("potentially", ()), ("would be", ()), ("will", ()), ("is seen", ()), ("foresees", ()), ("estimates that", ()),
        ("scenario", ()), ("could", ()), ("may reach", ()), ("sees", ()), ("are seen", ()), ("on course to", ()), ("on track to", ()),
    ]

    /// Past participles that make the value of projects a fact: "projects worth … were launched".
    static let completed: [(String, Void)] = [
        ("launched", ()), ("completed", ()), ("commissioned", ()), ("implemented", ()), ("realized", ()),
        ("realised", ()), ("opened", ()), ("put into operation", ()), ("signed", ()),
    ]

    /// Words that make a percentage a share: "accounts for 60% of".
    static let share: [(String, Void)] = [
        ("accounts for", ()), ("account for", ()), ("accounted for", ()), ("accounting for", ()), ("share", ()),
        ("makes up", ()), ("making up", ()), ("made up", ()), ("contributing to", ()), ("constitutes", ()),
        ("represents", ()), ("comprises", ()),
    ]

    /// Words that introduce what a change is compared with: "compared to 2022", "than in 2021".
    static let comparison: [(String, Void)] = [
        ("compared to", ()), ("compared with", ()), ("in comparison with", ()), ("than", ()), ("from", ()),
        ("over", ()), ("versus", ()), ("vs", ()), ("against", ()), ("relative to", ()), ("since", ()),
        ("as against", ()), ("on", ()),
    ]

    static let changeTable = PhraseTable(change)
    static let targetTable = PhraseTable(target)
    static let forecastTable = PhraseTable(forecast)
    static let completedTable = PhraseTable(completed)
    static let purposeTable = PhraseTable(purpose)
    static let shareTable = PhraseTable(share)
    static let comparisonTable = PhraseTable(comparison)
}
