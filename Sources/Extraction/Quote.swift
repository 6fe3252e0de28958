/// A sentence as a finding quotes it: its text with each run of white space (line breaks included) made one space.
enum Quote {
    static func text(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { out in
            var n = 0
            var space = false
            for b in bytes {
                if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 {
                    space = n > 0
                    continue
                }
                if space { out[n] = 0x20; n += 1; space = false }
                out[n] = b
                n += 1
            }
            return n
        }
    }
}
