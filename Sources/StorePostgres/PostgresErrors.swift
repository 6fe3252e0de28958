import PostgresNIO
import Store

/// Turns PostgresNIO's errors into `StoreError`s that say what to do. Only the server's message and SQLSTATE are
/// shown, never the query's bound values or the URL's password.
enum PostgresErrors {
    /// SQLSTATEs of a transaction the server aborted for another's sake, which can simply be run again.
    static let retryableStates: Set<String> = ["40P01", "40001"]

    /// The server's SQLSTATE, when the error came from the server.
    static func sqlState(_ error: any Error) -> String? {
        (error as? PSQLError)?.serverInfo?[.sqlState]
    }

    /// True for a deadlock or serialization failure: the transaction was rolled back and may be retried.
    static func isRetryable(_ error: any Error) -> Bool {
        sqlState(error).map(retryableStates.contains) ?? false
    }

    /// NIO's long account of a failed connect, put shortly when it is one of the usual reasons.
    static func connectionFailure(_ text: String) -> String {
        if text.contains("Connection refused") { return "connection refused" }
        if text.contains("No such file or directory") { return "no server socket at that path" }
        if text.contains("timed out") || text.contains("connectTimeout") { return "timed out" }
        if text.contains("Name or service not known") || text.contains("nodename nor servname") { return "unknown host" }
        return text.isEmpty ? "connection failed" : text
    }

    static func map(_ error: any Error, location: String, database: String?) -> StoreError {
        if let e = error as? StoreError { return e }
        if error is ConnectionClosed { return .unreachable(path: location, reason: "the server closed the connection") }
        guard let e = error as? PSQLError else { return .database(path: location, reason: "\(error)") }
        let message = e.serverInfo?[.message] ?? ""
        switch e.code {
        case .server:
            let state = e.serverInfo?[.sqlState] ?? ""
            switch state {
            case "28P01", "28000":
                return .authentication(path: location, reason: message)
            case "3D000":
                return .noSuchDatabase(path: location, name: database ?? "named in the URL")
            case "55P03", "40P01", "40001":
                return .locked(path: location)
            case "25006", "42501":
                return .readOnly(path: location)
            case "57P01", "57P02", "57P03":
                return .unreachable(path: location, reason: message)
            default:
                return .database(path: location, reason: "\(message) [SQLSTATE \(state)]")
            }
        case .connectionError:
            return .unreachable(path: location, reason: connectionFailure(e.underlying.map { "\($0)" } ?? ""))
        case .serverClosedConnection, .uncleanShutdown:
            return .unreachable(path: location, reason: "the server closed the connection")
        case .authMechanismRequiresPassword:
            return .authentication(path: location, reason: "the server asks for a password and the URL has none")
        case .unsupportedAuthMechanism, .saslError:
            return .authentication(path: location, reason: "the server's login method is not supported (\(e.code))")
        case .sslUnsupported:
            return .unreachable(path: location, reason: "the server does not offer TLS")
        default:
            return .database(path: location, reason: "\(e.code)")
        }
    }
}
