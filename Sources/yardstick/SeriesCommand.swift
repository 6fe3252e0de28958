import Analysis
import ArgumentParser
import Claims
import Pipeline
import Reports
import Store

extension YardstickCommand {
    /// `yardstick series`: stated levels as series points, with a consensus and whether the sources disagree.
    struct SeriesCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "series",
            abstract: "One row per entity × metric × period of levels, stated or implied: values, consensus, sources, disagreement.")

        @Option(help: "Only this entity (case and spacing ignored).") var entity: String?
        @Option(help: "Only this metric.") var metric: String?
        @Option(help: "Output format: table, csv or jsonl.") var format: ClaimFormat = .table
        @Flag(help: "Only levels a document states, not those implied by a change or multiple.") var statedOnly = false
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if let m = metric, Metric(rawValue: m) == nil { throw ValidationError("unknown metric '\(m)'") }
        }

        func run() throws {
            let points: [SeriesPoint]
            do {
                // Stated points are made of levels alone; derived ones need the changes and multiples too.
                let claims = try SQLiteStore(path: store.path)
                    .claims(matching: ClaimFilter(entity: entity, metric: metric.flatMap(Metric.init(rawValue:)),
                                                  kind: statedOnly ? .level : nil))
                let stated = SeriesBuilder.points(from: claims)
                points = statedOnly ? stated : ReportData.rows(stated: stated, derived: DerivedLevels.points(from: claims, stated: stated))
            } catch {
                StandardStreams.error("\(error)")
                throw ExitCode(1)
            }
            switch format {
            case .table: StandardStreams.out(SeriesTable.text(points))
            case .csv: StandardStreams.out(SeriesTable.csv(points))
            case .jsonl: StandardStreams.out(SeriesTable.jsonl(points))
            }
        }
    }
}
