import Store
@testable import StorePostgres
import Testing

/// Reading `postgresql://` URLs as libpq does, and never showing their password.
@Suite("PostgreSQL URLs")
struct PostgresURLTests {
    @Test("user, password, host, port and database from a TCP URL; the password is not shown")
    func tcp() throws {
        let url = try PostgresURL("postgresql://ana:p%40ss@127.0.0.1:6543/claims", environment: [:])
        #expect(url.user == "ana")
        #expect(url.password == "p@ss")
        #expect(url.host == "127.0.0.1")
        #expect(url.socketPath == nil)
        #expect(url.port == 6543)
        #expect(url.database == "claims")
        #expect(url.redacted == "postgresql://ana:***@127.0.0.1:6543/claims")
    }

    @Test("a Unix socket folder from ?host=/path, with the default port's socket file")
    func socket() throws {
        let url = try PostgresURL("postgres://ana@/claims?host=/tmp/pg%20sock", environment: [:])
        #expect(url.host == nil)
        #expect(url.socketFolder == "/tmp/pg sock")
        #expect(url.socketPath == "/tmp/pg sock/.s.PGSQL.5432")
        #expect(url.database == "claims")
        #expect(url.password == nil)
    }

    @Test("missing parts come from PGUSER, PGHOST, PGPORT, PGDATABASE, PGPASSWORD; the database defaults to the user")
    func defaults() throws {
        let url = try PostgresURL("postgresql://", environment: ["PGUSER": "bo", "PGHOST": "/run/pg", "PGPORT": "5499",
                                                                  "PGPASSWORD": "x"])
        #expect(url.user == "bo")
        #expect(url.socketPath == "/run/pg/.s.PGSQL.5499")
        #expect(url.database == "bo")
        #expect(url.password == "x")
        #expect(try PostgresURL("postgresql://bo@db.example/", environment: ["PGDATABASE": "d"]).database == "d")
        #expect(try PostgresURL("postgresql://bo@db.example/x?password=secret", environment: [:]).redacted
                    == "postgresql://bo@db.example/x?password=***")
    }

    @Test("a bad port or a URL that cannot be read is refused with the URL's form, without the password")
    func refused() throws {
        #expect {
            try PostgresURL("postgresql://a:secret@h:99999/d", environment: [:])
        } throws: { error in
            guard case .badURL(let shown, _) = error as? StoreError else { return false }
            return shown == "postgresql://a:***@h:99999/d" && !"\(error)".contains("secret") && "\(error)".contains("postgresql://USER")
        }
        #expect(throws: StoreError.self) { try PostgresURL("mysql://a@h/d", environment: [:]) }
    }
}
