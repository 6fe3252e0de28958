import Foundation

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

    /// The value for a row's text `bytes`, nil when it is NULL; `make` runs for a text not among the remembered ones.
    mutating func value(_ bytes: UnsafeBufferPointer<UInt8>?, make: (String) -> Value) -> Value? {
        guard let bytes else { return nil }
        if last < entries.count, Self.equal(entries[last].bytes, bytes) { return entries[last].value }
        for i in entries.indices where i != last && Self.equal(entries[i].bytes, bytes) {
            last = i
            return entries[i].value
        }
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

    private static func equal(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && (b.isEmpty || a.withUnsafeBufferPointer { memcmp($0.baseAddress!, b.baseAddress!, b.count) == 0 })
    }
}
