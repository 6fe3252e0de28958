import Claims

/// One series' levels of the two periods a change or multiple links, stated and official, looked up once for all
/// the checks of that change.
struct LinkedLevels {
    var key: LevelIndex.SeriesKey
    var statedP: [Level]
    var statedB: [Level]
    var referenceP: [Level]
    var referenceB: [Level]

    init(_ key: LevelIndex.SeriesKey, period p: Period, base b: Period, _ index: LevelIndex) {
        self.key = key
        // Each series found once, both periods read from it.
        let stated = index.statedSeries(key), reference = index.referenceSeries(key)
        statedP = stated?.levels(of: p) ?? []
        statedB = stated?.levels(of: b) ?? []
        referenceP = reference?.levels(of: p) ?? []
        referenceB = reference?.levels(of: b) ?? []
    }

    /// Whether any reference row or any level of a document other than `doc` stands in either period.
    func hasOtherFigures(than doc: String) -> Bool {
        !referenceP.isEmpty || !referenceB.isEmpty
            || statedP.contains { $0.evidence.doc != doc } || statedB.contains { $0.evidence.doc != doc }
    }
}
