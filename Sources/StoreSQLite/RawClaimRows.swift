import GRDBSQLite

/// A batch of rows of the claims query copied out of SQLite as they are: numbers as numbers, every text column as
/// bytes in one buffer. Copying is all the reading thread does with a row; making claims of the rows happens on
/// another thread (`ClaimDecoder`), so reading the store and making its claims run side by side.
struct RawClaimRows: Sendable {
    /// The text columns of `ClaimLoader.columns`, in the order their slices are kept.
    static let textColumns: [Int32] = [2, 3, 4, 5, 6, 8, 9, 10, 11, 15, 16, 17, 18]
    /// Where each text column's slice is kept among a row's: `RawClaimRows.text(row, Column.entity)`.
    enum Column {
        static let text = 0, entity = 1, counterpart = 2, metric = 3, kind = 4, unit = 5, period = 6, basePeriod = 7
        static let bound = 8, entitySettled = 9, periodSettled = 10, basis = 11, quote = 12
    }

    /// The number columns of each row.
    struct Numbers: Sendable {
        var spanStart: Int
        var spanEnd: Int
        var value: Double
        var lo: Double?
        var hi: Double?
        var documentId: Int64
    }

    private(set) var numbers: [Numbers] = []
    /// Every text column of every row, back to back.
    private(set) var bytes: [UInt8] = []
    /// Per row and text column, its start in `bytes` and its length; -1 for NULL.
    private(set) var slices: [Int32] = []

    var count: Int { numbers.count }

    init(capacity: Int) {
        numbers.reserveCapacity(capacity)
        slices.reserveCapacity(capacity * RawClaimRows.textColumns.count * 2)
        bytes.reserveCapacity(capacity * 64)
    }

    /// Copies the current row of `s`.
    mutating func append(_ s: OpaquePointer) {
        numbers.append(Numbers(spanStart: Int(sqlite3_column_int64(s, 0)), spanEnd: Int(sqlite3_column_int64(s, 1)),
                               value: sqlite3_column_double(s, 7), lo: Self.double(s, 12), hi: Self.double(s, 13),
                               documentId: sqlite3_column_int64(s, 14)))
        for column in RawClaimRows.textColumns {
            guard let p = sqlite3_column_text(s, column) else {
                slices.append(-1)
                slices.append(-1)
                continue
            }
            let n = Int(sqlite3_column_bytes(s, column))
            slices.append(Int32(truncatingIfNeeded: bytes.count))
            slices.append(Int32(truncatingIfNeeded: n))
            bytes.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
        }
    }

    /// The bytes of text column `column` of row `row` within `base`, the buffer of `bytes`; nil for NULL.
    func text(_ row: Int, _ column: Int, in base: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        let i = (row * RawClaimRows.textColumns.count + column) * 2
        let start = Int(slices[i]), length = Int(slices[i + 1])
        guard length >= 0 else { return nil }
        return UnsafeBufferPointer(rebasing: base[start..<start + length])
    }

    private static func double(_ s: OpaquePointer, _ column: Int32) -> Double? {
        sqlite3_column_type(s, column) == SQLITE_NULL ? nil : sqlite3_column_double(s, column)
    }
}
