import Foundation
import TerminalUI

/// The JSON that `--json` prints: keys in a fixed order, `null` for unknown values, and
/// controls, DEL, C1 and bidi overrides escaped as `\uXXXX`, so the output is faithful to the
/// data yet safe to print in a terminal.
public indirect enum JSONValue {
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

    public static func date(_ date: Date?) -> JSONValue {
        optional(date) { .string(ISO8601DateFormatter.rapport.string(from: $0)) }
    }

    /// Scores are rounded to three decimals so that output is stable across platforms.
    public static func score(_ value: Double?) -> JSONValue {
        optional(value) { .double(($0 * 1000).rounded() / 1000) }
    }

    public func rendered(indent: Int = 0) -> String {
        var out: [UInt8] = []
        write(into: &out, indent: indent)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends bytes to one buffer: a review of 10,000 colleagues is 3 MB of JSON, and
    /// joining nested strings copied it once a level.
    private func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let value): out += (value ? "true" : "false").utf8
        case .int(let value): out += String(value).utf8
        case .double(let value): out += (value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)).utf8
        case .string(let value): Self.quote(value, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]".utf8; return }
            out += "[\n".utf8
            for (index, item) in items.enumerated() {
                if index > 0 { out += ",\n".utf8 }
                Self.pad(&out, indent + 1)
                item.write(into: &out, indent: indent + 1)
            }
            out.append(0x0A)
            Self.pad(&out, indent)
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            guard !fields.isEmpty else { out += "{}".utf8; return }
            out += "{\n".utf8
            for (index, (key, value)) in fields.enumerated() {
                if index > 0 { out += ",\n".utf8 }
                Self.pad(&out, indent + 1)
                Self.quote(key, into: &out)
                out += ": ".utf8
                value.write(into: &out, indent: indent + 1)
            }
            out.append(0x0A)
            Self.pad(&out, indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func pad(_ out: inout [UInt8], _ indent: Int) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }

    public static func quote(_ text: String) -> String {
        var out: [UInt8] = []
        quote(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static func quote(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most strings need no escape: copy them whole.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x22 && $0 != 0x5C && $0 < 0x7F }) {
            out += text.utf8
        } else {
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\"".utf8
                case "\\": out += "\\\\".utf8
                case "\n": out += "\\n".utf8
                case "\t": out += "\\t".utf8
                case "\r": out += "\\r".utf8
                default:
                    if TextSanitizer.needsReplacing(scalar) {
                        out += String(format: "\\u%04x", scalar.value).utf8
                    } else {
                        out += String(scalar).utf8
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
