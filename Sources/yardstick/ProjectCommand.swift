import Analysis
import ArgumentParser
import Claims
import Pipeline

extension ProjectionModel: ExpressibleByArgument {}

extension YardstickCommand {
    /// `yardstick project`: one series projected to a year, with prediction intervals.
    struct ProjectCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "project",
            abstract: "Project a series to a year: point and 80%/95% prediction intervals (three or more yearly levels), with warnings when the year lies further ahead than the data reach back or the interval is too wide to judge a target by.")

        @Option(help: "The entity.") var entity: String
        @Option(help: "The metric.") var metric: String
        @Option(help: "The other side of a bilateral series.") var counterpart: String?
        @Option(help: "The unit, when the series has several (t, TEU, USD, …).") var unit: String?
        @Option(help: "The year to project to.") var to: Int
        @Option(help: """
            auto (the log-linear or damped trend, whichever has the lower AICc, from 8 consecutive yearly levels; \
            log-linear below that), loglinear (constant growth), damped (growth that fades: Holt's damped trend on the \
            logs, from 7 consecutive yearly levels) or linear (constant increase).
            """) var model: ProjectionModel = .auto
        @OptionGroup var store: StoreOptions

        func validate() throws {
            guard let m = Metric(rawValue: metric), m.isGraded else { throw ValidationError("unknown metric '\(metric)'") }
        }

        func run() throws {
            let job = ProjectJob(entity: entity, metric: Metric(rawValue: metric)!, counterpart: counterpart, unit: unit, to: to,
                                 model: model)
            do {
                StandardStreams.out(try job.run(store: try store.open(for: .readOnly)))
            } catch {
                StandardStreams.error("\(error)")
                throw ExitCode(1)
            }
        }
    }
}
