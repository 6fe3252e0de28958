import Analysis
import Claims
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Reports

/// Reports from hostile source text: CSV cells neutralised, HTML escaped and well-formed, every series charted.
@Suite("Report rendering")
struct ReportRenderingTests {
    static let hostile = "=HYPERLINK(\"http://x\")<script>alert(1)</script>&"

    static func data() -> ReportData {
        func stored(_ doc: String, _ text: String, _ v: Double, _ year: Int, kind: Kind = .level) -> StoredClaim {
            StoredClaim(claim: Claim(doc: doc, published: Day("2025-05-14"), span: Span(start: 0, end: text.count), text: text,
                                     entity: "Middle Corridor", counterpart: nil, metric: .freightVolume, kind: kind, value: v,
                                     unit: .tonnes, period: .year(year), basePeriod: nil, bound: .exact),
                        path: "docs/\(doc)", title: hostile, interval: ValueInterval(lo: v * 0.99, hi: v * 1.01))
        }
        let claims = [stored("a.txt", hostile, 2.76e6, 2023), stored("b.txt", "4.5 million tons", 4.5e6, 2024),
                      stored("c.txt", "840,000 tons", 0.84e6, 2021), stored("d.txt", "10 million tons", 10e6, 2030, kind: .target)]
        let points = SeriesBuilder.points(from: claims)
        let growth = GrowthSummary.all(from: points)
        let projections = growth.map {
            SeriesProjection(entity: $0.entity, counterpart: nil, metric: $0.metric, unit: $0.unit,
                             result: Projector.project(years: $0.years, levels: $0.levels, to: 2027, model: .loglinear))
        }
        return ReportData(generated: Day("2026-11-25")!, documents: 4, claims: claims, points: points, growth: growth,
                          projections: projections, findings: ConsistencyChecks.run(claims: claims, reference: []))
    }

    @Test("a quote that starts with = is neutralised in claims.csv; numbers, negative ones too, stay plain numbers")
    func csvInjection() {
        let files = CSVReport.files(Self.data(), excelBOM: false)
        let claims = files.first { $0.name == "claims.csv" }!.contents
        #expect(claims.contains("\"'=HYPERLINK(\"\"http://x\"\")<script>alert(1)</script>&\""))
        #expect(!claims.contains(",=HYPERLINK"))
        #expect(claims.contains(",2760000,"))
        #expect(claims.hasSuffix("\r\n"))
        let growth = files.first { $0.name == "growth.csv" }!.contents
        #expect(!growth.contains("'-") && !growth.contains("'+"))
    }

    @Test("a level implied by a hostile change claim is a derived row in series.csv and a hollow, escaped marker in the chart")
    func derivedPoint() throws {
        var data = Self.data()
        let change = StoredClaim(
            claim: Claim(doc: "b.txt", published: Day("2025-05-14"), span: Span(start: 40, end: 48), text: Self.hostile,
                         entity: "Middle Corridor", counterpart: nil, metric: .freightVolume, kind: .change, value: 125,
                         unit: .percent, period: .year(2024), basePeriod: .year(2022), bound: .exact),
            path: "docs/b.txt", title: nil, interval: ValueInterval(lo: 124.5, hi: 125.5))
        data.claims.append(change)
        data.derived = DerivedLevels.points(from: data.claims, stated: data.points)
        let series = CSVReport.files(data, excelBOM: false).first { $0.name == "series.csv" }!.contents
        // 4.5 Mt / 2.25 = 2 Mt for 2022, which no document states.
        #expect(series.contains("Middle Corridor,,freight_volume,2022,2000000,"))
        #expect(series.split(separator: "\r\n").filter { $0.contains(",yes,") }.count == 1)
        let html = HTMLReport.render(data)
        #expect(html.contains("class=\"derived\" data-year=\"2022\""))
        #expect(!html.contains("<script>"))
        let parser = XMLParser(data: Data(html.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
        #expect(parser.parse())
    }

    @Test("series_wide.csv has one column per year and numbers as numbers")
    func wide() {
        let wide = CSVReport.files(Self.data(), excelBOM: false).first { $0.name == "series_wide.csv" }!.contents
        #expect(wide.hasPrefix("entity,counterpart,metric,unit,2021,2023,2024\r\n"))
        #expect(wide.contains("Middle Corridor,,freight_volume,t,840000,2760000,4500000\r\n"))
    }

    @Test("the HTML escapes every piece of source text, parses as XML, and charts every series with its points")
    func html() throws {
        let html = HTMLReport.render(Self.data())
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;"))
        let body = html.replacingOccurrences(of: "<!DOCTYPE html>", with: "")
        let parser = XMLParser(data: Data(body.utf8))
        let counter = ChartCounter()
        parser.delegate = counter
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(counter.sections == 1 && counter.svgs == 1)
        #expect(counter.circles == 3)
        #expect(counter.targets == 1)
    }

    @Test("report.txt has the summary, the levels with units, year-on-year changes and the findings")
    func text() {
        let t = TextReport.render(Self.data())
        #expect(t.contains("Summary: 4 documents, 4 claims, 1 yearly series"))
        #expect(t.contains("4.50 Mt") && t.contains("+63.0%"))
        #expect(t.contains("== Findings =="))
    }
}

/// Counts the chart elements of a parsed report.
final class ChartCounter: NSObject, XMLParserDelegate {
    var sections = 0, svgs = 0, circles = 0, targets = 0
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch name {
        case "section" where attributes["class"] == "series": sections += 1
        case "svg": svgs += 1
        case "circle" where attributes["class"] == "stated": circles += 1
        case "path" where attributes["class"] == "target": targets += 1
        default: break
        }
    }
}
