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

    /// `singleSpaced` returns most names as they are after a look at their bytes; whatever it
    /// returns must be what splitting at white space and joining with one space gives.
    @Test func singleSpacedIsTheWordsJoinedByOneSpace() {
        let spaces = [" ", "  ", "\t", "\n", "\r\n", "\u{00A0}", "\u{2003}", "\u{3000}", " \t "]
        var texts = ["", " ", "Dana", "Dana Whitfield", "李娜", "Zoë Laurent", "O'Brien-Smith Jr.", "a b c"]
        for space in spaces {
            texts += [space + "Dana", "Dana" + space, "Dana" + space + "Whitfield", space, "Zoë" + space + "Laurent" + space]
        }
        for text in texts {
            #expect(text.singleSpaced == text.split(whereSeparator: \.isWhitespace).joined(separator: " "), "\(text.unicodeScalars.map { $0.value })")
        }
        #expect("Dana  Whitfield".singleSpaced == "Dana Whitfield")
    }

    /// `onOneLine` looks at bytes first; for every line break Swift knows (a CR LF is one), the
    /// result is the lines joined by one space, and text without one comes back as it was.
    @Test func onOneLineMakesEachLineBreakOneSpace() {
        let breaks = (0...0x3000).compactMap(Unicode.Scalar.init).map { String(Character($0)) }.filter { Character($0).isNewline } + ["\r\n"]
        #expect(breaks.count >= 8)
        for line in breaks {
            #expect("a\(line)b\(line)\(line)c".onOneLine == "a b  c", "\(line.unicodeScalars.map(\.value))")
        }
        for text in ["", "one line", "Zoë 田中 \t tab", "\u{1B}[2J"] { #expect(text.onOneLine == text) }
    }
}
