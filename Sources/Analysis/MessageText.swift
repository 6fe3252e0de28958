import Claims

/// A finding's message written as UTF-8, piece by piece, into memory of its own, and copied out once. A large store
/// has hundreds of thousands of findings, each with a message of a dozen pieces: string interpolation paid for every
/// piece (its checks, its growth, the `String` of each number), and so did appending each to a byte array.
struct MessageText: ~Copyable, UTF8Sink {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity = 256

    init() {
        base = .allocate(capacity: capacity)
    }

    deinit {
        base.deallocate()
    }

    /// The message so far, as UTF-8.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// The message so far.
    var text: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

    /// What `build` writes, as a `String`.
    static func string(_ build: (inout MessageText) -> Void) -> String {
        var m = MessageText()
        build(&m)
        return m.text
    }

    static func += (m: inout MessageText, s: String) { m.add(s) }

    /// Where the next `n` bytes go, the room grown first when they do not fit.
    @inline(__always)
    private mutating func room(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if count &+ n > capacity { grow(to: max(capacity * 2, count + n)) }
        return base + count
    }

    private mutating func grow(to size: Int) {
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        grown.initialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity = size
    }

    mutating func write(byte: UInt8) {
        room(1).pointee = byte
        count &+= 1
    }

    /// Writes `n` with at least `digits` digits (a minus sign first when negative), at most 20 in all, from the last
    /// digit back.
    mutating func write(decimal n: Int, digits: Int) {
        if n < 0 { write(byte: 0x2D) }
        var v = n.magnitude, width = 1
        while v >= 10 {
            v /= 10
            width &+= 1
        }
        width = max(width, min(digits, 20))
        let to = room(width)
        v = n.magnitude
        var i = width
        repeat {
            i &-= 1
            to[i] = UInt8(truncatingIfNeeded: v % 10) &+ 0x30
            v /= 10
        } while i > 0
        count &+= width
    }

    /// Writes bytes as they are.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let from = bytes.baseAddress else { return }
        room(bytes.count).initialize(from: from, count: bytes.count)
        count &+= bytes.count
    }

    mutating func add(_ s: String) {
        // The string's own bytes where it has them in one piece (a native string always does).
        if s.utf8.withContiguousStorageIfAvailable({ add($0) }) != nil { return }
        var s = s
        s.withUTF8 { add($0) }
    }

    /// The schema spelling: "2023", "2024-Q1".
    mutating func add(_ p: Period) { p.write(to: &self) }

    /// `YYYY-MM-DD`.
    mutating func add(_ d: Day) { d.write(to: &self) }

    mutating func add(_ n: Int) { write(decimal: n, digits: 1) }

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
        if n < 0 && (whole != 0 || fraction != 0) { write(byte: 0x2D) }
        write(decimal: whole, digits: 1)
        if fraction != 0 {
            write(byte: 0x2E)
            write(decimal: fraction, digits: width)
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
            if v >= 0 { write(byte: 0x2B) }
            add(short: v)
            write(byte: 0x25)
        } else {
            add(short: v)
            add("×")
        }
    }

    /// A change or multiple with the periods it links: "+62% for 2024 against 2023", "3× for 2024 against 2021".
    mutating func add(relationOf c: Claim) {
        add(relative: c.value, c.unit)
        add(" for ")
        add(c.period!)
        add(" against ")
        add(c.basePeriod!)
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
