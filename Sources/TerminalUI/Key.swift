/// A key press, a mouse event or a resize, as the backend reports it.
public enum Key: Hashable, Sendable {
    case character(Character)
    case control(Character)
    case enter, escape, tab, backTab, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// Text that arrived as one bracketed paste: taken whole, never as keys to act on.
    case paste(String)
    /// The terminal hung up or input ended: the dashboard must end instead of polling forever.
    case endOfInput

    public static func char(_ c: Character) -> Key { .character(c) }

    /// How the key is written in the help overlay and the status bar.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-\(c.uppercased())"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Del"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .function(let n): "F\(n)"
        case .mouse: "mouse"
        case .resize: "resize"
        case .paste: "paste"
        case .endOfInput: "end of input"
        }
    }
}

public enum MouseEvent: Hashable, Sendable {
    case click(x: Int, y: Int)
    case scrollUp(x: Int, y: Int)
    case scrollDown(x: Int, y: Int)
}
