extension Array {
    /// Empties the array, keeping its storage for reuse; an empty array is left alone. The lists emptied once a
    /// sentence hold a few items, and `removeLast()` a few times is several times cheaper than
    /// `removeAll(keepingCapacity:)`, which goes through the generic `replaceSubrange`.
    @inline(__always)
    mutating func empty() {
        if isEmpty { return }
        if count <= 8 {
            repeat { removeLast() } while !isEmpty
        } else {
            removeAll(keepingCapacity: true)
        }
    }
}
