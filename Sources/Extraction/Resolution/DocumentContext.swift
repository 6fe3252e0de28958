import Claims

/// What the sentences read so far say that later ones lean on: the subject, the last period, metric and entities.
/// A class: the document pass updates it between sentences and the resolvers of a sentence share it.
final class DocumentContext {
    /// Facts about the document as a whole.
    var published: Day?
    /// True when claims are to carry their reasons (`extract --explain`).
    var explain = false
    /// The first Central Asian country or region the document names: "the country" and "the republic".
    var subject: EntityName?
    /// The rule that found the subject, and whether in the headline (else the body), for `--explain`.
    var subjectRule: (rule: SubjectRule, inTitle: Bool)?
    /// The first route, port or crossing the document names.
    var transportSubject: EntityName?

    /// The period the previous sentence spoke of.
    var previousPeriod: Period?
    /// The period of each graded metric in the previous sentence.
    var previousPeriodByMetric = PeriodsByMetric()
    /// The period of the last graded fact, for "over the same period".
    var lastFactPeriod: Period?
    /// The first period stated in the last sentence with figures that stated one: what an undated figure told in
    /// the past tense continues.
    var passagePeriod: Period?
    /// The period of the last forecast: what a forecast with no time word of its own in an outlook passage is for.
    var lastForecastPeriod: Period?
    /// The graded metric of the previous sentence's last claim.
    var previousMetric: Metric?
    /// The entity and counterpart last used for each metric family.
    var lastEntity = EntitiesByFamily()
    /// The last route, port or crossing named.
    var lastTransport: EntityName?
    /// The last two entities named together in one sentence, for "bilateral trade".
    var lastPair: (EntityName, EntityName)?
    /// Entities named in the previous sentence.
    var previousEntities: [EntityName] = []

    init(published: Day?) {
        self.published = published
    }
}

/// A period for each of the six graded metrics, held in place (no dictionary to allocate per sentence).
struct PeriodsByMetric {
    private var gdp, gdpGrowth, fdi, investment, tradeTurnover, freightVolume: Period?

    /// The period of `metric`; always nil for an `other` metric, which is never stored.
    subscript(metric: Metric) -> Period? {
        get {
            switch metric {
            case .gdp: gdp
            case .gdpGrowth: gdpGrowth
            case .fdi: fdi
            case .investment: investment
            case .tradeTurnover: tradeTurnover
            case .freightVolume: freightVolume
            case .other: nil
            }
        }
        set {
            switch metric {
            case .gdp: gdp = newValue
            case .gdpGrowth: gdpGrowth = newValue
            case .fdi: fdi = newValue
            case .investment: investment = newValue
            case .tradeTurnover: tradeTurnover = newValue
            case .freightVolume: freightVolume = newValue
            case .other: break
            }
        }
    }
}

/// The families of metrics an entity carries over in: the entity of the last freight figure is the default of
/// the next freight figure, and so on.
enum MetricFamily {
    case freight, trade, investment, economy

    /// The family of a metric.
    init(_ m: Metric) {
        switch m {
        case .freightVolume: self = .freight
        case .tradeTurnover: self = .trade
        case .investment, .fdi: self = .investment
        default: self = .economy
        }
    }
}

/// The last entity and counterpart of each metric family.
struct EntitiesByFamily {
    /// An entity with its counterpart, if any.
    typealias Pair = (entity: EntityName, counterpart: EntityName?)
    private var freight, trade, investment, economy: Pair?

    subscript(family: MetricFamily) -> Pair? {
        get {
            switch family {
            case .freight: freight
            case .trade: trade
            case .investment: investment
            case .economy: economy
            }
        }
        set {
            switch family {
            case .freight: freight = newValue
            case .trade: trade = newValue
            case .investment: investment = newValue
            case .economy: economy = newValue
            }
        }
    }
}
