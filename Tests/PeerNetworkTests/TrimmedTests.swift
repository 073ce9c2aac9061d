import Foundation
import PeerNetwork
import Testing

/// `trimmed` skips Foundation when neither end is white space; it must trim exactly what
/// Foundation trims, for every scalar either of them calls white space.
@Suite struct TrimmedTests {
    @Test func trimsWhatFoundationTrims() {
        let candidates = (0...0x3000).compactMap(Unicode.Scalar.init).filter {
            $0.properties.isWhitespace || CharacterSet.whitespacesAndNewlines.contains($0)
        }
        #expect(candidates.count > 20)
        for scalar in candidates {
            let space = String(Character(scalar))
            for text in [space + "Dana", "Dana" + space, space + "Dana" + space, space, "Da" + space + "na"] {
                #expect(text.trimmed == text.trimmingCharacters(in: .whitespacesAndNewlines), "U+\(String(scalar.value, radix: 16))")
            }
        }
        #expect("".trimmed == "")
        #expect("Dana Whitfield".trimmed == "Dana Whitfield")
    }
}
