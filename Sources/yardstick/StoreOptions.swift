import ArgumentParser
import Foundation
import Pipeline
import Store

/// Where the database is: `--db PATH|URL`, else `$YARDSTICK_DB`, else `yardstick.sqlite` in the working folder.
struct StoreOptions: ParsableArguments {
    @Option(help: "The SQLite file, or a postgresql://user@host/dbname URL (default: $YARDSTICK_DB, else yardstick.sqlite).")
    var db: String?

    /// The database path or URL to open.
    var location: String {
        db ?? ProcessInfo.processInfo.environment["YARDSTICK_DB"] ?? "yardstick.sqlite"
    }

    /// Opens the store; a read-only command never creates one.
    func open(for access: StoreAccess) throws(StoreError) -> any ClaimStore {
        try StoreOpener.open(location, for: access)
    }
}
