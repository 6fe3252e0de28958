@testable import Claims
import Testing

/// Value intervals from the precision a number was written with and its hedge.
@Suite("Value intervals")
struct ValueIntervalTests {
    static func claim(_ text: String, _ value: Double, _ bound: Bound = .exact) -> Claim {
        Claim(doc: "x", published: nil, span: Span(start: 0, end: text.count), text: text, entity: "Kazakhstan",
              counterpart: nil, metric: .freightVolume, kind: .level, value: value, unit: .tonnes, period: .year(2024),
              basePeriod: nil, bound: bound)
    }

    @Test("\"4.5 million tons\" is 4.45 to 4.55 million")
    func roundingOfDecimals() {
        let i = ValueInterval.of(Self.claim("4.5 million tons", 4.5e6))
        #expect(abs(i.lo! - 4.45e6) < 1e-3 && abs(i.hi! - 4.55e6) < 1e-3)
    }

    @Test("\"$23 billion\" is 22.5 to 23.5 billion; \"10,000\" is 9,999.5 to 10,000.5")
    func roundingOfWholeNumbers() {
        let a = ValueInterval.of(Self.claim("$23 billion", 23e9))
        #expect(abs(a.lo! - 22.5e9) < 1 && abs(a.hi! - 23.5e9) < 1)
        let b = ValueInterval.of(Self.claim("10,000 tons", 10_000))
        #expect(b.lo == 9_999.5 && b.hi == 10_000.5)
    }

    @Test("\"almost $450 billion\" is below 450 billion; \"exceeded 2.76 million\" is above 2.76 million")
    func hedges() {
        let almost = ValueInterval.of(Self.claim("$450 billion", 450e9, .atMost))
        #expect(almost.lo == nil && almost.hi == 450e9)
        let over = ValueInterval.of(Self.claim("2.76 million tons", 2.76e6, .atLeast))
        #expect(over.lo == 2.76e6 && over.hi == nil)
    }

    @Test("\"about 1.5 million\" is at least ±5%")
    func approximate() {
        let i = ValueInterval.of(Self.claim("1.5 million tons", 1.5e6, .approx))
        #expect(abs(i.lo! - 1.425e6) < 1e-3 && abs(i.hi! - 1.575e6) < 1e-3)
    }
}
