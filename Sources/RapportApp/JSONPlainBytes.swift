/// Whether a string's UTF-8 can go into JSON as it is: printable ASCII only, without `"` or
/// `\`. Tested eight bytes at a time: a review writes 3 MB of JSON, and the test a byte at a
/// time was a quarter of writing it.
enum JSONPlainBytes {
    static func contains(only bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var index = 0
        while index + 8 <= bytes.count {
            if !isPlain(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) { return false }
            index += 8
        }
        while index < bytes.count {
            if !isPlain(bytes[index]) { return false }
            index += 1
        }
        return true
    }

    static func isPlain(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x5C
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// No byte of `word` below 0x20, above 0x7E, `"` or `\`, by the usual bit tricks: a byte
    /// below n sets its high bit in (x - n) & ~x; above 0x7E, in (x + 1) | x; equal to c, in
    /// the below-1 test of x ^ c.
    static func isPlain(_ word: UInt64) -> Bool {
        let below = (word &- ones &* 0x20) & ~word
        let above = (word &+ ones) | word
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        let equal = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        return (below | above | equal) & highs == 0
    }
}
