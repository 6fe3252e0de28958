import Claims
import Testing
@testable import Extraction

/// Extraction holds units as one-byte codes; claims carry `Claims.Unit`. The two must say the same of each unit.
@Suite("Quantity units")
struct QuantityUnitTests {
    @Test("every quantity unit is a currency or freight exactly when its claim unit is, and no two share a spelling")
    func agreeWithClaimUnits() {
        for u in QuantityUnit.allCases {
            #expect(u.isCurrency == u.unit.isCurrency, "\(u)")
            #expect(u.isFreight == u.unit.isFreight, "\(u)")
        }
        #expect(Set(QuantityUnit.allCases.map(\.unit.rawValue)).count == QuantityUnit.allCases.count)
    }
}
