@testable import Dashboard
import Testing
import TerminalUI

@Suite struct HelpOverlayTests {
    /// Every binding's text whole at every size: a long one goes on in the lines under it, none
    /// wider than its column, and the lines read back as the text.
    @Test(arguments: [(80, 24), (100, 30), (129, 40), (200, 50)])
    func noBindingIsCutShort(width: Int, height: Int) {
        let layout = Layout(width: width, height: height)
        let lines = HelpOverlay.lines(for: layout)
        #expect(lines.allSatisfy { $0.isTitle || DisplayWidth.of($0.text) <= HelpOverlay.textWidth(layout) })
        // A key wider than its column ("Tab/Shift-Tab/↓/↑") stands on a line of its own.
        #expect(lines.allSatisfy { DisplayWidth.of($0.key) <= HelpOverlay.keyWidth || $0.text.isEmpty })
        var index = 0
        for entry in HelpOverlay.entries() {
            var text = lines[index].text
            #expect(lines[index].key == entry.key)
            index += 1
            while index < lines.count, lines[index].key.isEmpty, !lines[index].isTitle, !lines[index].text.isEmpty, !entry.text.isEmpty,
                  text.count < entry.text.count {
                text += (text.isEmpty ? "" : " ") + lines[index].text
                index += 1
            }
            #expect(text == entry.text, "\(entry.key) at \(width)x\(height)")
        }
        #expect(index == lines.count)
    }

    @Test func theLongestTextNeedsMoreThanOneLineAtEightyColumns() {
        let layout = Layout(width: 80, height: 24)
        #expect(HelpOverlay.lines(for: layout).count > HelpOverlay.entries().count)
    }

    /// `?` opens on the keys of the screen it is pressed on, then those that work everywhere;
    /// every binding is still there, once.
    @Test(arguments: ScreenID.allCases) func theCurrentScreensKeysComeFirst(screen: ScreenID) {
        let entries = HelpOverlay.entries(on: screen)
        let titles = entries.filter(\.isTitle).map(\.text)
        #expect(titles.first?.split(separator: ", ").contains(Substring(screen.title)) == true || titles.first == "In every list", "\(titles)")
        let own = Keymap.helpSections.filter { $0.bindings[0].contexts == [.screen(screen)] }.map(\.title)
        if let title = own.first { #expect(titles.first == title) }
        let everywhere = titles.firstIndex(of: "Everywhere")!
        #expect(Keymap.helpSections.filter { $0.bindings[0].contexts.contains(.screen(screen)) }.allSatisfy { titles.firstIndex(of: $0.title)! < everywhere })
        #expect(entries.map(\.text).sorted() == HelpOverlay.entries().map(\.text).sorted())
    }
}
