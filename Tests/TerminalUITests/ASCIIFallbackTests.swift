import Foundation
import Testing
@testable import TerminalUI

@Suite struct ASCIIFallbackTests {
    @Test func lettersLoseTheirAccentsNotThemselves() {
        #expect(ASCIIFallback.text("Zoë Laurent") == "Zoe Laurent")
        #expect(ASCIIFallback.text("Inês Carvalho") == "Ines Carvalho")
        #expect(ASCIIFallback.text("Lucía Fernández, Olúwaseun Adé") == "Lucia Fernandez, Oluwaseun Ade")
        #expect(ASCIIFallback.text("Ｆｕｌｌ") == "Full")
        #expect(ASCIIFallback.text("陈静") == "??", "what cannot be spelled in ASCII shows, as ?")
    }

    /// Every non-ASCII character the screens draw has an ASCII form of its own.
    @Test func everyGlyphTheScreensUseHasAnASCIIForm() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var glyphs = Set<Character>()
        for folder in ["Sources/Dashboard", "Sources/TerminalUI"] {
            let url = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where name.hasSuffix(".swift") && !name.hasPrefix("DisplayWidthTable") && name != "ASCIIFallback.swift" {
                let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
                // Only what is drawn: string literals, not comments.
                for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                    glyphs.formUnion(line.filter { !$0.isASCII && !$0.unicodeScalars.allSatisfy { $0.properties.isEmoji || $0.value == 0x200D || $0.value == 0xFE0F } })
                }
            }
        }
        let pictures: Set<Character> = ["␍", "␛", "␡"]
        let missing = glyphs.subtracting(pictures).filter { ASCIIFallback.character(for: $0) == "?" }
        #expect(missing.isEmpty, "no ASCII form for \(missing.sorted())")
        #expect(glyphs.count > 20)
    }
}
