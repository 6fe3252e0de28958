/// Why the store could not do what was asked, and what to do about it. Nothing stored changes when one is thrown.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The database was written by a newer yardstick (it has migrations this build does not know).
    case newerSchema(path: String, unknown: [String])
    /// Another process holds the database.
    case locked(path: String)
    /// The database or its folder cannot be written.
    case readOnly(path: String)
    /// The file is not a SQLite database, or is damaged.
    case corrupt(path: String)
    /// The database cannot be opened or created at that path.
    case cannotOpen(path: String, reason: String)
    /// Any other SQLite failure.
    case database(path: String, reason: String)
    /// A command that only reads was pointed at a database that does not exist (it is not made empty).
    case missing(path: String)

    public var description: String {
        switch self {
        case .newerSchema(let p, let unknown):
            "\(p): the database was made by a newer yardstick (migrations \(unknown.joined(separator: ", "))); "
                + "use that version or a new --db file"
        case .locked(let p):
            "\(p): the database is locked by another process; wait for it to finish (or stop it) and run again"
        case .readOnly(let p):
            "\(p): the database or its folder is read-only; check permissions or choose another --db"
        case .corrupt(let p):
            "\(p): not a yardstick database or damaged; restore a backup or choose another --db"
        case .cannotOpen(let p, let reason):
            "\(p): cannot open the database (\(reason)); check the path and its folder"
        case .database(let p, let reason):
            "\(p): database error (\(reason)); nothing was changed"
        case .missing(let p):
            "\(p): no database here; make one with `yardstick ingest DOCUMENTS --db \(p)` (or run, or import-reference), "
                + "or name an existing one with --db or $YARDSTICK_DB"
        }
    }
}
