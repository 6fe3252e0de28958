extension Token {
    /// `isDash` with the kind tested inline first: a word or number token is passed over without a call
    /// (the compiler keeps `isDash` out of line, and a call passes the whole token in registers).
    @inline(__always) var isSymbolDash: Bool { kind == .symbol && isDash }
}
