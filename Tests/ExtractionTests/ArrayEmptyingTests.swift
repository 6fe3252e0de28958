import Testing
@testable import Extraction

/// `Array.empty()`: the per-sentence lists are emptied without giving up their storage.
@Suite("Array emptying")
struct ArrayEmptyingTests {
    @Test("empty() leaves no element and keeps the storage, for short lists (removed one by one) and long ones",
          arguments: [0, 1, 2, 8, 9, 100])
    func emptiesAndKeepsCapacity(count: Int) {
        var numbers = Array(0..<count)
        numbers.reserveCapacity(128)
        let capacity = numbers.capacity
        numbers.empty()
        #expect(numbers.isEmpty)
        #expect(numbers.capacity == capacity)
        numbers.append(7)
        #expect(numbers == [7])
    }

    @Test("empty() releases elements that hold references (strings, periods), and a shared list stays intact")
    func releasesAndCopiesOnWrite() {
        var words = (0..<5).map { "word number \($0) that is too long to be stored inline" }
        let shared = words
        words.empty()
        #expect(words.isEmpty)
        #expect(shared.count == 5)
        #expect(shared[4] == "word number 4 that is too long to be stored inline")
    }
}
