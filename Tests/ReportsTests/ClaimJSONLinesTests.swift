import Foundation
import Claims
import Reports
import Testing

/// Claim lines written straight into bytes: periods and dates in the schema spelling, numbers as numbers, and a
/// claim too long for the room first reserved for it written the same way.
@Suite("Claim JSON lines")
struct ClaimJSONLinesTests {
    static func claim(text: String = "5%", value: Double = 5, published: Day? = Day("2024-07-03"), period: Period? = nil,
                      basePeriod: Period? = nil, span: Span = Span(start: 3, end: 5)) -> Claim {
        Claim(doc: "d.txt", published: published, span: span, text: text, entity: "Kazakhstan", counterpart: nil,
              metric: .gdpGrowth, kind: .change, value: value, unit: .percent, period: period, basePeriod: basePeriod,
              bound: .exact)
    }

    @Test("every period shape is written as Period.description spells it", arguments: [
        Period.year(2023), .quarter(2024, 1), .month(2024, 5), .years(2019, 2024), .months(2023, 1, through: 2023, 7),
        .span(.quarter(2023, 4), .quarter(2024, 2)), .year(7), .month(-12, 3),
    ])
    func periods(_ p: Period) {
        let line = ClaimJSONLines.line(Self.claim(period: p, basePeriod: p))
        #expect(line.contains(",\"period\":\"\(p.description)\",\"base_period\":\"\(p.description)\","))
    }

    @Test("every graded metric is written with its schema spelling", arguments: Metric.graded)
    func gradedMetrics(_ m: Metric) {
        var c = Self.claim()
        c.metric = m
        #expect(ClaimJSONLines.line(c).contains(",\"metric\":\"\(m.rawValue)\","))
    }

    @Test("an explanation is written as a why object after the schema's fields, escaped; without one, the line ends at bound")
    func explanation() throws {
        var c = Self.claim()
        let plain = ClaimJSONLines.line(c)
        #expect(plain.hasSuffix("\"bound\":\"exact\"}"))
        c.why = ClaimExplanation(entity: "stands with 'China' (in brackets)", metric: "cue \"trade\"", kind: "k", period: "p",
                                 bound: "b")
        let line = ClaimJSONLines.line(c)
        #expect(line.hasPrefix(String(plain.dropLast())))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let why = try #require(object["why"] as? [String: String])
        #expect(why == ["entity": "stands with 'China' (in brackets)", "metric": "cue \"trade\"", "kind": "k", "period": "p",
                        "bound": "b"])
        c.settled = Settlement(entity: .context, period: .stated)
        let settled = try JSONSerialization.jsonObject(with: Data(ClaimJSONLines.line(c).utf8)) as? [String: Any]
        #expect(settled?["settled"] as? [String: String] == ["entity": "context", "period": "stated"])
        #expect(plain.contains("settled") == false)
    }

    @Test("dates, spans and values: padded dates, negative and fractional numbers as JSON numbers")
    func numbers() {
        let day = Day(year: 987, month: 1, day: 2)
        let line = ClaimJSONLines.line(Self.claim(value: -2.5, published: day, span: Span(start: 0, end: 1_234_567)))
        #expect(line.contains("\"published\":\"0987-01-02\",\"span\":[0,1234567],"))
        #expect(line.contains(",\"value\":-2.5,"))
        #expect(ClaimJSONLines.line(Self.claim(value: -7e9)).contains(",\"value\":-7000000000,"))
        #expect(ClaimJSONLines.line(Self.claim(value: .nan)).contains(",\"value\":null,"))
        #expect(ClaimJSONLines.line(Self.claim(published: nil)).contains("{\"doc\":\"d.txt\",\"published\":null,\"span\":[3,5],"))
        #expect(ClaimJSONLines.line(Self.claim(span: Span(start: 0, end: 9))).contains("\"span\":[0,9],"))
        #expect(ClaimJSONLines.line(Self.claim(span: Span(start: 10, end: Int.max))).contains("\"span\":[10,\(Int.max)],"))
    }

    @Test("a claim whose escapes overflow the room first reserved for it is written whole, escapes included")
    func longClaim() {
        let text = String(repeating: "growth \"of\" 5% ", count: 200)
        let line = ClaimJSONLines.line(Self.claim(text: text, period: .year(2023)))
        #expect(line.hasPrefix("{\"doc\":\"d.txt\",\"published\":\"2024-07-03\",\"span\":[3,5],\"text\":" + JSONText.string(text) + ","))
        #expect(line.hasSuffix(",\"unit\":\"%\",\"period\":\"2023\",\"base_period\":null,\"bound\":\"exact\"}"))
        var out: [UInt8] = Array("before\n".utf8)
        ClaimJSONLines.append(Self.claim(text: text), to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "before\n" + ClaimJSONLines.line(Self.claim(text: text)))
    }

    @Test("appendLines writes each claim and its newline after what the buffer held, however long the claim")
    func lines() {
        var long = Self.claim()
        // Neither escapes nor long strings: an `other:` slug and a span of periods longer than the room reserved.
        long.metric = .other(String(repeating: "x", count: 400))
        long.period = .span(.month(123_456_789_012, 1), .month(123_456_789_013, 12))
        let claims = [Self.claim(), long, Self.claim(text: "\u{2028}\"5%\"", period: .year(2023))]
        var out: [UInt8] = Array("before\n".utf8)
        ClaimJSONLines.appendLines(claims, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "before\n" + claims.map { ClaimJSONLines.line($0) + "\n" }.joined())
        #expect(ClaimJSONLines.line(long).contains(",\"metric\":\"other:" + String(repeating: "x", count: 400) + "\","))
        #expect(ClaimJSONLines.line(long).contains(",\"period\":\"123456789012-01/123456789013-12\","))
    }

    @Test("a byte that needs escaping is escaped wherever it stands in a string of any length (checked eight at a time)")
    func escapesAnywhere() {
        for length in 0...20 {
            for position in 0..<max(length, 1) {
                for special in ["\"", "\\", "\n", "\u{1}", "\u{2028}"] {
                    var chars = Array(repeating: "a", count: length)
                    if length > 0 { chars[position] = special }
                    let text = chars.joined()
                    let line = ClaimJSONLines.line(Self.claim(text: text))
                    #expect(line.contains(",\"text\":" + JSONText.string(text) + ",\"entity\":"), "\(length) \(position)")
                }
            }
        }
    }
}
