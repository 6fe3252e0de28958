import Claims

/// What the sentences read so far say that later ones lean on: the subject, the last period, metric and entities.
/// A class: the document pass updates it between sentences and the resolvers of a sentence share it.
final class DocumentContext {
    /// Facts about the document as a whole.
    var published: Day?
    /// The first Central Asian country or region the document names: "the country" and "the republic".
    var subject: String?
    /// The first route, port or crossing the document names.
    var transportSubject: String?

    /// The period the previous sentence spoke of.
    var previousPeriod: Period?
    /// The period of each metric in the previous sentence.
    var previousPeriodByMetric: [Metric: Period] = [:]
    /// The period of the last graded fact, for "over the same period".
    var lastFactPeriod: Period?
    /// The graded metric of the previous sentence's last claim.
    var previousMetric: Metric?
    /// The entity and counterpart last used for each metric family.
    var lastEntity: [String: (String, String?)] = [:]
    /// The last route, port or crossing named.
    var lastTransport: String?
    /// The last two entities named together in one sentence, for "bilateral trade".
    var lastPair: (String, String)?
    /// Entities named in the previous sentence.
    var previousEntities: [String] = []

    init(published: Day?) {
        self.published = published
    }
}
