import Foundation
import PeerNetwork
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
}
