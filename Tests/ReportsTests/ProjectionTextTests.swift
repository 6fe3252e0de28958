import Analysis
import Testing
@testable import Reports

/// The projection as a reader sees it: the model and why, the intervals, and the warnings in plain words.
@Suite("Projection text")
struct ProjectionTextTests {
    @Test("four levels growing +74% a year to 2030: the text names the model and why, and warns of horizon and width")
    func fastFourLevels() {
        let r = Projector.project(years: [2021, 2022, 2023, 2024], levels: [4.0e6, 8.9e6, 11.5e6, 21.0e6], to: 2030, model: .auto)
        let text = ProjectionText.render(r, subject: "Corridor freight_volume", unit: "t")
        #expect(text.contains("model: log-linear trend (constant growth), chosen by --model auto"))
        #expect(text.contains("why: 4 yearly levels are too few to weigh a damped trend"))
        #expect(text.contains("95% interval:"))
        #expect(text.contains("warning: 2030 is 6 years past the last level (2024), further ahead than the data reach back (3 years, 2021–2024)"))
        #expect(text.contains("too wide to judge a target by"))
    }

    @Test("an explicit model is named without an auto reason, and a narrow near projection carries no warning")
    func explicitQuiet() {
        let r = Projector.project(years: [2020, 2021, 2022, 2023, 2024], levels: [10, 11, 12.2, 13.1, 14.6], to: 2025, model: .loglinear)
        let text = ProjectionText.render(r, subject: "X", unit: "t")
        #expect(text.contains("model: log-linear trend (constant growth)\n"))
        #expect(!text.contains("why:") && !text.contains("warning:"))
    }

    @Test("the text and HTML reports carry the projection's model and warnings; the HTML gives them as captions under the chart")
    func reports() {
        var data = ReportRenderingTests.data()
        data.projections = data.growth.map {
            SeriesProjection(entity: $0.entity, counterpart: nil, metric: $0.metric, unit: $0.unit,
                             result: Projector.project(years: $0.years, levels: $0.levels, to: 2031, model: .auto))
        }
        let text = TextReport.render(data)
        #expect(text.contains("(log-linear trend (constant growth)): "))
        #expect(text.contains("  warning: 2031 is 7 years past the last level (2024)"))
        let html = HTMLReport.render(data)
        #expect(html.contains("<p class=\"projection\" data-model=\"loglinear\">Projection to 2031: log-linear trend (constant growth). Why: 3 yearly levels are too few"))
        #expect(html.contains("<p class=\"projection warning\">Warning: 2031 is 7 years past the last level (2024)"))
    }

    @Test("projections.csv carries the model's reason and the warnings, flagged in columns a spreadsheet can filter on")
    func csvWarnings() {
        var data = ReportRenderingTests.data()
        data.projections = data.growth.map {
            SeriesProjection(entity: $0.entity, counterpart: nil, metric: $0.metric, unit: $0.unit,
                             result: Projector.project(years: $0.years, levels: $0.levels, to: 2031, model: .auto))
        }
        let csv = CSVReport.projections(data, excelBOM: false)
        let lines = csv.split(separator: "\r\n")
        #expect(lines.first?.hasSuffix(",note,why_model,beyond_data,too_wide_to_judge,warnings") == true)
        #expect(lines.count == 1 + data.projections.count)
        #expect(lines.dropFirst().allSatisfy { $0.contains(",true,") && $0.contains("2031 is 7 years past the last level (2024)") })
    }
}
