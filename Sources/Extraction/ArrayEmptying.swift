extension Array {
    /// Empties the array, keeping its storage for reuse; an empty array is left alone (`removeAll` is a call
    /// even then, and the scanners empty their lists once a sentence).
    @inline(__always)
    mutating func empty() {
        if !isEmpty { removeAll(keepingCapacity: true) }
    }
}
