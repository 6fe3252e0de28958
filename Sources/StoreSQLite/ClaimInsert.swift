import Claims
import GRDB
import GRDBSQLite

/// Writes claim rows with multi-row INSERT statements, binding values straight into SQLite. SQLite evaluates
/// the schema's CHECK lists (`metric IN (…)`, `kind IN (…)`, `bound IN (…)`) once per statement, not once per
/// row, so this is several times faster than one statement per claim on large ingests.
enum ClaimInsert {
    /// Rows per statement: 64 rows of 19 values stays far below SQLite's limit on bound parameters.
    static let rowsPerStatement = 64
    static let columnsPerRow: Int32 = 19

    private static let head = """
        INSERT INTO claim (documentId, spanStart, spanEnd, text, entity, counterpart, metric, kind, value, unit,
                           period, basePeriod, bound, lo, hi, entitySettled, periodSettled, basis, quote) VALUES
        """

    /// The statement's text for a full chunk, made once (the statement cache is keyed by this text).
    private static let fullChunkSQL = sql(rows: rowsPerStatement)

    /// The statement's text for `rows` rows.
    static func sql(rows: Int) -> String {
        head + Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
    }

    /// Inserts the claims of each document under its id, in order, in the current transaction.
    static func insert(_ rows: [(documentId: Int64, claim: Claim)], _ db: Database) throws {
        var start = 0
        while start < rows.count {
            let end = min(start + rowsPerStatement, rows.count)
            // A full chunk reuses one cached statement; the last, shorter chunk is prepared once.
            let rowCount = end - start
            let statement = try db.cachedStatement(sql: rowCount == rowsPerStatement ? fullChunkSQL : sql(rows: rowCount))
            let s = statement.sqliteStatement
            sqlite3_reset(s)
            var index: Int32 = 1
            for (documentId, claim) in rows[start..<end] {
                bind(claim, documentId: documentId, at: index, s)
                index += columnsPerRow
            }
            let code = sqlite3_step(s)
            sqlite3_reset(s)
            sqlite3_clear_bindings(s)
            guard code == SQLITE_DONE else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code),
                                    message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
            }
            start = end
        }
    }

    /// Binds one claim's nineteen columns from parameter `first` on.
    private static func bind(_ c: Claim, documentId: Int64, at first: Int32, _ s: OpaquePointer) {
        let interval = ValueInterval.of(c)
        sqlite3_bind_int64(s, first, documentId)
        sqlite3_bind_int64(s, first + 1, Int64(c.span.start))
        sqlite3_bind_int64(s, first + 2, Int64(c.span.end))
        bind(c.text, first + 3, s)
        bind(c.entity, first + 4, s)
        bind(c.counterpart, first + 5, s)
        bind(c.metric.rawValue, first + 6, s)
        bind(c.kind.rawValue, first + 7, s)
        sqlite3_bind_double(s, first + 8, c.value)
        bind(c.unit.rawValue, first + 9, s)
        bind(c.period?.description, first + 10, s)
        bind(c.basePeriod?.description, first + 11, s)
        bind(c.bound.rawValue, first + 12, s)
        bind(interval.lo, first + 13, s)
        bind(interval.hi, first + 14, s)
        bind(c.settled.entity.rawValue, first + 15, s)
        bind(c.settled.period.rawValue, first + 16, s)
        bind(c.basis ?? "", first + 17, s)
        bind(c.quote, first + 18, s)
    }

    /// SQLite copies the bytes before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private static func bind(_ text: String?, _ index: Int32, _ s: OpaquePointer) {
        guard var text else {
            sqlite3_bind_null(s, index)
            return
        }
        text.withUTF8 { bytes in
            // An empty buffer may have no address, which SQLite would store as NULL: bind a real empty string.
            guard let base = bytes.baseAddress, !bytes.isEmpty else {
                _ = sqlite3_bind_text(s, index, "", 0, transient)
                return
            }
            _ = sqlite3_bind_text(s, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self),
                                  Int32(bytes.count), transient)
        }
    }

    private static func bind(_ value: Double?, _ index: Int32, _ s: OpaquePointer) {
        if let value { sqlite3_bind_double(s, index, value) } else { sqlite3_bind_null(s, index) }
    }
}
