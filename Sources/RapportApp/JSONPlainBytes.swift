/// Whether a string's UTF-8 can go into JSON as it is: printable ASCII only, without `"` or
/// `\`. Tested eight bytes at a time: a review writes 3 MB of JSON, and the test a byte at a
/// time was a quarter of writing it (then the bytes after the last whole word were still a
/// fifth).
enum JSONPlainBytes {
    static func contains(only bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        if count < 8 {
            // Padded with a plain byte to one word: a short string is one test, not a loop.
            var word = ones &* UInt64(UInt8(ascii: "a"))
            withUnsafeMutableBytes(of: &word) { $0.baseAddress!.copyMemory(from: base, byteCount: count) }
            return isPlain(word)
        }
        let start = UnsafeRawPointer(base)
        var flags: UInt64 = 0
        var index = 0
        while index + 8 < count {
            flags |= unplainBits(start.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        // The last word ends at the last byte, overlapping the one before it.
        flags |= unplainBits(start.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        return flags == 0
    }

    static func isPlain(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x5C
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// No byte of `word` below 0x20, above 0x7E, `"` or `\`.
    static func isPlain(_ word: UInt64) -> Bool { unplainBits(word) == 0 }

    /// Not zero when some byte of `word` is below 0x20, above 0x7E, `"` or `\`, by the usual
    /// bit tricks: a byte below n sets its high bit in (x - n) & ~x; above 0x7E, in (x + 1) | x;
    /// equal to c, in the below-1 test of x ^ c. (A borrow or carry may set the bits of later
    /// bytes too, but only after a byte that sets its own.) Words' bits can be or-ed together.
    private static func unplainBits(_ word: UInt64) -> UInt64 {
        let below = (word &- ones &* 0x20) & ~word
        let above = (word &+ ones) | word
        let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
        let equal = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        return (below | above | equal) & highs
    }
}
