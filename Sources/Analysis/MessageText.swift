import Claims

/// A finding's message written as UTF-8, piece by piece, and made a `String` once. A large store has hundreds of
/// thousands of findings, each with a message of a dozen pieces, and string interpolation paid for every piece
/// (its checks, its growth, the `String` of each number) more than the checks cost.
struct MessageText {
    private(set) var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(192)
    }

    /// The message so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// What `build` writes, as a `String`.
    static func string(_ build: (inout MessageText) -> Void) -> String {
        var m = MessageText()
        build(&m)
        return m.text
    }

    static func += (m: inout MessageText, s: String) { m.bytes.append(utf8: s) }

    mutating func add(_ s: String) { bytes.append(utf8: s) }

    /// The schema spelling: "2023", "2024-Q1".
    mutating func add(_ p: Period) { p.write(to: &bytes) }

    /// `YYYY-MM-DD`.
    mutating func add(_ d: Day) { d.write(to: &bytes) }

    mutating func add(_ n: Int) { Padded.write(n, digits: 1, to: &bytes) }

    /// `v` rounded to `places` (0…3) decimals and written without trailing zeros: "2.5", "30", "-0.1", digit by
    /// digit from an integer, as `String(Double)` writes such a number.
    mutating func add(decimals v: Double, places: Int) {
        let scale = places <= 0 ? 1 : places == 1 ? 10 : places == 2 ? 100 : 1000
        let scaled = (v * Double(scale)).rounded()
        guard abs(scaled) < 1e15 else {
            let r = scaled / Double(scale)
            add(r == r.rounded() && abs(r) < 9e18 ? String(Int(r)) : String(r))
            return
        }
        let n = Int(scaled), whole = abs(n) / scale
        var fraction = abs(n) % scale, width = places
        while fraction != 0, fraction % 10 == 0 { fraction /= 10; width -= 1 }
        if n < 0 && (whole != 0 || fraction != 0) { bytes.append(0x2D) }
        Padded.write(whole, digits: 1, to: &bytes)
        if fraction != 0 {
            bytes.append(0x2E)
            Padded.write(fraction, digits: width, to: &bytes)
        }
    }

    /// One decimal: "41.1".
    mutating func add(short v: Double) { add(decimals: v, places: 1) }

    /// Three significant figures with a scale word: "4.14 mn", "272 bn", "586".
    mutating func add(short3 v: Double) {
        let a = abs(v)
        let (d, w): (Double, String) = a >= 1e12 ? (1e12, " tn") : a >= 1e9 ? (1e9, " bn") : a >= 1e6 ? (1e6, " mn") : a >= 1e3 ? (1e3, " k") : (1, "")
        let x = v / d
        add(decimals: x, places: x >= 100 ? 0 : x >= 10 ? 1 : 2)
        add(w)
    }

    /// A change in percent with its sign ("+41.1%", "-8.9%") or a multiple ("3.5×").
    mutating func add(relative v: Double, _ unit: Unit) {
        if unit == .percent {
            if v >= 0 { bytes.append(0x2B) }
            add(short: v)
            bytes.append(0x25)
        } else {
            add(short: v)
            add("×")
        }
    }

    /// A rate as a signed percentage with one decimal: 0.193 is "+19.3%".
    mutating func add(percent rate: Double) { add(relative: rate * 100, .percent) }

    /// A range of changes or multiples: "+32.6% to +35.3%", "at most +64.9%", "anything".
    mutating func add(relativeRange r: Range2, _ unit: Unit) {
        switch (r.low, r.high) {
        case (let l?, let h?):
            add(relative: l, unit)
            if abs(h - l) >= 1e-9 {
                add(" to ")
                add(relative: h, unit)
            }
        case (let l?, nil): add("at least "); add(relative: l, unit)
        case (nil, let h?): add("at most "); add(relative: h, unit)
        case (nil, nil): add("anything")
        }
    }

    /// A range of amounts: "at most 272 bn", "2.74 mn to 2.82 mn", "any value".
    mutating func add(amountRange r: Range2) {
        switch (r.low, r.high) {
        case (let l?, let h?):
            add(short3: l)
            if abs(h - l) >= 1e-9 {
                add(" to ")
                add(short3: h)
            }
        case (let l?, nil): add("at least "); add(short3: l)
        case (nil, let h?): add("at most "); add(short3: h)
        case (nil, nil): add("any value")
        }
    }

    /// Levels with their documents and periods: "4.14 mn (a.txt, 2023), 4.2 mn (b.txt, 2023)".
    mutating func add(levels: [Level]) {
        for (i, l) in levels.enumerated() {
            if i > 0 { add(", ") }
            add(short3: l.value)
            add(" (")
            add(l.evidence.doc)
            add(", ")
            if let p = l.evidence.period { add(p) } else { add("?") }
            add(")")
        }
    }
}
