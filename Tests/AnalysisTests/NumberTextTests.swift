import Testing
@testable import Analysis

/// Numbers in finding messages are written digit by digit; they must read exactly as `String(Double)` writes the
/// rounded number, which is what the messages said before and what tests and users match on.
@Suite("Numbers in messages")
struct NumberTextTests {
    /// The old formula: round, then let the standard library write it.
    static func reference(_ v: Double, places: Int) -> String {
        let scale = [1.0, 10, 100, 1000][places]
        let r = (v * scale).rounded() / scale
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    @Test("rounded to 0–3 places, numbers read as String(Double) writes them", arguments: 0...3)
    func sameAsStandardLibrary(places: Int) {
        var generator = SplitMix(seed: UInt64(places) + 11)
        var values: [Double] = [0, -0.0, 0.04, -0.04, 0.05, -0.05, 0.5, -0.5, 2.76, 30.4956, 999.995, 1e14 + 0.5, -1234.5678]
        for _ in 0..<20_000 {
            let magnitude = Double(generator.next() % 15) - 3
            let sign: Double = generator.next() % 2 == 0 ? 1 : -1
            values.append(sign * Double(generator.next() % 1_000_000) / 1_000_000 * pow10(magnitude))
        }
        for v in values {
            #expect(RelativeChecks.decimals(v, places: places) == Self.reference(v, places: places), "\(v)")
        }
    }

    @Test("values beyond what an integer holds still come out, as String(Double) writes them")
    func huge() {
        #expect(RelativeChecks.decimals(3e20, places: 1) == "3e+20")
        #expect(RelativeChecks.decimals(.infinity, places: 2) == "inf")
        #expect(RelativeChecks.decimals(.nan, places: 0) == "nan")
    }

    func pow10(_ e: Double) -> Double {
        var x = 1.0
        for _ in 0..<Int(abs(e)) { x = e < 0 ? x / 10 : x * 10 }
        return x
    }
}

/// A small deterministic generator (SplitMix64), so a failure can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
