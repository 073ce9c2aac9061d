import Foundation
import Testing
@testable import RapportApp

/// The demo network is compiled into the binary as Swift values (`DemoNetwork+Data.swift`), made
/// from Resources/demo-network.json, the file a person reads and edits. After editing it, run
/// `RECORD_DEMO=1 swift test --filter DemoNetworkTests` to write the Swift file again.
@Suite struct DemoNetworkTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let resource = root.appendingPathComponent("Resources/demo-network.json")
    static let compiled = root.appendingPathComponent("Sources/RapportApp/DemoNetwork+Data.swift")

    @Test func theCompiledCopyIsTheResourceFile() throws {
        let decoded = try JSONDecoder().decode(DemoNetwork.self, from: Data(contentsOf: Self.resource))
        let source = Self.swiftSource(of: decoded)
        if ProcessInfo.processInfo.environment["RECORD_DEMO"] != nil {
            try source.write(to: Self.compiled, atomically: true, encoding: .utf8)
        }
        #expect(try String(contentsOf: Self.compiled, encoding: .utf8) == source, "run RECORD_DEMO=1 swift test --filter DemoNetworkTests")
        #expect(DemoNetwork.bundled == decoded)
        #expect(DemoNetwork.bundled.colleagues.count == 26)
    }

    @Test func literalsKeepWhatSwiftWouldEscape() {
        #expect(Self.literal("a \"b\" \\ c\n") == #""a \"b\" \\ c\n""#)
        #expect(Self.literal(["x", nil, 2] as [Any?]) == #"["x", nil, 2]"#)
    }

    static func swiftSource(of network: DemoNetwork) -> String {
        """
        // Generated from Resources/demo-network.json by `RECORD_DEMO=1 swift test --filter DemoNetworkTests`.
        // Do not edit: edit the JSON, then run that.

        import PeerNetwork

        extension DemoNetwork {
            static let bundled = \(literal(network, indent: "    "))
        }

        """
    }

    /// A Swift expression for `value`: structs by their memberwise initializers (fields that are
    /// nil left out), enums by case, one array element or field a line.
    static func literal(_ value: Any?, indent: String = "") -> String {
        guard let value = unwrapped(value) else { return "nil" }
        let mirror = Mirror(reflecting: value)
        let inner = indent + "    "
        switch value {
        case let text as String:
            let escaped = text.unicodeScalars.map { scalar -> String in
                switch scalar {
                case "\"": return "\\\""
                case "\\": return "\\\\"
                case "\n": return "\\n"
                default: return scalar.isASCII && scalar.value < 0x20 ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
                }
            }.joined()
            return "\"\(escaped)\""
        case is Int, is Double, is Bool: return "\(value)"
        default: break
        }
        switch mirror.displayStyle {
        case .collection?:
            let elements = mirror.children.map { literal($0.value, indent: inner) }
            if elements.isEmpty { return "[]" }
            if mirror.children.allSatisfy({ unwrapped($0.value).map { $0 is String || $0 is Int || $0 is Double } ?? true }) {
                return "[" + elements.joined(separator: ", ") + "]"
            }
            return "[\n" + elements.map { inner + $0 + ",\n" }.joined() + indent + "]"
        case .enum?: return ".\(value)"
        default:
            let fields = mirror.children.compactMap { child -> String? in
                guard let label = child.label, unwrapped(child.value) != nil else { return nil }
                return "\(label): \(literal(child.value, indent: indent))"
            }
            return "\(type(of: value))(" + fields.joined(separator: ", ") + ")"
        }
    }

    private static func unwrapped(_ value: Any?) -> Any? {
        guard let value else { return nil }
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.flatMap { unwrapped($0.value) }
    }
}
