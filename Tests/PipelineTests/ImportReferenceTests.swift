import StoreSQLite
import Foundation
import Pipeline
import Store
import Testing

/// Importing official series: all rows or none, with the line and reason of the first bad row.
@Suite("import-reference")
struct ImportReferenceTests {
    static func file(_ text: String) throws -> String {
        let url = try Paths.temporaryFolder().appendingPathComponent("ref.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    static let good = "entity,metric,period,value,unit,source,note\r\n"
        + "Kazakhstan,gdp,2023,261421121086,USD,World Bank WDI,\"current US$, rounded\"\r\n"
        + "Middle Corridor,freight_volume,2024,4484000,t,KZ Ministry of Transport,\r\n"

    @Test("a good file is imported whole; importing the same dataset again replaces it")
    func importAndReplace() throws {
        let store = try SQLiteStore()
        let path = try Self.file(Self.good)
        let first = try ImportReferenceJob(path: path, dataset: "official").run(into: store)
        #expect(first.imported == 2 && first.replaced == 0)
        let again = try ImportReferenceJob(path: path, dataset: "official").run(into: store)
        #expect(again.replaced == 2)
        let values = try store.referenceValues()
        #expect(values.count == 2)
        #expect(values.first?.note == "current US$, rounded")
        #expect(values.first?.source == "World Bank WDI")
    }

    @Test("bad files are refused with the line and nothing stored changes", arguments: [
        ("entity,metric,value,unit\nKazakhstan,gdp,1,USD\n", "no 'period' column", 1),
        ("entity,metric,period,value,unit\nKazakhstan,gdp,2023,1,USD\nKazakhstan,gdp,2022,lots,USD\n", "not a number", 3),
        ("entity,metric,period,value,unit\nKazakhstan,happiness,2023,1,USD\n", "unknown metric", 2),
        ("entity,metric,period,value,unit\nKazakhstan,freight_volume,2023,1,USD\n", "does not fit", 2),
        ("entity,metric,period,value,unit\nKazakhstan,gdp,23,1,USD\n", "period", 2),
        ("entity,metric,period,value,unit,bound\nKazakhstan,gdp,2023,1,USD,exact\nKazakhstan,gdp,2022,1,USD,roughly\n",
         "bound 'roughly'", 3),
    ])
    func refused(_ input: (String, String, Int)) throws {
        let store = try SQLiteStore()
        _ = try ImportReferenceJob(path: try Self.file(Self.good), dataset: "official").run(into: store)
        let before = try store.referenceValues()
        let path = try Self.file(input.0)
        #expect {
            _ = try ImportReferenceJob(path: path, dataset: "official").run(into: store)
        } throws: { error in
            let text = "\(error)"
            return text.contains(input.1) && text.contains("\(path):\(input.2)")
        }
        #expect(try store.referenceValues() == before)
    }

    @Test("the shared official.csv imports whole", .enabled(if: Paths.hasShared))
    func sharedOfficial() throws {
        let store = try SQLiteStore()
        let path = Paths.shared.appendingPathComponent("reference/official.csv").path
        let summary = try ImportReferenceJob(path: path, dataset: "official").run(into: store)
        #expect(summary.imported == 113)
    }

    @Test("the bound and basis columns are stored and read back; a file without them reads as exact, usual basis")
    func boundAndBasis() throws {
        let store = try SQLiteStore()
        let path = try Self.file("entity,metric,period,value,unit,bound,basis,source\r\n"
            + "Middle Corridor,freight_volume,2023,2700000,t,at_least,,TITR Association\r\n"
            + "Middle Corridor,freight_volume,2024,3300000,t,exact,seaports only,TITR Association\r\n"
            + "Kazakhstan,fdi,2022,6100000000,USD,,net,UNCTAD\r\n")
        _ = try ImportReferenceJob(path: path, dataset: "official").run(into: store)
        let values = try store.referenceValues()
        #expect(values.map(\.bound) == [.atLeast, .exact, .exact])
        #expect(values.map(\.basis) == [nil, "seaports only", "net"])
        #expect(values.map(\.basisName) == ["standard", "seaports only", "net"])
        _ = try ImportReferenceJob(path: try Self.file(Self.good), dataset: "official").run(into: store)
        #expect(try store.referenceValues().allSatisfy { $0.bound == .exact && $0.basis == nil })
    }

    @Test("the shared official.csv keeps its hedges and bases", .enabled(if: Paths.hasShared))
    func sharedBounds() throws {
        let store = try SQLiteStore()
        let path = Paths.shared.appendingPathComponent("reference/official.csv").path
        _ = try ImportReferenceJob(path: path, dataset: "official").run(into: store)
        let values = try store.referenceValues()
        #expect(values.filter { $0.bound == .atLeast }.count == 3)
        #expect(values.filter { $0.basis == "seaports only" }.map(\.source) == ["TITR Association"])
        #expect(values.filter { $0.basis == nil }.count == 82)
    }
}
