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
        statedP = index.statedLevels(key, p)
        statedB = index.statedLevels(key, b)
        referenceP = index.referenceLevels(key, p)
        referenceB = index.referenceLevels(key, b)
    }

    /// Whether any reference row or any level of a document other than `doc` stands in either period.
    func hasOtherFigures(than doc: String) -> Bool {
        !referenceP.isEmpty || !referenceB.isEmpty
            || statedP.contains { $0.evidence.doc != doc } || statedB.contains { $0.evidence.doc != doc }
    }
}
