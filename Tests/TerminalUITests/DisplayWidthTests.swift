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
}
