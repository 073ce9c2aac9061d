import Foundation
import PeerNetwork
import Testing

/// `folded` lower-cases ASCII itself; it must give what Foundation's folding gives, for every
/// ASCII character, and still fold everything else through Foundation.
@Suite struct FoldedTests {
    static func foundation(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
    }

    @Test func asciiFoldsAsFoundationFoldsIt() {
        for value in 0..<0x80 {
            let character = String(Character(Unicode.Scalar(UInt8(value))))
            for text in [character, "Dana" + character + "WHITFIELD", character + character] {
                #expect(text.folded == Self.foundation(text), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func theRestStillFolds() {
        for text in ["Zoë", "ÉLODIE", "Ｄａｎａ", "田中 浩", "Olúwaseun Adé", "Straße"] {
            #expect(text.folded == Self.foundation(text))
        }
        #expect("Zoë Laurent".folded == "zoe laurent")
        #expect("Ｄａｎａ".folded == "dana")
    }
}
