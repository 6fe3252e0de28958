import ArgumentParser
import Foundation

/// Where the database is: `--db PATH`, else `$YARDSTICK_DB`, else `yardstick.sqlite` in the working folder.
struct StoreOptions: ParsableArguments {
    @Option(help: "The SQLite database (default: $YARDSTICK_DB, else yardstick.sqlite in the working folder).")
    var db: String?

    /// The database path to open.
    var path: String {
        db ?? ProcessInfo.processInfo.environment["YARDSTICK_DB"] ?? "yardstick.sqlite"
    }
}
