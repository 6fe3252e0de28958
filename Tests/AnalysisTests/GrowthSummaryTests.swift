import Claims
import Testing
@testable import Analysis

/// Growth summaries of stored series: year on year, CAGR, trend, and what cannot be computed.
@Suite("Growth summaries")
struct GrowthSummaryTests {
    static func point(_ year: Int, _ value: Double, unit: Claims.Unit = .tonnes, counterpart: String? = nil) -> SeriesPoint {
        SeriesPoint(entity: "Middle Corridor", counterpart: counterpart, metric: .freightVolume, unit: unit,
                    period: .year(year), stated: [], consensus: value, interval: ValueInterval(lo: nil, hi: nil),
                    sources: 1, disagree: false)
    }

    @Test("consecutive years give year-on-year changes; first to last gives the CAGR; three or more give a trend")
    func full() throws {
        let g = GrowthSummary.all(from: [Self.point(2021, 0.84e6), Self.point(2023, 2.76e6), Self.point(2024, 4.5e6)])
        #expect(g.count == 1)
        #expect(g[0].yearOnYear.count == 1 && g[0].yearOnYear[0].year == 2024)
        #expect(abs(g[0].yearOnYear[0].change - (4.5 / 2.76 - 1)) < 1e-12)
        #expect(abs(g[0].cagr!.rate - (Foundation.pow(4.5 / 0.84, 1.0 / 3) - 1)) < 1e-12)
        #expect(g[0].trend != nil)
    }

    @Test("bilateral series, units and rates are kept apart; a single year says why nothing is computed")
    func apart() {
        let g = GrowthSummary.all(from: [
            Self.point(2023, 1), Self.point(2024, 2), Self.point(2024, 3, unit: .teu),
            Self.point(2024, 62, unit: .percent), Self.point(2024, 5, counterpart: "China"),
        ])
        #expect(g.count == 3)
        #expect(g.first { $0.unit == .teu }?.notes == ["one year only: no growth can be computed"])
        #expect(g.contains { $0.counterpart == "China" })
    }
}

import Foundation
