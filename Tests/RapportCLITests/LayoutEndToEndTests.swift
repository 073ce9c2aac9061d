import Foundation
import Testing

/// The dashboard at the smallest and a wide size, the command palette, and the map's grid moves,
/// in a real terminal.
@Suite struct LayoutEndToEndTests {
    let binary = RapportBinary.executable.path
    let at = ["RAPPORT_NOW": "2026-11-24T12:00:00Z", "TZ": "UTC"]

    @Test func severalMarkedAreDeletedWithOneConfirmationAndComeBackWithU() throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["demo"], environment: at)
        let tmux = try TmuxSession(width: 100, height: 30, environment: at)
        try tmux.type("\(binary) --db \(cli.database)", enter: true)
        try tmux.waitFor("Anna Kowalczyk")
        try tmux.press("Space")
        try tmux.press("Space")
        try tmux.waitFor("2 marked")
        try tmux.waitFor("● Ben Adler")
        try tmux.press("D")
        try tmux.waitFor("Delete 2 colleagues (Anna Kowalczyk, Ben Adler)")
        try tmux.press("y")
        try tmux.waitFor("Deleted 2 colleagues: Anna Kowalczyk and Ben Adler")
        try tmux.waitFor("Ben Adler  ", absent: true)
        #expect(try cli.run(["list", "--json"], environment: at).stdout.contains("Anna Kowalczyk") == false)
        try tmux.press("u")
        try tmux.waitFor("Undone: Deleted 2 colleagues")
        try tmux.waitFor("Ben Adler")
        #expect(try cli.run(["list", "--json"], environment: at).stdout.contains("Anna Kowalczyk"))
        try tmux.press("q")
    }

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
