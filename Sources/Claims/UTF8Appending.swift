extension Array where Element == UInt8 {
    /// Appends the UTF-8 of `s` through its contiguous bytes: several times quicker than appending its `utf8` view
    /// as a sequence, which reports and messages of hundreds of thousands of findings did piece by piece.
    @inlinable
    public mutating func append(utf8 s: String) {
        if s.utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) != nil { return }
        var s = s
        s.withUTF8 { append(contentsOf: $0) }
    }
}
