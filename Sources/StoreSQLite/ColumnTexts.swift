import Foundation
import GRDBSQLite

/// Values made from one column's text, remembered by the text's bytes: a column that repeats a handful of
/// texts (metric, kind, unit, period, the entity of neighbouring claims) then costs a byte compare per row
/// instead of a new String, a parse and a hash.
struct ColumnTexts<Value> {
    private var entries: [(bytes: [UInt8], value: Value)] = []
    /// The next entry to replace once the cache is full.
    private var victim = 0
    /// The entry the last row matched: neighbouring rows mostly repeat it, so it is tried first.
    private var last = 0
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value for the current row's text in `column`, nil when it is NULL; `make` runs for a text not among
    /// the remembered ones.
    mutating func value(_ s: OpaquePointer, _ column: Int32, make: (String) -> Value) -> Value? {
        guard let p = sqlite3_column_text(s, column) else { return nil }
        let count = Int(sqlite3_column_bytes(s, column))
        if last < entries.count, Self.equal(entries[last].bytes, p, count) { return entries[last].value }
        for i in entries.indices where i != last && Self.equal(entries[i].bytes, p, count) {
            last = i
            return entries[i].value
        }
        let bytes = UnsafeBufferPointer(start: p, count: count)
        let value = make(String(decoding: bytes, as: UTF8.self))
        if entries.count < capacity {
            entries.append((Array(bytes), value))
            last = entries.count - 1
        } else {
            entries[victim] = (Array(bytes), value)
            last = victim
            victim = (victim + 1) % capacity
        }
        return value
    }

    private static func equal(_ a: [UInt8], _ p: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        a.count == count && (count == 0 || a.withUnsafeBufferPointer { memcmp($0.baseAddress!, p, count) == 0 })
    }
}
