import Claims
import Foundation
import Testing
@testable import Reports

/// Spreadsheet-safe CSV and exact JSON text.
@Suite("CSV and JSON writers")
struct CSVWriterTests {
    @Test("text that a spreadsheet would run as a formula is neutralised", arguments: ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"])
    func neutralised(_ hostile: String) {
        let cell = CSVWriter.render(.text(hostile))
        #expect(cell.hasPrefix("'") || cell.hasPrefix("\"'"))
    }

    @Test("numbers stay plain numbers, negative ones included")
    func numbers() {
        #expect(CSVWriter.render(.number(-3.5)) == "-3.5")
        #expect(CSVWriter.render(.number(23e9)) == "23000000000")
        #expect(CSVWriter.render(.integer(-4)) == "-4")
    }

    @Test("fields with commas, quotes and line breaks are quoted; rows end with CRLF")
    func quoting() {
        var w = CSVWriter()
        w.row([.text("a,b"), .text("say \"hi\""), .text("two\nlines"), .text("plain")])
        #expect(w.output == "\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain\r\n")
    }

    @Test("a comma, quote, CR or LF at any position of a cell of any length quotes it; other bytes leave it plain")
    func quotingAtEveryPosition() {
        for length in 1...40 {
            for position in 0..<length {
                for special in [",", "\"", "\r", "\n", "é", "+", ";"] {
                    var text = Array(repeating: "a", count: length)
                    text[position] = special
                    let cell = text.joined()
                    let quoted = [",", "\"", "\r", "\n"].contains(special)
                    let expected = quoted ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
                    // A leading "+" or CR is what a spreadsheet would run: that cell is neutralised as well, inside its quotes.
                    let neutralised = position == 0 && (special == "+" || special == "\r")
                    let neutral = !neutralised ? expected : quoted ? "\"'" + expected.dropFirst() : "'" + expected
                    #expect(CSVWriter.render(.text(cell)) == neutral, "length \(length), \(special.debugDescription) at \(position)")
                    #expect(CSVWriter.render(.utf8(Array(cell.utf8))) == neutral)
                }
            }
        }
    }

    @Test("a quote followed by a combining mark (one Character) is still doubled inside the quoted field")
    func quoteWithCombiningMark() {
        var w = CSVWriter()
        w.row([.text("say \"\u{301}hi")])
        #expect(Array(w.output.utf8) == Array("\"say \"\"\u{301}hi\"\r\n".utf8))
    }

    @Test("JSON strings escape quotes, backslashes and control characters, and keep other characters")
    func jsonStrings() {
        #expect(JSONText.string("a\"b\\c\nd\u{01}é€") == "\"a\\\"b\\\\c\\nd\\u0001é€\"")
        #expect(JSONText.number(2760000) == "2760000")
        #expect(JSONText.number(33.5) == "33.5")
    }

    @Test("a number is spelled as a whole number when it is one (below 9e15), else as Swift's shortest exact form")
    func numberSpelling() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [0, -0.0, 1, -1, 0.1, 1e-7, 1e16, 8.99e15, 9.1e15, -2.5, 5e-324, .greatestFiniteMagnitude,
                                2_760_000, 1234567.123456, 62.5, -0.000123, .nan, .infinity, -.infinity]
        for _ in 0..<2000 {
            values.append(Double(bitPattern: generator.next()))
            values.append(Double.random(in: -1e7...1e7, using: &generator))
        }
        for v in values {
            let expected = !v.isFinite ? "null" : v == v.rounded() && abs(v) < 9.0e15 ? String(Int64(v)) : v.description
            #expect(JSONText.number(v) == expected, "\(v.bitPattern)")
            #expect(CSVWriter.render(.number(v)) == expected)
        }
    }

    @Test("a claim line has exactly the schema's fields in the schema's order")
    func claimLine() {
        let c = Claim(doc: "s02.txt", published: Day("2024-07-03"), span: Span(start: 10, end: 27), text: "2.76 million tons",
                      entity: "Middle Corridor", counterpart: nil, metric: .freightVolume, kind: .level, value: 2_760_000,
                      unit: .tonnes, period: .year(2023), basePeriod: nil, bound: .atLeast)
        #expect(ClaimJSONLines.line(c) == #"{"doc":"s02.txt","published":"2024-07-03","span":[10,27],"text":"2.76 million tons","entity":"Middle Corridor","counterpart":null,"metric":"freight_volume","kind":"level","value":2760000,"unit":"t","period":"2023","base_period":null,"bound":"at_least"}"#)
    }

    @Test("every kind and bound is written with its schema spelling; an other: metric keeps its slug, escaped")
    func claimLineSpellings() {
        for kind in Kind.allCases {
            for bound in Bound.allCases {
                let c = Claim(doc: "d\"1.txt", published: nil, span: Span(start: 0, end: 3), text: "5\u{2028}%",
                              entity: "X", counterpart: "Y", metric: .other("cargo\\box"), kind: kind, value: 0.5,
                              unit: .percent, period: nil, basePeriod: nil, bound: bound)
                let line = ClaimJSONLines.line(c)
                #expect(line.contains("\"kind\":\"\(kind.rawValue)\","))
                #expect(line.hasSuffix("\"bound\":\"\(bound.rawValue)\"}"))
                #expect(line.contains("\"metric\":" + JSONText.string(c.metric.rawValue) + ","))
                #expect(line.hasPrefix("{\"doc\":\"d\\\"1.txt\",\"published\":null,\"span\":[0,3],\"text\":\"5\\u2028%\","))
                #expect(line.contains("\"counterpart\":\"Y\",") && line.contains("\"value\":0.5,"))
            }
        }
    }
}
