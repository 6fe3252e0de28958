import Foundation
import Store
import StorePostgres
import StoreSQLite

/// Whether a command only reads the store (and so must never create an empty one) or also writes to it.
public enum StoreAccess: Sendable {
    case readOnly
    case readWrite
}

/// Where claims are kept, as `--db`, `$YARDSTICK_DB` or `database =` names it: a `postgresql://` (or
/// `postgres://`) URL selects the shared PostgreSQL store; anything else is the path of a SQLite file.
public enum StoreLocation: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(url: String)

    public init(_ text: String) {
        let lower = text.lowercased()
        if lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres://") {
            self = .postgres(url: text)
        } else {
            self = .sqlite(path: text)
        }
    }
}

/// Opens the store a location names: the only place that knows which kinds of store there are.
public enum StoreOpener {
    /// The store at `location`, its schema brought up to date. A read-only command on a SQLite path where no file
    /// is, or on a PostgreSQL database where yardstick made no tables, gets `StoreError.missing` (which says how to
    /// make one) instead of a new empty database.
    public static func open(_ location: String, for access: StoreAccess) throws(StoreError) -> any ClaimStore {
        switch StoreLocation(location) {
        case .sqlite(let path):
            if access == .readOnly, path != ":memory:", !FileManager.default.fileExists(atPath: path) {
                throw .missing(path: path)
            }
            return try SQLiteStore(path: path)
        case .postgres(let url):
            // A read-only command finds the tables yardstick made or says how to make them; it never creates them.
            return try PostgresStore(url: url, createSchema: access == .readWrite)
        }
    }
}
