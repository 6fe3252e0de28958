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
    /// Every text column of every row, back to back, and the room for them; owned by `storage`.
    private let storage: Storage
    /// Per row and text column, its start in the bytes and its length; -1 for NULL.
    private var slices: UnsafeMutablePointer<Int32> { storage.slices }

    var count: Int { numbers.count }

    /// Room for `capacity` rows (no more may be appended).
    init(capacity: Int) {
        numbers.reserveCapacity(capacity)
        storage = Storage(rows: capacity, bytes: capacity * 64)
    }

    /// Copies the current row of `s`: straight into raw memory, since this is all the reading thread does and an
    /// array's checks on every append were half its cost.
    mutating func append(_ s: OpaquePointer) {
        precondition(numbers.count < storage.rows, "a batch of copied rows is full")
        numbers.append(Numbers(spanStart: Int(sqlite3_column_int64(s, 0)), spanEnd: Int(sqlite3_column_int64(s, 1)),
                               value: sqlite3_column_double(s, 7), lo: Self.double(s, 12), hi: Self.double(s, 13),
                               documentId: sqlite3_column_int64(s, 14)))
        var slot = (numbers.count - 1) * RawClaimRows.textColumns.count * 2
        for column in RawClaimRows.textColumns {
            if let p = sqlite3_column_text(s, column) {
                let n = Int(sqlite3_column_bytes(s, column))
                slices[slot] = Int32(truncatingIfNeeded: storage.byteCount)
                slices[slot + 1] = Int32(truncatingIfNeeded: n)
                storage.append(p, n)
            } else {
                slices[slot] = -1
                slices[slot + 1] = -1
            }
            slot += 2
        }
    }

    /// Runs `body` over the buffer of all rows' text bytes (for `text(_:_:in:)`).
    func withBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        body(UnsafeBufferPointer(start: storage.bytes, count: storage.byteCount))
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

    /// The raw memory of one batch, freed with it.
    final class Storage: @unchecked Sendable {
        let slices: UnsafeMutablePointer<Int32>
        /// How many rows `slices` has room for.
        let rows: Int
        private(set) var bytes: UnsafeMutablePointer<UInt8>
        private(set) var byteCount = 0
        private var byteCapacity: Int

        init(rows: Int, bytes capacity: Int) {
            self.rows = max(1, rows)
            slices = .allocate(capacity: self.rows * RawClaimRows.textColumns.count * 2)
            byteCapacity = max(64, capacity)
            bytes = .allocate(capacity: byteCapacity)
        }

        /// Appends `n` bytes from `p`, doubling the room when it runs out.
        func append(_ p: UnsafePointer<UInt8>, _ n: Int) {
            if byteCount + n > byteCapacity {
                let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: max(byteCapacity * 2, byteCount + n))
                grown.initialize(from: bytes, count: byteCount)
                bytes.deallocate()
                bytes = grown
                byteCapacity = max(byteCapacity * 2, byteCount + n)
            }
            (bytes + byteCount).initialize(from: p, count: n)
            byteCount += n
        }

        deinit {
            slices.deallocate()
            bytes.deallocate()
        }
    }
}
