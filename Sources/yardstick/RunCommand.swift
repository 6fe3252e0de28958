import ArgumentParser
import Foundation
import Logging
import Pipeline

extension YardstickCommand {
    /// `yardstick run`: the scheduled job.
    struct RunCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Ingest, import references, analyse and write Reports/YYYY-MM-DD and Reports/latest (for cron).",
            discussion: "Exit codes: 0 ok, 1 error, 3 findings at or above fail_on.")

        @Option(help: "The TOML configuration (see `yardstick init`).") var config: String = "yardstick.toml"
        @Flag(help: "Wait for a run in progress instead of exiting.") var wait = false
        @Flag(help: "Write no new report when nothing changed since the last run.") var ifChanged = false

        func run() throws {
            LoggingSystem.bootstrap(StreamLogHandler.standardError)
            let logger = Logger(label: "yardstick.run")
            do {
                let cfg = try RunConfig.load(config)
                let outcome = try RunJob(config: cfg, today: Today.day(), wait: wait, ifChanged: ifChanged)
                    .run(logger: logger, report: StandardStreams.diagnostic)
                if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
            } catch let e as ExitCode {
                throw e
            } catch {
                StandardStreams.error("\(error)")
                throw ExitCode(1)
            }
        }
    }

    /// `yardstick init`: writes a commented example configuration.
    struct InitCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "init", abstract: "Write a commented yardstick.toml.")

        @Option(help: "Where to write it.") var path: String = "yardstick.toml"

        func run() throws {
            guard !FileManager.default.fileExists(atPath: path) else {
                StandardStreams.error("\(path) exists; remove it or choose --path")
                throw ExitCode(1)
            }
            try RunConfig.example.write(toFile: path, atomically: true, encoding: .utf8)
            StandardStreams.out("wrote \(path)\n")
        }
    }
}
