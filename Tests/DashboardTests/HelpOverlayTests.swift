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
}
