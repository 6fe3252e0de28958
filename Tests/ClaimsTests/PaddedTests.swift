import Claims
import Testing

/// Zero-padded numbers written as bytes, as dates, periods and spans are.
@Suite("Padded numbers")
struct PaddedTests {
    @Test("a number is written as its decimal digits, padded with zeros to the width asked, with a minus sign when negative",
          arguments: [0, 1, 7, 9, 10, 99, 100, 2024, 12_345, -3, -2024, 1_000_000_007, Int.max, Int.min + 1])
    func digits(_ n: Int) {
        for width in 0...22 {
            var out: [UInt8] = [0x3E]
            Padded.write(n, digits: width, to: &out)
            let plain = String(n.magnitude)
            let padded = String(repeating: "0", count: max(0, min(width, 20) - plain.count)) + plain
            #expect(String(decoding: out, as: UTF8.self) == ">" + (n < 0 ? "-" : "") + padded, "\(n) in \(width) digits")
        }
    }
}
