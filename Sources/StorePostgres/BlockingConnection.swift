import Foundation
import Logging
import PostgresNIO
import Store

/// One connection to a PostgreSQL server, used synchronously: every call blocks the calling thread until the
/// server has answered. The I/O runs on NIO's shared event loops, never on the caller's thread, and a call made
/// from an event-loop thread would trap in `wait()` rather than deadlock; callers here are the command's own
/// threads. One session at a time holds the connection (a lock), so a transaction is never interleaved.
final class BlockingConnection: @unchecked Sendable {
    private let connection: PostgresConnection
    private let lock = NSLock()
    /// The URL without its password, for messages.
    let location: String
    private static let logger = Logger(label: "yardstick.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    init(_ url: PostgresURL) throws(StoreError) {
        location = url.redacted
        var configuration: PostgresConnection.Configuration
        if let socket = url.socketPath {
            configuration = .init(unixSocketPath: socket, username: url.user, password: url.password, database: url.database)
        } else {
            configuration = .init(host: url.host ?? "localhost", port: url.port, username: url.user, password: url.password,
                                  database: url.database, tls: .disable)
        }
        configuration.options.connectTimeout = .seconds(10)
        do {
            connection = try PostgresConnection.connect(on: MultiThreadedEventLoopGroup.singleton.next(),
                                                        configuration: configuration, id: 1, logger: Self.logger).wait()
        } catch {
            throw PostgresErrors.map(error, location: url.redacted, database: url.database)
        }
    }

    deinit {
        try? connection.close().wait()
    }

    /// Runs `body` holding the connection; errors from the server come out as `StoreError`s.
    func session<T>(_ body: (Session) throws -> T) throws(StoreError) -> T {
        lock.lock()
        defer { lock.unlock() }
        do {
            return try body(Session(connection: connection))
        } catch let e as StoreError {
            throw e
        } catch {
            throw PostgresErrors.map(error, location: location, database: nil)
        }
    }

    /// Runs `body` in one transaction (see `Session.transaction`).
    func transaction<T>(attempts: Int = 4, _ body: (Session) throws -> T) throws(StoreError) -> T {
        try session { s in try s.transaction(attempts: attempts, body) }
    }

    /// Queries on the held connection.
    struct Session {
        let connection: PostgresConnection

        /// Runs one statement and returns all its rows. Fails with `ConnectionClosed` when the connection is (or
        /// gets) closed, e.g. the server was stopped: PostgresNIO drops a query written to a closed channel without
        /// ever answering it, which would leave this thread waiting for good.
        @discardableResult
        func query(_ sql: String, _ binds: PostgresBindings = PostgresBindings()) throws -> PostgresQueryResult {
            guard !connection.isClosed else { throw ConnectionClosed() }
            let answer = connection.eventLoop.makePromise(of: PostgresQueryResult.self)
            connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: BlockingConnection.logger).cascade(to: answer)
            // Completing a promise a second time does nothing, so whichever comes first wins.
            connection.closeFuture.whenComplete { _ in answer.fail(ConnectionClosed()) }
            return try answer.futureResult.wait()
        }

        /// Runs one statement for its effect.
        func execute(_ sql: String, _ binds: PostgresBindings = PostgresBindings()) throws {
            _ = try query(sql, binds)
        }

        /// Runs `body` in one transaction: committed when it returns, rolled back when it throws. A transaction the
        /// server aborted to break a deadlock or a serialization conflict is run again from the start (at most
        /// `attempts` times), since nothing of it was kept.
        func transaction<T>(attempts: Int = 4, _ body: (Session) throws -> T) throws -> T {
            var attempt = 1
            while true {
                do {
                    try execute("BEGIN")
                    let result = try body(self)
                    try execute("COMMIT")
                    return result
                } catch {
                    _ = try? execute("ROLLBACK")
                    guard attempt < attempts, PostgresErrors.isRetryable(error) else { throw error }
                    attempt += 1
                }
            }
        }
    }
}

/// The connection to the server was closed (the server stopped or restarted, or the network went away).
struct ConnectionClosed: Error {}
