import Claims

extension QuantityScanner {
    /// The words, tables and units the quantity scanner reads, gathered in one object so a scan pays one lazy
    /// global initialisation check per sentence instead of one per table or word access (`swift_once` on Linux).
    final class Rules: Sendable {
        static let shared = Rules()

        let numberWordStarts = Lexicon.numberWordStarts
        let afterNumberStarts = Lexicon.afterNumberStarts
        let cardinals = NumberWords.cardinalTable
        let scales = NumberWords.scaleTable
        let multipliers = NumberWords.multiplierTable
        let fractions = NumberWords.fractionTable
        let ordinalSuffixes = NumberWords.ordinalTable
        let unitSuffixes = Units.suffixTable
        let needsScaleOrGlue = Units.needsScaleOrGlue
        let nonQuantities = Units.nonQuantityTable
        let tonneKilometres = Units.tonneKilometreTable
        let currencyPrefixes = Money.prefixTable
        let currencySuffixes = Money.suffixTable
        let hedges = Hedges.table
        let hedgeEnds = Lexicon.hedgeEnds
        let approxSymbols = Hedges.approxSymbols
        let months = Periods.monthTable
        let periodOrdinals = Periods.ordinalTable
        let afterTime = NumberWords.afterTime
        let afterBareAmount = NumberWords.afterBareAmount
        let comparedWith = PhraseTable(NumberWords.comparedWith)

        let by = WordHash.of("by")
        let of = WordHash.of("of")
        let the = WordHash.of("the"), this = WordHash.of("this"), last = WordHash.of("last"), year = WordHash.of("year")
        let to = WordHash.of("to")
        let from = WordHash.of("from")
        let and = WordHash.of("and")
        let times = WordHash.of("times")
        let double = WordHash.of("double")
        let us = WordHash.of("us")
        let u = WordHash.of("u")
        let s = WordHash.of("s")
        let a = WordHash.of("a")
        let time = WordHash.of("time")
        let or = Word.or
        let fold = Word.fold
        let between = Word.between

        private init() {}
    }
}
