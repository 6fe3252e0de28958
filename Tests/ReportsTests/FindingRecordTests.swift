@testable import Analysis
import Claims
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Reports

/// A finding as a traceable record: JSON Lines with its claims and reference rows, the same content flattened in CSV,
/// and under each finding in report.txt and report.html, every piece of source text escaped.
@Suite("Traceable finding records")
struct FindingRecordTests {
    static let sentence = "Freight rose <script>alert(\"x\")</script> & reached \"4.5 million tons\" in 2024."

    static func claim() -> StoredClaim {
        StoredClaim(claim: Claim(doc: "a.txt", published: Day("2025-05-14"), span: Span(start: 51, end: 67), text: "4.5 million tons",
                                 entity: "Middle Corridor", counterpart: nil, metric: .freightVolume, kind: .level, value: 4.5e6,
                                 unit: .tonnes, period: .year(2024), basePeriod: nil, bound: .exact, quote: sentence),
                    path: "docs/a.txt", title: nil, interval: ValueInterval(lo: 4.45e6, hi: 4.55e6))
    }

    static func row(source: String = "KZ Ministry", url: String? = "https://example.org/a?b=1&c=2") -> ReferenceValue {
        ReferenceValue(source: source, entity: "Middle Corridor", metric: .freightVolume, period: .year(2024), value: 4.1e6,
                       unit: .tonnes, url: url, bound: .atLeast, basis: "seaports only")
    }

    static func finding(source: String = "KZ Ministry", url: String? = "https://example.org/a?b=1&c=2") -> Finding {
        Finding(kind: .referenceSeries, severity: .conflict, subject: "Middle Corridor freight_volume (t)",
                evidence: [Evidence(claim()), Evidence(reference: row(source: source, url: url))], expectedLow: 4.09e6, expectedHigh: nil,
                stated: 4.5e6, statedLow: 4.45e6, statedHigh: 4.55e6, unit: .tonnes, tolerance: "t", message: "m",
                rule: "level_vs_reference")
    }

    static func target() -> Finding {
        Finding(kind: .targetFeasibility, severity: .tension, subject: "Middle Corridor freight_volume (t)", evidence: [Evidence(claim())],
                expectedLow: 5, expectedHigh: 12, stated: 30.5, statedLow: 30.2, statedHigh: 30.8, unit: .percent, tolerance: "t",
                message: "target 10 mn by 2027 — above historical growth", assessment: .aboveHistoricalGrowth, rule: "target_feasibility")
    }

    @Test("a JSON record parses and names its claims (doc, span, text, sentence) and reference rows (source, period, value, unit, bound, basis, url)")
    func jsonRecord() throws {
        let line = FindingTable.jsonl([Self.finding()])
        #expect(line.hasSuffix("}\n") && line.filter { $0 == "\n" }.count == 1)
        let r = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(r["severity"] as? String == "conflict" && r["verdict"] as? String == "conflict")
        #expect(r["kind"] as? String == "reference_series" && r["rule"] as? String == "level_vs_reference")
        #expect(r["subject"] as? String == "Middle Corridor freight_volume (t)" && r["message"] as? String == "m")
        #expect(r["evidence"] == nil)
        let claims = try #require(r["claims"] as? [[String: Any]])
        #expect(claims.count == 1)
        #expect(claims[0]["doc"] as? String == "a.txt" && claims[0]["text"] as? String == "4.5 million tons")
        #expect(claims[0]["span"] as? [Int] == [51, 67] && claims[0]["sentence"] as? String == Self.sentence)
        #expect(claims[0]["period"] as? String == "2024" && claims[0]["value"] as? Double == 4.5e6)
        #expect(claims[0]["bound"] as? String == "exact" && claims[0]["basis"] as? String == "standard")
        #expect((claims[0]["settled"] as? [String: String]) == ["entity": "stated", "period": "stated"])
        let reference = try #require(r["reference"] as? [[String: Any]])
        #expect(reference.count == 1)
        #expect(reference[0]["source"] as? String == "KZ Ministry" && reference[0]["period"] as? String == "2024")
        #expect(reference[0]["value"] as? Double == 4.1e6 && reference[0]["unit"] as? String == "t")
        #expect(reference[0]["bound"] as? String == "at_least" && reference[0]["basis"] as? String == "seaports only")
        #expect(reference[0]["url"] as? String == "https://example.org/a?b=1&c=2")
        let expected = try #require(r["expected"] as? [String: Any]), stated = try #require(r["stated"] as? [String: Any])
        #expect(expected["low"] as? Double == 4.09e6 && expected["high"] is NSNull)
        let interval = try #require(expected["interval"] as? [Any])
        #expect(interval.count == 2 && interval[0] as? Double == 4.09e6 && interval[1] is NSNull)
        #expect(stated["value"] as? Double == 4.5e6 && stated["interval"] as? [Double] == [4.45e6, 4.55e6])
        #expect(r["expected_low"] as? Double == 4.09e6)
    }

    @Test("a target's record says its assessment as its verdict, never conflict")
    func targetRecord() throws {
        let r = try #require(try JSONSerialization.jsonObject(with: Data(FindingTable.jsonl([Self.target()]).utf8)) as? [String: Any])
        #expect(r["verdict"] as? String == "above_historical_growth" && r["severity"] as? String == "tension")
        #expect(r["rule"] as? String == "target_feasibility")
    }

    @Test("CSV: one row per finding, every row as wide as the header, claims and reference rows in a cell each")
    func csvRows() {
        let csv = FindingTable.csv([Self.finding(), Self.target()])
        let rows = CSVCells.parse(csv)
        #expect(rows.count == 3)
        #expect(rows[0] == FindingTable.columns)
        #expect(rows.allSatisfy { $0.count == FindingTable.columns.count })
        let header = rows[0], first = rows[1]
        func cell(_ name: String, _ row: [String] = first) -> String { row[header.firstIndex(of: name)!] }
        #expect(cell("verdict") == "conflict" && cell("rule") == "level_vs_reference")
        #expect(cell("stated_low") == "4450000" && cell("stated_high") == "4550000" && cell("expected_high") == "")
        #expect(cell("claims").contains("a.txt [51–67] “4.5 million tons”") && cell("claims").contains(Self.sentence))
        #expect(cell("reference").contains("KZ Ministry: 2024 = 4100000 t (at_least, seaports only basis) https://example.org/a?b=1&c=2"))
        #expect(cell("verdict", rows[2]) == "above_historical_growth")
    }

    @Test("CSV: a reference source that starts with = is neutralised, through the CSV writer")
    func csvFormulaSafe() {
        let csv = FindingTable.csv([Self.finding(source: "=HYPERLINK(\"http://x\")")])
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\"): 2024"))
        #expect(!csv.contains(",=HYPERLINK"))
    }

    @Test("text: under each finding its verdict, intervals and rule, each claim's document, span and sentence, each row's source to URL")
    func text() {
        let t = FindingTable.text([Self.finding()])
        #expect(t.contains("verdict: conflict; expected [at least 4.09 mn t]; stated 4.5 mn t [4.45 mn t, 4.55 mn t]; rule level_vs_reference"))
        #expect(t.contains("· claim a.txt [51–67] “4.5 million tons” (2024, exact, standard basis) in: " + Self.sentence))
        #expect(t.contains("· reference KZ Ministry: 2024 = 4100000 t (at_least, seaports only basis) https://example.org/a?b=1&c=2"))
    }

    @Test("text and report.txt: a target assessment stands in a group of its own, in its own words, counted apart from conflicts")
    func targetText() {
        let t = FindingTable.text([Self.target()])
        #expect(t.hasPrefix("TARGET ASSESSMENTS (1)\n"))
        #expect(t.contains("verdict: needs faster growth than history"))
        #expect(!t.contains("TENSION") && !t.contains("CONFLICT"))
        var data = ReportRenderingTests.data()
        data.findings = [Self.target()]
        #expect(TextReport.render(data).contains("findings: 0 conflict, 0 tension, 0 consistent, 0 not checked; 1 target assessments"))
        #expect(HTMLReport.render(data).contains("<td class=\"assessment\">needs faster growth than history</td>"))
    }

    @Test("HTML: a sentence holding <script>, quotes and & is escaped, the figure marked, an https address a link and a javascript: one text")
    func html() throws {
        var data = ReportRenderingTests.data()
        data.findings = [Self.finding(), Self.finding(url: "javascript:alert(1)")]
        let html = HTMLReport.render(data)
        #expect(!html.contains("<script>"))
        #expect(html.contains("Freight rose &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; reached &quot;<mark>4.5 million tons</mark>&quot; in 2024."))
        #expect(html.contains("<b>a.txt</b> [51–67] (2024)"))
        #expect(html.contains("<a href=\"https://example.org/a?b=1&amp;c=2\">https://example.org/a?b=1&amp;c=2</a>"))
        #expect(!html.contains("href=\"javascript:") && html.contains(" javascript:alert(1)</div>"))
        #expect(html.contains("4100000 t (at_least, seaports only basis)"))
        let parser = XMLParser(data: Data(html.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    }
}

/// A small RFC 4180 reader for the tests: quoted cells with doubled quotes, commas and line breaks inside, CRLF rows.
enum CSVCells {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { cell.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
                } else { cell.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { row.append(cell); cell = ""
            } else if c == "\r" { continue
            } else if c == "\n" { row.append(cell); rows.append(row); row = []; cell = ""
            } else { cell.unicodeScalars.append(c) }
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows
    }
}
