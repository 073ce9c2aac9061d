import Foundation
import Testing
import TerminalUI
@testable import Dashboard

/// The README's key tables and the keymap say the same thing: a key added, removed or renamed
/// fails here until the README follows.
@Suite struct ReadmeKeysTests {
    /// The keys in the first column of every `| key |` and `| screen |` table of the README.
    static func readmeKeys() throws -> Set<String> {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("README.md")
        var keys = Set<String>()
        var inTable = false
        for line in try String(contentsOf: readme, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("| key |") || line.hasPrefix("| screen |") { inTable = true; continue }
            guard inTable, line.hasPrefix("|") else { inTable = false; continue }
            let cell = line.split(separator: "|", omittingEmptySubsequences: false)[1]
            keys.formUnion(cell.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) })
        }
        keys.remove("---")
        return keys
    }

    @Test func everyBindingIsInTheReadme() throws {
        let readme = try Self.readmeKeys()
        for binding in Keymap.bindings {
            let primary = binding.keys[0].label
            #expect(readme.contains(primary), "the README's key tables do not mention \(primary) (\(binding.help))")
        }
    }

    @Test func everyKeyInTheReadmeIsBound() throws {
        let bound = Set(Keymap.bindings.flatMap { $0.keys.map(\.label) })
        for key in try Self.readmeKeys() {
            #expect(bound.contains(key), "the README lists \(key), which the keymap does not bind")
        }
    }
}
