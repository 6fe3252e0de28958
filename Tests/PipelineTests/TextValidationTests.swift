import Testing
@testable import Pipeline

/// The check of raw bytes before they become a document, which skips over plain ASCII a word at a time.
@Suite("Text validation")
struct TextValidationTests {
    @Test("a NUL or a bad byte is found at every offset, after plain and multi-byte text alike, with its line")
    func findsFirstProblemAnywhere() {
        for offset in 0..<48 {
            // Plain text with a newline every 10 bytes and an é (two bytes) every 7: the word loop meets blocks
            // that are plain, blocks with a valid non-ASCII character, and the block with the problem.
            var bytes: [UInt8] = []
            var lines = 1
            while bytes.count < offset {
                if bytes.count % 10 == 9 {
                    bytes.append(0x0A)
                    lines += 1
                } else if bytes.count % 7 == 3, bytes.count + 2 <= offset {
                    bytes += [0xC3, 0xA9]
                } else {
                    bytes.append(0x61)
                }
            }
            let tail = Array(repeating: UInt8(0x62), count: 40)
            for (bad, expected) in [(UInt8(0), InputError.binary(path: "p", line: lines)),
                                    (0xFF, InputError.invalidUTF8(path: "p", line: lines))] {
                let text = bytes + [bad] + tail
                #expect(text.withUnsafeBufferPointer { TextValidation.problem(in: $0, path: "p") } == expected,
                        "offset \(offset)")
            }
            let clean = bytes + tail
            #expect(clean.withUnsafeBufferPointer { TextValidation.problem(in: $0, path: "p") } == nil, "offset \(offset)")
        }
    }
}
