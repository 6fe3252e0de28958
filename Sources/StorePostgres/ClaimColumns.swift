import Claims
import PostgresNIO

/// Claim rows gathered column by column and written with `INSERT … SELECT * FROM unnest(…)`: nineteen bound
/// arrays per statement however many rows, so the 65,535-parameter limit never applies and the server parses one
/// short statement. Rows are inserted in the order they were added (ids follow it, as in SQLite).
struct ClaimColumns {
    /// Rows per statement: keeps one message to a few megabytes.
    static let rowsPerStatement = 20_000

    static let sql = """
        INSERT INTO claim (documentId, spanStart, spanEnd, text, entity, counterpart, metric, kind, value, unit,
                           period, basePeriod, bound, lo, hi, entitySettled, periodSettled, basis, quote)
        SELECT * FROM unnest($1::int8[], $2::int8[], $3::int8[], $4::text[], $5::text[], $6::text[], $7::text[],
                             $8::text[], $9::float8[], $10::text[], $11::text[], $12::text[], $13::text[],
                             $14::float8[], $15::float8[], $16::text[], $17::text[], $18::text[], $19::text[])
        """

    private var documentId = ColumnArray<Int64>(), spanStart = ColumnArray<Int64>(), spanEnd = ColumnArray<Int64>()
    private var text = ColumnArray<String>(), entity = ColumnArray<String>(), counterpart = ColumnArray<String>()
    private var metric = ColumnArray<String>(), kind = ColumnArray<String>(), value = ColumnArray<Double>()
    private var unit = ColumnArray<String>(), period = ColumnArray<String>(), basePeriod = ColumnArray<String>()
    private var bound = ColumnArray<String>(), lo = ColumnArray<Double>(), hi = ColumnArray<Double>()
    private var entitySettled = ColumnArray<String>(), periodSettled = ColumnArray<String>()
    private var basis = ColumnArray<String>(), quote = ColumnArray<String>()
    private(set) var count = 0

    /// Adds one claim of document `id`, with the same texts SQLite stores.
    mutating func append(_ c: Claim, documentId id: Int64) {
        let interval = ValueInterval.of(c)
        documentId.append(id)
        spanStart.append(Int64(c.span.start))
        spanEnd.append(Int64(c.span.end))
        text.append(c.text)
        entity.append(c.entity)
        counterpart.append(c.counterpart)
        metric.append(c.metric.rawValue)
        kind.append(c.kind.rawValue)
        value.append(c.value)
        unit.append(c.unit.rawValue)
        period.append(c.period?.description)
        basePeriod.append(c.basePeriod?.description)
        bound.append(c.bound.rawValue)
        lo.append(interval.lo)
        hi.append(interval.hi)
        entitySettled.append(c.settled.entity.rawValue)
        periodSettled.append(c.settled.period.rawValue)
        basis.append(c.basis ?? "")
        quote.append(c.quote)
        count += 1
    }

    /// The bound arrays of rows `range`.
    private func binds(_ range: Range<Int>) -> PostgresBindings {
        var b = PostgresBindings(capacity: 19)
        func slice<E>(_ column: ColumnArray<E>) -> ColumnArray<E> {
            range == 0..<count ? column : ColumnArray(Array(column.values[range]))
        }
        b.append(slice(documentId)); b.append(slice(spanStart)); b.append(slice(spanEnd)); b.append(slice(text))
        b.append(slice(entity)); b.append(slice(counterpart)); b.append(slice(metric)); b.append(slice(kind))
        b.append(slice(value)); b.append(slice(unit)); b.append(slice(period)); b.append(slice(basePeriod))
        b.append(slice(bound)); b.append(slice(lo)); b.append(slice(hi)); b.append(slice(entitySettled))
        b.append(slice(periodSettled)); b.append(slice(basis)); b.append(slice(quote))
        return b
    }

    /// Inserts every row, in the session's transaction.
    func insert(_ s: BlockingConnection.Session) throws {
        var start = 0
        while start < count {
            let end = min(start + Self.rowsPerStatement, count)
            try s.execute(Self.sql, binds(start..<end))
            start = end
        }
    }
}
