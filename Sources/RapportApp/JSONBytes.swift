import Foundation

/// The bytes JSON is written into: one block grown by doubling. `Array`'s
/// `append(contentsOf:)` spent about a hundred instructions a call, with its uniqueness check,
/// before it copied a byte, and a review's JSON makes 150,000 such appends.
final class JSONBytes {
    // malloc and realloc, not Swift's allocate: a block past malloc's mmap threshold grows by
    // mremap, without copying it or touching new pages twice.
    private var start: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 4_096) {
        self.capacity = max(capacity, 16)
        start = Self.reallocated(nil, to: self.capacity)
    }

    deinit { free(start) }

    func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: 1) }
        start[count] = byte
        count += 1
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if capacity - count < bytes.count { grow(toHold: bytes.count) }
        (start + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    func append(repeating byte: UInt8, count repeats: Int) {
        guard repeats > 0 else { return }
        if capacity - count < repeats { grow(toHold: repeats) }
        (start + count).update(repeating: byte, count: repeats)
        count += repeats
    }

    func removeAll() { count = 0 }

    /// The bytes written so far, valid until the next append or `removeAll`.
    var written: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: start, count: count) }

    private func grow(toHold extra: Int) {
        var newCapacity = capacity * 2
        while newCapacity - count < extra { newCapacity *= 2 }
        start = Self.reallocated(start, to: newCapacity)
        capacity = newCapacity
    }

    private static func reallocated(_ block: UnsafeMutablePointer<UInt8>?, to capacity: Int) -> UnsafeMutablePointer<UInt8> {
        guard let grown = realloc(block, capacity) else { fatalError("out of memory for \(capacity) bytes of JSON") }
        return grown.assumingMemoryBound(to: UInt8.self)
    }
}
