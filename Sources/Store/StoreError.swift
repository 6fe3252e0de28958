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
    /// No PostgreSQL server answers at the URL's host, port or socket.
    case unreachable(path: String, reason: String)
    /// The PostgreSQL server refused the URL's user or password.
    case authentication(path: String, reason: String)
    /// The PostgreSQL server has no database of the URL's name.
    case noSuchDatabase(path: String, name: String)
    /// The `postgresql://` URL cannot be read.
    case badURL(path: String, reason: String)

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
        case .unreachable(let p, let reason):
            "\(p): no PostgreSQL server answers (\(reason)); start it, or check the host, port or ?host=/socket/dir in the URL"
        case .authentication(let p, let reason):
            "\(p): the PostgreSQL server refused the login (\(reason)); check the user and password in the URL "
                + "and the server's pg_hba.conf"
        case .noSuchDatabase(let p, let name):
            "\(p): the PostgreSQL server has no database \(name); create it with `createdb \(name)` (yardstick makes the "
                + "tables, not the database)"
        case .badURL(let p, let reason):
            "\(p): not a PostgreSQL URL yardstick can read (\(reason)); write postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME "
                + "or postgresql://USER@/DBNAME?host=/socket/dir"
        }
    }
}
