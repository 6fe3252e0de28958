import ArgumentParser
import Claims
import Pipeline

extension YardstickCommand {
    /// `yardstick growth`: year-on-year changes, CAGR and the log-linear trend of each stored series.
    struct GrowthCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "growth",
            abstract: "Growth of each series of yearly levels: year on year, CAGR, and the trend with its 95% interval.")

        @Option(help: "Only this entity (case and spacing ignored).") var entity: String?
        @Option(help: "Only this metric.") var metric: String?
        @Option(help: "Output format: table, csv or jsonl.") var format: ClaimFormat = .table
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if let m = metric, Metric(rawValue: m) == nil { throw ValidationError("unknown metric '\(m)'") }
        }

        func run() throws {
            let job = GrowthJob(entity: entity, metric: metric.flatMap(Metric.init(rawValue:)), format: format)
            do {
                StandardStreams.out(try job.run(store: try store.open(for: .readOnly)))
            } catch {
                StandardStreams.error("\(error)")
                throw ExitCode(1)
            }
        }
    }
}
