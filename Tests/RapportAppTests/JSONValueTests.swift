import Foundation
import PeerNetwork
import PropertyBased
import Testing
@testable import RapportApp

@Suite struct JSONValueTests {
    @Test func numbersAndStringsAreWrittenAsBefore() {
        #expect(JSONValue.int(0).rendered() == "0")
        #expect(JSONValue.int(-5).rendered() == "-5")
        #expect(JSONValue.int(1_234_567_890).rendered() == "1234567890")
        #expect(JSONValue.int(.min).rendered() == "-9223372036854775808")
        #expect(JSONValue.int(.max).rendered() == "9223372036854775807")
        #expect(JSONValue.double(42).rendered() == "42")
        #expect(JSONValue.double(-0.125).rendered() == "-0.125")
        #expect(JSONValue.string("plain text, twelve+ bytes").rendered() == "\"plain text, twelve+ bytes\"")
        #expect(JSONValue.string("a \"quote\" and a \\ back\tslash, Zoë\u{1B}").rendered() == #""a \"quote\" and a \\ back\tslash, Zoë\u001b""#)
        #expect(JSONValue.object([("n", .array([.null, .bool(true)]))]).rendered() == "{\n  \"n\": [\n    null,\n    true\n  ]\n}")
    }

    /// Plain ASCII goes out whole and anything else a scalar at a time: texts of either kind,
    /// and mixed, parse back to themselves, with no raw control character on the way.
    @Test func everyTextParsesBackToItself() async throws {
        let pieces = ["plain", " ", "Zoë", "\"", "\\", "\n", "\u{1B}[2J", "\u{7F}", "\u{0}", "\u{2028}", "👩‍💻", "~", "}"]
        await propertyCheck(count: 300, input: Gen.element(of: pieces).map { $0 ?? "" }.array(of: 0...8).map { $0.joined() }) { text in
            let rendered = JSONValue.array([.string(text)]).rendered()
            #expect(!rendered.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F })
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String])
            #expect(parsed == [text])
        }
    }
}
