import ArgumentParser
import Claims
import Foundation
import Pipeline

extension YardstickCommand {
    /// `yardstick report`: CSV for spreadsheets, a text report and an HTML report with charts.
    struct ReportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report", abstract: "Write CSV, text and HTML reports of the stored claims, series and findings.")

        @Option(help: "The folder to write (replaced as a whole).") var out: String
        @Option(help: "Comma-separated: csv, text, html.") var format: String = "csv,text,html"
        @Flag(help: "Start CSV files with a byte-order mark, for Excel.") var excel = false
        @OptionGroup var store: StoreOptions

        func validate() throws {
            for f in format.split(separator: ",") where ReportFormat(rawValue: String(f)) == nil {
                throw ValidationError("unknown report format '\(f)' (csv, text, html)")
            }
        }

        func run() throws {
            let job = ReportJob(formats: Set(format.split(separator: ",").compactMap { ReportFormat(rawValue: String($0)) }),
                                excelBOM: excel, today: Today.day())
            do {
                let data = try job.data(from: try store.open(for: .readOnly))
                try job.write(job.files(data), to: URL(fileURLWithPath: out))
                StandardStreams.out("report written to \(out)\n")
            } catch {
                StandardStreams.error("\(error)")
                throw ExitCode(1)
            }
        }
    }
}

/// Today's date in UTC.
enum Today {
    static func day() -> Day {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return Day(year: c.year!, month: c.month!, day: c.day!)!
    }
}
