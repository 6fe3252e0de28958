import ArgumentParser

/// The `yardstick` command: extract dated economic claims from news text, keep them, check them, report.
struct YardstickCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "yardstick",
        abstract: "Extract dated economic claims from news text, store them as time series, check and report them.",
        subcommands: [Extract.self, Ingest.self, ClaimsCommand.self, ImportReference.self, SeriesCommand.self, GrowthCommand.self, CheckCommand.self, ProjectCommand.self, ReportCommand.self, RunCommand.self, InitCommand.self]
    )
}
