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

    public static func optional<T>(_ value: T?, _ wrap: (T) -> JSONValue) -> JSONValue {
        value.map(wrap) ?? .null
    }

    /// `2026-11-24T13:00:00+01:00`: `--json`'s times, to the second, in the user's time zone.
    static let localTime = Date.ISO8601FormatStyle(timeZone: .current)

    public static func date(_ date: Date?) -> JSONValue {
        optional(date) { .string(localTime.format($0)) }
    }

    /// Scores are rounded to three decimals so that output is stable across platforms.
    public static func score(_ value: Double?) -> JSONValue {
        optional(value) { .double(($0 * 1000).rounded() / 1000) }
    }

    public func rendered(indent: Int = 0) -> String {
        var out = JSONOutput(streamingTo: nil)
        write(into: &out, indent: indent)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// Writes the JSON and a newline to standard output as it is made.
    public func printLine() {
        // What print() buffered goes first.
        fflush(nil)
        try? write(to: .standardOutput)
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

    /// Appends bytes to one buffer, rather than joining nested strings (which copies the text
    /// once a level). Printing, the buffer goes out after each array item that fills it, so the
    /// whole text is never in memory.
    private func write(into out: inout JSONOutput, indent: Int) {
        switch self {
        case .null: out.append("null")
        case .bool(let value): out.append(value ? "true" : "false")
        case .int(let value): out.append(String(value))
        case .double(let value):
            out.append(value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value))
        case .string(let value): Self.quote(value, into: &out.bytes)
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
                Self.quote(key, into: &out.bytes)
                out.append(": ")
                value.write(into: &out, indent: indent + 1)
            }
            out.bytes.append(0x0A)
            out.pad(indent)
            out.bytes.append(UInt8(ascii: "}"))
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
        var out: [UInt8] = []
        quote(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Printable ASCII other than the quote and the backslash.
    private static func isPlain(_ bytes: Span<UInt8>) -> Bool {
        for index in bytes.indices {
            let byte = bytes[index]
            if byte < 0x20 || byte >= 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return false }
        }
        return true
    }

    private static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most texts are printable ASCII without a quote or a backslash: they go out whole.
        if Self.isPlain(text.utf8.span) {
            out.append(contentsOf: text.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        for scalar in text.unicodeScalars {
            // Printable ASCII other than the quote and the backslash goes out as it is.
            if scalar.value >= 0x20, scalar.value < 0x7F, scalar != "\"", scalar != "\\" {
                out.append(UInt8(scalar.value))
                continue
            }
            switch scalar {
            case "\"": out.append(contentsOf: "\\\"".utf8)
            case "\\": out.append(contentsOf: "\\\\".utf8)
            case "\n": out.append(contentsOf: "\\n".utf8)
            case "\t": out.append(contentsOf: "\\t".utf8)
            case "\r": out.append(contentsOf: "\\r".utf8)
            default:
                if TextSanitizer.needsReplacing(scalar) {
                    out.append(contentsOf: String(format: "\\u%04x", scalar.value).utf8)
                } else {
                    UTF8.encode(scalar) { out.append($0) }
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}


/// Where JSON bytes collect: kept whole for `rendered()`, or sent to a file handle in pieces.
private struct JSONOutput {
    var bytes: [UInt8] = []
    /// Where full chunks go; nil keeps every byte (`rendered()`).
    let handle: FileHandle?
    /// The first write that failed; later chunks are dropped.
    private(set) var failure: (any Error)?

    init(streamingTo handle: FileHandle?) {
        self.handle = handle
        bytes.reserveCapacity(handle == nil ? 4_096 : Self.chunk + 4_096)
    }

    static let chunk = 64 * 1_024

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func pad(_ indent: Int) { bytes.append(contentsOf: repeatElement(0x20, count: 2 * indent)) }

    mutating func flushIfFull() {
        if handle != nil && bytes.count >= Self.chunk { flush() }
    }

    mutating func flush() {
        guard let handle else { return }
        if failure == nil {
            do { try handle.write(contentsOf: bytes) } catch { failure = error }
        }
        bytes.removeAll(keepingCapacity: true)
    }
}
