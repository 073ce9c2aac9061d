/// A one-line editable text with a cursor, as in a shell prompt: arrows, Home/End, Backspace,
/// Delete, Ctrl-U (clear) and Ctrl-W (delete word).
public struct TextField: Equatable, Sendable {
    public private(set) var text: String
    /// Cursor position, in characters.
    public private(set) var cursor: Int
    /// The whole text is selected (a prefilled name): typing replaces it, → or End keeps it.
    public private(set) var isSelected = false

    public init(_ text: String = "", selected: Bool = false) {
        self.text = text
        cursor = text.count
        isSelected = selected && !text.isEmpty
    }

    public mutating func set(_ newText: String) {
        text = newText
        cursor = newText.count
        isSelected = false
    }

    /// Keeps a selected text as typed, with the cursor at its end.
    public mutating func keepSelection() {
        isSelected = false
        cursor = text.count
    }

    /// Applies an editing key; false when the key is not an editing key.
    public mutating func handle(_ key: Key) -> Bool {
        if isSelected {
            isSelected = false
            switch key {
            case .character, .paste: text = ""; cursor = 0
            case .backspace, .delete, .control("u"), .control("w"): set(""); return true
            case .right, .end, .control("e"): cursor = text.count; return true
            case .left, .home, .control("a"): cursor = 0; return true
            default: break
            }
        }
        var characters = Array(text)
        switch key {
        case .character(let c):
            characters.insert(c, at: cursor)
            cursor += 1
        case .paste(let pasted):
            // A one-line field: line breaks and tabs in pasted text become spaces.
            let line = pasted.map { $0.isNewline || $0 == "\t" ? " " : $0 }
            characters.insert(contentsOf: line, at: cursor)
            cursor += line.count
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"):
            characters.removeFirst(cursor)
            cursor = 0
        case .control("w"):
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        text = String(characters)
        return true
    }

    /// Draws the text, scrolled so the cursor stays visible, with the cursor in reverse video.
    public func render(into buffer: inout ScreenBuffer, x: Int, y: Int, width: Int, style: Style = .plain, showCursor: Bool = true) {
        guard width > 0 else { return }
        let characters = Array(TextSanitizer.sanitize(text))
        // Walk back from the cursor once, so a long pasted line costs its length, not its square.
        var start = min(cursor, characters.count)
        var widthBeforeCursor = 0
        while start > 0 {
            let next = DisplayWidth.of(characters[start - 1])
            if widthBeforeCursor + next >= width { break }
            widthBeforeCursor += next
            start -= 1
        }
        var end = start
        var shown = 0
        while end < characters.count, shown + DisplayWidth.of(characters[end]) <= width {
            shown += DisplayWidth.of(characters[end])
            end += 1
        }
        let visible = String(characters[start..<end])
        buffer.write(DisplayWidth.pad(visible, to: width), x: x, y: y, style: style, maxWidth: width)
        if isSelected {
            buffer.restyle(Rect(x: x, y: y, width: min(width, DisplayWidth.of(visible)), height: 1)) { $0.reverse = true }
            return
        }
        guard showCursor else { return }
        let cursorX = x + widthBeforeCursor
        if cursorX < x + width {
            buffer.restyle(Rect(x: cursorX, y: y, width: cursor < characters.count ? DisplayWidth.of(characters[cursor]) : 1, height: 1)) { $0.reverse = true }
        }
    }
}
