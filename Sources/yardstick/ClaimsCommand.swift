import ArgumentParser
import Claims
import Foundation
import Pipeline

extension YardstickCommand {
    /// `yardstick claims`: stored claims with provenance, filtered.
    struct ClaimsCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "claims", abstract: "List stored claims with their document, span and quote.")

        @Option(help: "Only this entity (case and spacing ignored).") var entity: String?
        @Option(help: "Only this metric (gdp, gdp_growth, fdi, investment, trade_turnover, freight_volume, other:…).")
        var metric: String?
        @Option(help: "Only this kind (level, change, multiple, share, target, forecast).") var kind: String?
        @Option(help: "Only this period (2023, 2024-Q1, 2023-01/2023-07).") var period: String?
        @Option(help: "Only claims from this document id (file name).") var doc: String?
        @Option(help: "Output format: table, csv or jsonl.") var format: ClaimFormat = .table
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if let m = metric, Metric(rawValue: m) == nil { throw ValidationError("unknown metric '\(m)'") }
            if let k = kind, Kind(rawValue: k) == nil { throw ValidationError("unknown kind '\(k)'") }
            if let p = period, Period(p) == nil { throw ValidationError("period '\(p)' is not YYYY, YYYY-Qn, YYYY-MM or a span") }
        }

        func run() throws {
            let filter = ClaimFilter(entity: entity, metric: metric.flatMap(Metric.init(rawValue:)),
                                     kind: kind.flatMap(Kind.init(rawValue:)), period: period.flatMap { Period($0) }, doc: doc)
            do {
                StandardStreams.out(try ClaimsJob(filter: filter, format: format).run(store: try store.open(for: .readOnly)))
            } catch {
                StandardStreams.error("\(error)")
                throw ExitCode(1)
            }
        }
    }
}
