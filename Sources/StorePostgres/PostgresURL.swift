import Foundation
import Store

/// A `postgresql://` (or `postgres://`) connection URL read as libpq reads it: user, password, host or Unix
/// socket folder (`?host=/path`, or a host that starts with `/`), port and database name.
public struct PostgresURL: Sendable, Equatable {
    public var user: String
    public var password: String?
    /// A host name or address; nil when a Unix socket is used.
    public var host: String?
    /// The folder holding the server's socket (`.s.PGSQL.PORT` inside it); nil for TCP.
    public var socketFolder: String?
    public var port: Int
    public var database: String

    /// The URL as given, without its password: for messages and `ClaimStore.location`.
    public let redacted: String

    /// The socket file itself, `FOLDER/.s.PGSQL.PORT`, when connecting over a Unix socket.
    public var socketPath: String? { socketFolder.map { "\($0)/.s.PGSQL.\(port)" } }

    /// Reads `text`; the user defaults to `$PGUSER` then the login name, the host to `$PGHOST` then localhost,
    /// the port to `$PGPORT` then 5432, the database to the user name, as libpq does.
    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) {
        let shown = PostgresURL.redact(text)
        redacted = shown
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "postgresql" || scheme == "postgres"
        else { throw .badURL(path: shown, reason: "it must start with postgresql:// and have no spaces") }
        var query: [String: String] = [:]
        for item in components.queryItems ?? [] { query[item.name] = item.value ?? "" }
        let login = ProcessInfo.processInfo.userName
        user = components.user?.removingPercentEncoding.flatMap { $0.isEmpty ? nil : $0 } ?? query["user"]
            ?? environment["PGUSER"] ?? login
        password = components.password?.removingPercentEncoding ?? query["password"] ?? environment["PGPASSWORD"]
        let portText = components.port.map(String.init) ?? query["port"] ?? environment["PGPORT"] ?? "5432"
        guard let port = Int(portText), (1...65535).contains(port) else {
            throw .badURL(path: shown, reason: "port \(portText) is not a number from 1 to 65535")
        }
        self.port = port
        let name = String(components.percentEncodedPath.drop { $0 == "/" }).removingPercentEncoding ?? ""
        database = name.isEmpty ? (query["dbname"] ?? environment["PGDATABASE"] ?? user) : name
        let hostText = components.percentEncodedHost.flatMap { $0.removingPercentEncoding }.flatMap { $0.isEmpty ? nil : $0 }
            ?? query["host"] ?? environment["PGHOST"] ?? "localhost"
        if hostText.hasPrefix("/") {
            socketFolder = hostText
            host = nil
        } else {
            socketFolder = nil
            host = hostText.hasPrefix("[") && hostText.hasSuffix("]") ? String(hostText.dropFirst().dropLast()) : hostText
        }
    }

    /// `text` with the password between `user:` and `@` (and a `password=` query value) replaced by `***`.
    static func redact(_ text: String) -> String {
        var out = text
        if let scheme = out.range(of: "://") {
            let rest = out[scheme.upperBound...]
            let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
            if let at = rest[..<authorityEnd].lastIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") {
                out.replaceSubrange(out.index(after: colon)..<at, with: "***")
            }
        }
        if let p = out.range(of: "password=") {
            let end = out[p.upperBound...].firstIndex(of: "&") ?? out.endIndex
            out.replaceSubrange(p.upperBound..<end, with: "***")
        }
        return out
    }
}
