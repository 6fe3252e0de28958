import Testing
@testable import Claims

/// The period shapes of the schema: parsing, printing, normalising and shifting.
@Suite("Periods")
struct PeriodTests {
    @Test("every allowed shape reads and prints back unchanged",
          arguments: ["2023", "2024-Q1", "2024-05", "2019/2024", "2023-01/2023-07", "2023-Q1/2023-Q3"])
    func roundTrip(_ text: String) {
        #expect(Period(text)?.description == text)
    }

    @Test("shapes the schema does not allow are refused",
          arguments: ["23", "2024-13", "2024-Q5", "2024/2023-05", "2024/2020", "2024-1", "", "2024/"])
    func refused(_ text: String) {
        #expect(Period(text) == nil)
    }

    @Test("January to December of one year is that year; one month is the month")
    func normalises() {
        #expect(Period.months(2020, 1, through: 2020, 12) == .year(2020))
        #expect(Period.months(2024, 5, through: 2024, 5) == .month(2024, 5))
        #expect(Period.months(2022, 1, through: 2022, 7).description == "2022-01/2022-07")
    }

    @Test("shifting keeps the shape: the same months a year earlier")
    func shifting() {
        #expect(Period("2024-01/2024-11")?.shifted(byYears: -1).description == "2023-01/2023-11")
        #expect(Period.quarter(2024, 2).shifted(byYears: -1) == .quarter(2023, 2))
    }

    @Test("a span's ends are points: every period but a span is one, and its ends give the span's years and months")
    func points() {
        for p: Period in [.year(2023), .quarter(2024, 1), .month(2024, 5)] { #expect(Period.Point(p)?.period == p) }
        let span = Period.years(2019, 2024)
        #expect(span == .span(.year(2019), .year(2024)))
        #expect(Period.Point(span) == nil)
        #expect(span.startYear == 2019 && span.endYear == 2024)
        let quarters = Period("2023-Q2/2024-Q1")!
        #expect(quarters.monthIndexRange == (2023 * 12 + 3)...(2024 * 12 + 2))
        #expect(quarters.isSameShape(as: .span(.quarter(2020, 1), .quarter(2020, 3))))
        #expect(!quarters.isSameShape(as: span))
    }

    @Test("publication dates are YYYY-MM-DD and real days")
    func days() {
        #expect(Day("2024-02-29")?.description == "2024-02-29")
        #expect(Day("2023-02-29") == nil)
        #expect(Day("2024-7-3") == nil)
    }

    @Test("metric names round-trip, other:SLUG included")
    func metrics() {
        for m in Metric.graded { #expect(Metric(rawValue: m.rawValue) == m) }
        #expect(Metric(rawValue: "other:emissions") == .other("emissions"))
        #expect(Metric(rawValue: "gdp growth") == nil)
    }
}
