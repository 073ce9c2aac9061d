/// What the dashboard needs from a terminal. `NcursesTerminal` implements it for real; tests
/// use a scripted one.
public protocol TerminalBackend: AnyObject {
    var width: Int { get }
    var height: Int { get }
    /// Shows `frame`, sending only what changed since the last one.
    func draw(_ frame: ScreenBuffer)
    /// The next key, or nil when `timeoutMilliseconds` pass without one.
    func readKey(timeoutMilliseconds: Int) -> Key?
    /// Forgets what the terminal shows, so the next frame repaints every cell (Ctrl-L).
    func invalidate()
    /// Gives the terminal back to the shell for a while (to run $EDITOR), then takes it again.
    func suspend()
    func resume()
}
