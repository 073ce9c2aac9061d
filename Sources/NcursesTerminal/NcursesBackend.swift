import CNcurses
import Foundation
import TerminalUI

/// The only code that calls curses: set-up and tear-down, keys in, frames out.
public final class NcursesBackend: TerminalBackend {
    public enum StartError: Error, CustomStringConvertible {
        case notATerminal
        case unknownTerminal(String)
        case noCursorAddressing(String)

        public var description: String {
            switch self {
            case .notATerminal:
                "the dashboard needs a terminal; for scripts use the subcommands (rapport --help)"
            case .unknownTerminal(let name):
                "unknown terminal type '\(name)'; set TERM to one your system knows, such as xterm-256color"
            case .noCursorAddressing(let name):
                "terminal type '\(name)' cannot move the cursor, which the dashboard needs; run it in a terminal emulator (TERM=xterm-256color), or use the subcommands (rapport --help)"
            }
        }
    }

    public private(set) var width = 0
    public private(set) var height = 0
    /// False under a locale that is not UTF-8: every cell is drawn as ASCII.
    public let unicode: Bool
    private let useColor: Bool
    private var previous: ScreenBuffer?
    private var colorPairs: [ColorKey: Int16] = [:]
    private var screen: OpaquePointer?

    private struct ColorKey: Hashable {
        var foreground: Color?
        var background: Color?
    }

    /// Takes over the terminal. Throws instead of letting ncurses exit the process.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else { throw StartError.notATerminal }
        let term = environment["TERM"] ?? ""
        guard !term.isEmpty else { throw StartError.unknownTerminal(term) }
        useColor = (environment["NO_COLOR"] ?? "").isEmpty
        unicode = ASCIIFallback.localeIsUTF8()
        rapport_save_terminal_and_install_crash_handlers()
        if environment["ESCDELAY"] == nil { set_escdelay(25) }
        guard let screen = rapport_newterm(term) else { throw StartError.unknownTerminal(term) }
        self.screen = screen
        // A dumb terminal (or any without cursor addressing) cannot show a dashboard.
        guard rapport_has_cursor_addressing() != 0 else {
            stop()
            throw StartError.noCursorAddressing(term)
        }
        cbreak()
        noecho()
        nonl()
        keypad(rapport_stdscr(), true)
        curs_set(0)
        mousemask(rapport_mouse_events(), nil)
        mouseinterval(0)
        if useColor, has_colors() {
            start_color()
            use_default_colors()
        }
        width = Int(rapport_cols())
        height = Int(rapport_lines())
        rapport_enable_bracketed_paste()
    }

    /// Gives the terminal back as it was found.
    public func stop() {
        guard screen != nil else { return }
        rapport_disable_bracketed_paste()
        endwin()
        rapport_restore_terminal()
        delscreen(screen)
        screen = nil
    }

    deinit { stop() }

    public func suspend() {
        def_prog_mode()
        endwin()
    }

    /// Back from the editor: curses mode again, and a full redraw since the screen was used.
    public func resume() {
        reset_prog_mode()
        previous = nil
        clear()
        refresh()
    }

    public func invalidate() {
        previous = nil
        clearok(rapport_curscr(), true)
    }

    public func draw(_ frame: ScreenBuffer) {
        // Neighbouring cells mostly share a style: its attributes and colour pair are worked
        // out once a run, not once a cell.
        var lastStyle: Style?
        var rendition: (attributes: attr_t, pair: Int16) = (0, 0)
        frame.forEachChange(since: previous) { x, y, cell in
            if cell.isContinuation, unicode { return }
            if cell.style != lastStyle {
                lastStyle = cell.style
                rendition = (attributes(for: cell.style), colorPair(for: cell.style))
            }
            // In ASCII a wide character is one column: its second column is drawn blank.
            put(cell.isContinuation ? " " : cell.character, rendition, x: x, y: y)
        }
        previous = frame
        // One write for the whole frame (see rapport_frame_begin in the shim).
        let batched = rapport_frame_begin() != 0
        refresh()
        if batched { rapport_frame_end() }
    }

    private func put(_ glyph: Character, _ rendition: (attributes: attr_t, pair: Int16), x: Int, y: Int) {
        let character = unicode ? glyph : ASCIIFallback.character(for: glyph)
        var complex = cchar_t()
        let scalars = character.unicodeScalars
        if let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
            // The usual cell: one code point, no array to build.
            var text: (wchar_t, wchar_t) = (wchar_t(bitPattern: scalar.value), 0)
            withUnsafePointer(to: &text) { pointer in
                pointer.withMemoryRebound(to: wchar_t.self, capacity: 2) { _ = setcchar(&complex, $0, rendition.attributes, rendition.pair, nil) }
            }
        } else {
            setcchar(&complex, scalars.map { wchar_t(bitPattern: $0.value) } + [0], rendition.attributes, rendition.pair, nil)
        }
        // Writing the bottom-right cell scrolls on some terminals; ncurses reports ERR but draws it.
        mvadd_wch(Int32(y), Int32(x), &complex)
    }

    private func attributes(for style: Style) -> attr_t {
        var attributes = rapport_a_normal()
        if style.bold { attributes |= rapport_a_bold() }
        if style.reverse { attributes |= rapport_a_reverse() }
        if style.underline { attributes |= rapport_a_underline() }
        if style.dim { attributes |= rapport_a_dim() }
        return attributes
    }

    /// Colour pairs are made on first use; NO_COLOR (or a terminal without colour) uses pair 0.
    private func colorPair(for style: Style) -> Int16 {
        guard useColor, has_colors(), style.foreground != nil || style.background != nil else { return 0 }
        let key = ColorKey(foreground: style.foreground, background: style.background)
        if let pair = colorPairs[key] { return pair }
        let next = Int16(colorPairs.count + 1)
        guard Int32(next) < rapport_color_pairs() else { return 0 }
        init_pair(next, Int16(style.foreground?.rawValue ?? -1), Int16(style.background?.rawValue ?? -1))
        colorPairs[key] = next
        return next
    }

    public func readKey(timeoutMilliseconds: Int) -> Key? {
        timeout(Int32(timeoutMilliseconds))
        var value: wint_t = 0
        let result = get_wch(&value)
        // Without this check a closed terminal reads as an endless stream of timeouts, and the
        // loop would spin at full speed forever.
        if result == rapport_err() { return rapport_input_closed() != 0 ? .endOfInput : nil }
        if result == rapport_key_code_yes() {
            if Int32(value) == rapport_paste_start_code() { return readPaste() }
            return functionKey(Int32(value))
        }
        return characterKey(UInt32(value))
    }

    /// Everything up to the end-of-paste mark, as one text. A paste that never ends (a terminal
    /// that dropped the mark) stops after a quiet moment.
    private func readPaste() -> Key {
        var scalars = String.UnicodeScalarView()
        timeout(200)
        while true {
            var value: wint_t = 0
            let result = get_wch(&value)
            if result == rapport_err() { break }
            if result == rapport_key_code_yes() {
                if Int32(value) == rapport_paste_end_code() { break }
                continue
            }
            if let scalar = Unicode.Scalar(UInt32(value)) { scalars.append(scalar) }
        }
        return .paste(String(scalars))
    }

    private func characterKey(_ value: UInt32) -> Key? {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }

    private func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_RESIZE:
            width = Int(rapport_cols())
            height = Int(rapport_lines())
            previous = nil
            clear()
            return .resize(width: width, height: height)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let x = Int(event.x), y = Int(event.y)
            if rapport_is_scroll_up(event.bstate) != 0 { return .mouse(.scrollUp(x: x, y: y)) }
            if rapport_is_scroll_down(event.bstate) != 0 { return .mouse(.scrollDown(x: x, y: y)) }
            if rapport_is_click(event.bstate) != 0 { return .mouse(.click(x: x, y: y)) }
            return nil
        default:
            if code >= KEY_F0, code <= KEY_F0 + 12 { return .function(Int(code - KEY_F0)) }
            return nil
        }
    }
}
