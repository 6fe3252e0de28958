import GRDBSQLite

/// Values made from one column's text, remembered by the text's bytes: a column that repeats a handful of
/// texts (metric, kind, unit, period, the entity of neighbouring claims) then costs a byte compare per row
/// instead of a new String, a parse and a hash.
struct ColumnTexts<Value> {
    private var entries: [(bytes: [UInt8], value: Value)] = []
    /// The next entry to replace once the cache is full.
    private var victim = 0
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value for the current row's text in `column`, nil when it is NULL; `make` runs for a text not among
    /// the remembered ones.
    mutating func value(_ s: OpaquePointer, _ column: Int32, make: (String) -> Value) -> Value? {
        guard let p = sqlite3_column_text(s, column) else { return nil }
        let bytes = UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(s, column)))
        for e in entries where e.bytes.count == bytes.count && e.bytes.withUnsafeBufferPointer({ $0.elementsEqual(bytes) }) {
            return e.value
        }
        let value = make(String(decoding: bytes, as: UTF8.self))
        if entries.count < capacity {
            entries.append((Array(bytes), value))
        } else {
            entries[victim] = (Array(bytes), value)
            victim = (victim + 1) % capacity
        }
        return value
    }
}
