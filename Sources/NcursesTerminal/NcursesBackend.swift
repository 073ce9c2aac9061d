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
    private var previous: ScreenBuffer?
    /// Frames go out as bytes made from terminfo's sequences; ncurses sets the terminal up,
    /// reads keys, and clears the screen at start, on a resize and back from the editor.
    private var encoder: FrameEncoder
    private var screen: OpaquePointer?

    /// Takes over the terminal. Throws instead of letting ncurses exit the process.
    /// The three variables it reads are looked up one by one: ProcessInfo's environment makes a
    /// dictionary of all of them, a quarter of a millisecond before the first frame.
    public init() throws {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else { throw StartError.notATerminal }
        func variable(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
        let term = variable("TERM") ?? ""
        guard !term.isEmpty else { throw StartError.unknownTerminal(term) }
        let useColor = (variable("NO_COLOR") ?? "").isEmpty
        // The user's locale, or ncurses garbles UTF-8 names. Only curses reads it, so only the
        // dashboard sets it: for a `rapport log` it was 13 files opened and mapped.
        setlocale(LC_ALL, "")
        unicode = ASCIIFallback.localeIsUTF8()
        rapport_save_terminal_and_install_crash_handlers()
        if variable("ESCDELAY") == nil { set_escdelay(25) }
        guard let screen = rapport_newterm(term) else { throw StartError.unknownTerminal(term) }
        self.screen = screen
        encoder = FrameEncoder(Self.sequences(colors: useColor && has_colors()), unicode: unicode)
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
        width = Int(rapport_cols())
        height = Int(rapport_lines())
        rapport_enable_bracketed_paste()
        // The alternate screen and a clear; ncurses draws nothing after this but clears.
        refresh()
    }

    /// Cursor motion, clearing and styles from the terminal's terminfo entry; a capability it
    /// lacks is left out (no colours, say), except cursor addressing, checked at start.
    private static func sequences(colors: Bool) -> FrameEncoder.Sequences {
        func capability(_ name: String) -> [UInt8] { rapport_capability(name).map { Array(String(cString: $0).utf8) } ?? [] }
        let cursorAddress = rapport_capability("cup")
        let foreground = rapport_capability("setaf"), background = rapport_capability("setab")
        let reset = capability("sgr0") + (colors ? capability("op") : [])
        let bold = capability("bold"), dim = capability("dim"), reverse = capability("rev"), underline = capability("smul")
        let moveTo: (Int, Int) -> [UInt8]
        if cursorAddress.map({ String(cString: $0) }) == FrameEncoder.Sequences.ansiCursorAddress {
            moveTo = FrameEncoder.Sequences.ansiMoveTo
        } else {
            moveTo = { x, y in cursorAddress.flatMap { rapport_tiparm2($0, Int32(y), Int32(x)) }.map { Array(String(cString: $0).utf8) } ?? [] }
        }
        return FrameEncoder.Sequences(
            clearScreen: capability("clear"),
            moveTo: moveTo,
            style: { style in
                var out = reset
                if style.bold { out += bold }
                if style.dim { out += dim }
                if style.reverse { out += reverse }
                if style.underline { out += underline }
                for (color, set) in [(style.foreground, foreground), (style.background, background)] where colors {
                    if let color, let set, let sequence = rapport_tiparm1(set, Int32(color.rawValue)) { out += Array(String(cString: sequence).utf8) }
                }
                return out
            },
            writesLastCell: rapport_flag("am") == 0 || rapport_flag("xenl") != 0)
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

    /// Interrupts are the editor's from before the screen clears: a Ctrl-C typed as soon as the
    /// dashboard is gone must not ask the dashboard to quit behind the editor's back.
    public func suspend() {
        rapport_ignore_interrupts(1)
        def_prog_mode()
        endwin()
    }

    /// Back from the editor: curses mode again, and a full redraw since the screen was used.
    public func resume() {
        reset_prog_mode()
        rapport_ignore_interrupts(0)
        previous = nil
        clear()
        refresh()
    }

    public func invalidate() {
        previous = nil
    }

    public func draw(_ frame: ScreenBuffer) {
        let bytes = encoder.encode(frame, since: previous)
        previous = frame
        // One write a frame, whatever its size.
        bytes.withUnsafeBytes { buffer in
            var sent = 0
            while sent < buffer.count {
                let written = write(STDOUT_FILENO, buffer.baseAddress! + sent, buffer.count - sent)
                if written > 0 { sent += written } else if written < 0, errno != EINTR, errno != EAGAIN { break }
            }
        }
    }

    /// The signal that asked the dashboard to quit (`readKey`), if one did.
    public static var quitSignal: Int32? {
        let signal = rapport_quit_requested()
        return signal == 0 ? nil : Int32(signal)
    }

    /// `.endOfInput` also when an interrupt, a terminate request or a hang-up came
    /// (`rapport_quit_handler`): the dashboard then quits as with `q`.
    public func readKey(timeoutMilliseconds: Int) -> Key? {
        if rapport_quit_requested() != 0 { return .endOfInput }
        timeout(Int32(timeoutMilliseconds))
        var value: wint_t = 0
        let result = get_wch(&value)
        // Without this check a closed terminal reads as an endless stream of timeouts, and the
        // loop would spin at full speed forever.
        if result == rapport_err() { return rapport_quit_requested() != 0 || rapport_input_closed() != 0 ? .endOfInput : nil }
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
            // ncurses clears now, not at the next key, when it would wipe the frame drawn since.
            clear()
            refresh()
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
