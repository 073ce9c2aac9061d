import Foundation
import Testing

/// The dashboard at the smallest and a wide size, the command palette, and the map's grid moves,
/// in a real terminal.
@Suite struct LayoutEndToEndTests {
    let binary = RapportBinary.executable.path
    let at = ["RAPPORT_NOW": "2026-11-24T12:00:00Z", "TZ": "UTC"]

    @Test(arguments: [(60, 16), (200, 50)])
    func namesKeepTheirRoomAndThePaletteRunsAnAction(width: Int, height: Int) throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["demo"], environment: at)
        let tmux = try TmuxSession(width: width, height: height, environment: at)
        try tmux.type("\(binary) --db \(cli.database)", enter: true)
        // The name gives way last: whole at 60 columns.
        try tmux.waitFor("Dana Whitfield")
        try tmux.press(":")
        try tmux.waitFor("Command palette")
        try tmux.type("map scr")
        try tmux.waitFor("Map screen")
        try tmux.press("Enter")
        try tmux.waitFor("Command palette", absent: true)
        try tmux.waitFor("Selected")
        // The top row, left first: Dana Whitfield; → goes to the nearest with more trust.
        try tmux.waitFor("│ Dana Whitfield")
        try tmux.press("Right")
        try tmux.waitFor("│ Dana Whitfield", absent: true)
        try tmux.press("Left")
        try tmux.waitFor("│ Dana Whitfield")
        try tmux.press("q")
    }
}
