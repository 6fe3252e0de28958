import Analysis
import ArgumentParser
import Claims
import Pipeline
import Reports
import Store

extension ProjectionModel: ExpressibleByArgument {}

extension YardstickCommand {
    /// `yardstick project`: one series projected to a year, with prediction intervals.
    struct ProjectCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "project",
            abstract: "Project a series to a year: point and 80%/95% prediction intervals (three or more yearly levels).")

        @Option(help: "The entity.") var entity: String
        @Option(help: "The metric.") var metric: String
        @Option(help: "The other side of a bilateral series.") var counterpart: String?
        @Option(help: "The unit, when the series has several (t, TEU, USD, …).") var unit: String?
        @Option(help: "The year to project to.") var to: Int
        @Option(help: "loglinear (constant growth) or linear (constant increase).") var model: ProjectionModel = .loglinear
        @OptionGroup var store: StoreOptions

        func validate() throws {
            guard let m = Metric(rawValue: metric), m.isGraded else { throw ValidationError("unknown metric '\(metric)'") }
        }

        func run() throws {
            let points: [SeriesPoint]
            do {
                let claims = try SQLiteStore(path: store.path)
                    .claims(matching: ClaimFilter(entity: entity, metric: Metric(rawValue: metric), kind: .level))
                points = SeriesBuilder.points(from: claims).filter {
                    if case .year = $0.period {} else { return false }
                    return $0.counterpart.map(ClaimFilter.folded) == counterpart.map(ClaimFilter.folded)
                        && (unit == nil || $0.unit.rawValue == unit) && $0.unit != .percent
                }
            } catch {
                StandardStreams.error("\(error)")
                throw ExitCode(1)
            }
            let units = Set(points.map(\.unit))
            guard units.count <= 1 else {
                StandardStreams.error("the series has levels in \(units.map(\.rawValue).sorted().joined(separator: " and ")); choose one with --unit")
                throw ExitCode(1)
            }
            let result = Projector.project(years: points.map { $0.period.startYear }, levels: points.map(\.consensus), to: to, model: model)
            StandardStreams.out(ProjectionText.render(result, subject: "\(entity) \(metric)", unit: units.first?.rawValue ?? ""))
        }
    }
}
