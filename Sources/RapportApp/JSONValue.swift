import Foundation
import TerminalUI

/// The JSON that `--json` prints: keys in a fixed order, `null` for unknown values, and
/// controls, DEL, C1 and bidi overrides escaped as `\uXXXX`, so the output is faithful to the
/// data yet safe to print in a terminal.
public enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// `value` already written at `indent` (on another thread, say): those bytes go out where
    /// it sits at that depth, and the value is written afresh anywhere else.
    indirect case written(JSONValue, indent: Int, text: WrittenText)

    /// `value` written now, at the depth it will have in the tree it goes into.
    static func writtenAhead(_ value: JSONValue, indent: Int) -> JSONValue {
        var out = JSONOutput(streamingTo: nil)
        value.write(into: &out, indent: indent)
        return .written(value, indent: indent, text: WrittenText(bytes: out.bytes))
    }

    /// The bytes of a value written ahead, kept in the block they were written into (a
    /// review's insights are 1.3 MB: a copy was 330 more pages to fault in).
    public struct WrittenText: @unchecked Sendable {
        /// Never appended to once it is here, so threads may share it.
        fileprivate let bytes: JSONBytes
    }

    public static func optional<T>(_ value: T?, _ wrap: (T) -> JSONValue) -> JSONValue {
        value.map(wrap) ?? .null
    }

    public static func date(_ date: Date?) -> JSONValue {
        optional(date) { .string(ISO8601DateFormatter.rapport.string(from: $0)) }
    }

    /// Scores are rounded to three decimals so that output is stable across platforms.
    public static func score(_ value: Double?) -> JSONValue {
        optional(value) { .double(($0 * 1000).rounded() / 1000) }
    }

    public func rendered(indent: Int = 0) -> String {
        var out = JSONOutput(streamingTo: nil)
        write(into: &out, indent: indent)
        return String(decoding: out.bytes.written, as: UTF8.self)
    }

    /// Writes the JSON and a newline to standard output as bytes, never as one String: a 3 MB
    /// review made into one would be checked as UTF-8 and copied twice more on the way out.
    /// A command's output is the last thing it makes, so the value is then kept, not freed:
    /// freeing a review's tree node by node cost 20 M of `review --json`'s 536 M instructions,
    /// and the process hands all its memory back at exit anyway.
    public consuming func printLine() {
        // What print() buffered goes first.
        fflush(nil)
        try? write(to: .standardOutput)
        _ = Unmanaged.passRetained(Printed(value: self))
    }

    /// The JSON and a newline written to `handle` as it is made, a chunk at a time; throws the
    /// first write's error. `export --format json --output` at a million exchanges is 260 MB,
    /// which as one String and then Data took 520 MB more.
    public func write(to handle: FileHandle) throws {
        var out = JSONOutput(streamingTo: handle)
        write(into: &out, indent: 0)
        out.bytes.append(0x0A)
        out.flush()
        if let failure = out.failure { throw failure }
    }

    /// What `printLine` keeps to the end of the process.
    private final class Printed {
        let value: JSONValue
        init(value: JSONValue) { self.value = value }
    }

    /// Appends bytes to one buffer: a review of 10,000 colleagues is 3 MB of JSON, and
    /// joining nested strings copied it once a level. Printing, the buffer goes out after each
    /// array item that fills it, so the whole text is never in memory.
    private func write(into out: inout JSONOutput, indent: Int) {
        switch self {
        case .null: out.append("null")
        case .bool(let value): out.append(value ? "true" : "false")
        case .int(let value): out.append(value)
        case .double(let value):
            if value == value.rounded() && abs(value) < 1e15 { out.append(Int(value)) } else { out.bytes.append(String(value)) }
        case .string(let value): Self.quote(value, into: out.bytes)
        case .array(let items):
            guard !items.isEmpty else { out.append("[]"); return }
            for (index, item) in items.enumerated() { Self.writeItem(item, at: index, into: &out, indent: indent) }
            Self.closeArray(into: &out, indent: indent)
        case .object(let fields):
            guard !fields.isEmpty else { out.append("{}"); return }
            out.append("{\n")
            for (index, (key, value)) in fields.enumerated() {
                if index > 0 { out.append(",\n") }
                out.pad(indent + 1)
                Self.quote(key, into: out.bytes)
                out.append(": ")
                value.write(into: &out, indent: indent + 1)
            }
            out.bytes.append(0x0A)
            out.pad(indent)
            out.bytes.append(UInt8(ascii: "}"))
        case .written(let value, let writtenAt, let text):
            guard writtenAt == indent else { return value.write(into: &out, indent: indent) }
            out.bytes.append(text.bytes.written.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Item `index` of an array at `indent`: the bracket opens before the first, a comma
    /// comes before each other one.
    private static func writeItem(_ item: JSONValue, at index: Int, into out: inout JSONOutput, indent: Int) {
        out.append(index == 0 ? "[\n" : ",\n")
        out.pad(indent + 1)
        item.write(into: &out, indent: indent + 1)
        out.flushIfFull()
    }

    private static func closeArray(into out: inout JSONOutput, indent: Int) {
        out.bytes.append(0x0A)
        out.pad(indent)
        out.bytes.append(UInt8(ascii: "]"))
    }

    /// A top-level array printed as its items come, byte for byte as `array(items).printLine()`
    /// prints it: `rapport history --json` over a million exchanges reads and prints them a
    /// page at a time, never all in memory.
    public struct ArrayPrinter {
        private var out = JSONOutput(streamingTo: .standardOutput)
        private var count = 0

        public init() {
            // What print() buffered goes first.
            fflush(nil)
        }

        public mutating func append(_ item: JSONValue) {
            JSONValue.writeItem(item, at: count, into: &out, indent: 0)
            count += 1
        }

        /// Closes the array and ends the line.
        public mutating func finish() {
            if count == 0 { out.append("[]") } else { JSONValue.closeArray(into: &out, indent: 0) }
            out.bytes.append(0x0A)
            out.flush()
        }
    }

    public static func quote(_ text: String) -> String {
        let out = JSONBytes()
        quote(text, into: out)
        return String(decoding: out.written, as: UTF8.self)
    }

    private static func quote(_ text: String, into out: JSONBytes) {
        out.append(UInt8(ascii: "\""))
        // Most strings need no escape: copy them whole, checked in one pass over their bytes.
        var text = text
        let plain = text.withUTF8 { bytes in
            guard JSONPlainBytes.contains(only: bytes) else { return false }
            out.append(bytes)
            return true
        }
        if !plain {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out.append("\\\"")
                case "\\": out.append("\\\\")
                case "\n": out.append("\\n")
                case "\t": out.append("\\t")
                case "\r": out.append("\\r")
                default:
                    if TextSanitizer.needsReplacing(scalar) {
                        out.append(String(format: "\\u%04x", scalar.value))
                    } else {
                        out.append(String(scalar))
                    }
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

extension ISO8601DateFormatter {
    public nonisolated(unsafe) static let rapport: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = .current
        return formatter
    }()
}

/// Where JSON bytes collect: kept whole for `rendered()`, or sent to a file handle in pieces.
private struct JSONOutput {
    let bytes: JSONBytes
    /// Where full chunks go; nil keeps every byte (`rendered()`).
    let handle: FileHandle?
    /// The first write that failed; later chunks are dropped.
    private(set) var failure: (any Error)?

    init(streamingTo handle: FileHandle?) {
        self.handle = handle
        bytes = JSONBytes(capacity: handle == nil ? 4_096 : Self.chunk + 4_096)
    }

    static let chunk = 64 * 1_024

    func append(_ text: StaticString) { bytes.append(text) }

    /// Digits written in place: `String(value)` for each of a review's numbers cost a string
    /// and a copy of it.
    func append(_ value: Int) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var magnitude = value.magnitude
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 { start -= 1; buffer[start] = UInt8(ascii: "-") }
            bytes.append(UnsafeBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self) + start, count: buffer.count - start))
        }
    }

    func pad(_ indent: Int) { bytes.append(repeating: 0x20, count: 2 * indent) }

    mutating func flushIfFull() {
        if handle != nil && bytes.count >= Self.chunk { flush() }
    }

    mutating func flush() {
        guard let handle else { return }
        if failure == nil {
            do { try handle.write(contentsOf: bytes.written) } catch { failure = error }
        }
        bytes.removeAll()
    }
}
