import Foundation
import Testing
@testable import TerminalUI

/// The width table against Python's wcwidth (the reference terminals agree with), for every
/// printable code point, and grapheme clusters as one glyph each.
@Suite struct DisplayWidthTableTests {
    /// wcwidth's widths as runs `first last width`, one a line: a fixture that
    /// `Scripts/record-wcwidth-fixture` writes with Python's wcwidth, so the test needs no Python.
    static func referenceRuns() throws -> [(UInt32, UInt32, Int)] {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/wcwidth-runs.txt")
        return try String(contentsOf: file, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let parts = line.split(separator: " ")
            return (UInt32(parts[0])!, UInt32(parts[1])!, Int(parts[2])!)
        }
    }

    @Test func everyCodePointMatchesWcwidth() throws {
        var mismatches: [String] = []
        var checked = 0
        for (first, last, width) in try Self.referenceRuns() {
            for value in first...last {
                guard let scalar = Unicode.Scalar(value) else { continue }
                checked += 1
                let ours = DisplayWidth.of(scalar: scalar)
                if ours != width, mismatches.count < 20 { mismatches.append(String(format: "U+%04X: %d, wcwidth %d", value, ours, width)) }
            }
        }
        #expect(checked > 1_000_000)
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func clustersAreOneGlyph() {
        #expect(DisplayWidth.of("👩‍💻") == 2, "a ZWJ sequence")
        #expect(DisplayWidth.of("🇫🇷") == 2, "a flag: two regional indicators")
        #expect(DisplayWidth.of("👍🏽") == 2, "a skin-tone modifier")
        #expect(DisplayWidth.of("🌡") == 1, "text presentation by default")
        #expect(DisplayWidth.of("🌡️") == 2, "VS16 asks for the emoji")
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("한글") == 4)
        #expect(DisplayWidth.of("\u{1100}\u{1161}\u{11A8}") == 2, "jamo joined into one syllable")
        #expect(DisplayWidth.of("日本 é") == 6)
        #expect(DisplayWidth.pad("👩‍💻 dev", to: 8) == "👩‍💻 dev  ")
    }

    @Test func proseIsCutAfterAWholeWord() {
        #expect(DisplayWidth.truncateWords("Export the marked colleagues as a vCard file", to: 30) == "Export the marked colleagues…")
        #expect(DisplayWidth.truncateWords("short", to: 30) == "short")
        #expect(DisplayWidth.truncateWords("Unbreakablewordthatgoeson", to: 10) == "Unbreakab…")
    }

    /// Text is measured as the screen shows it: each control as its placeholder, so a padded or
    /// cut text takes the columns it was measured for.
    @Test func controlsCountAsThePlaceholdersShown() {
        for text in ["\u{1B}]0;x\u{7}", "a\r\nb", "\u{202E}RLO\u{9B}", "\u{7F}\u{2028}", "\u{1B}\u{301}x", "日\t本"] {
            #expect(DisplayWidth.of(text) == DisplayWidth.of(TextSanitizer.sanitize(text)), "\(text.debugDescription)")
            var buffer = ScreenBuffer(width: 20, height: 1)
            buffer.write(DisplayWidth.pad(text, to: 10), x: 0, y: 0)
            buffer.write("|", x: 10, y: 0)
            let after = buffer.text.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false).last ?? ""
            #expect(after.allSatisfy { $0 == " " }, "\(text.debugDescription) padded to 10 columns spilt past them: \(buffer.text)")
        }
    }
}
