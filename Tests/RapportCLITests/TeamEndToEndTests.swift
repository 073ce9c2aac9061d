import Foundation
import Testing

/// The Team screen, driven in tmux against a real server: Ben proposes an exchange from the
/// shell, Ana sees it under `5`, confirms it with `c`, and Ben's balance counts it.
@Suite struct TeamEndToEndTests {
    @Test func anExchangeProposedInTheShellIsConfirmedOnTheTeamScreen() throws {
        guard let admin = TeamTestServer.conninfo(for: "the team end-to-end test") else { return }
        let ana = RapportBinary(), ben = RapportBinary()
        defer { ana.remove(); ben.remove() }
        let pgpass = ana.folder.appendingPathComponent("pgpass").path
        let environment = ["PGPASSFILE": pgpass]
        func run(_ binary: RapportBinary, _ arguments: [String], database: Bool = true) throws -> String {
            let result = try binary.run(arguments + (database ? ["--db", binary.database] : []), environment: environment, useDatabase: false)
            #expect(result.status == 0, "rapport \(arguments.joined(separator: " ")): \(result.stderr)")
            return result.stdout
        }
        let team = "e2e-" + UUID().uuidString.prefix(8).lowercased()
        _ = try run(ana, ["team", "init", admin, "--team", team], database: false)
        let lines = try ["Ana Lima", "Ben Okafor"].map { name in
            try run(ana, ["team", "invite", name, "--team", team, "--server", admin], database: false).split(separator: "\n").last.map(String.init) ?? ""
        }
        _ = try run(ana, ["add", "Dana Whitfield"])
        _ = try run(ana, ["add", "Ben Okafor"])
        _ = try run(ana, ["team", "join", lines[0]])
        _ = try run(ben, ["team", "join", lines[1]])
        _ = try run(ben, ["team", "exchange", "Ana", "gave", "45m", "reviewed the deck"])

        let tmux = try TmuxSession(width: 80, height: 24, environment: environment)
        _ = try tmux.launch("\(RapportBinary.executable.path) --db \(ana.database)")
        try tmux.waitFor("Dana Whitfield")
        try tmux.press("5")
        try tmux.waitFor("Awaiting your confirmation")
        // The first background sync fetches Ben's proposal.
        try tmux.waitFor("Ben Okafor gave you 45m: reviewed the deck")
        try tmux.press("c")
        try tmux.waitFor("Synced with the team")
        try tmux.waitFor("Nothing awaits your confirmation")
        // The confirmed exchange, copied into Ana's own log with one key.
        try tmux.waitFor("Your recent confirmed exchanges")
        try tmux.press("L")
        try tmux.waitFor("Copied to your log")
        try tmux.waitFor("(in your log)")
        // Undone, the copy is gone from the log, and the screen says so: L copies it again.
        try tmux.press("u")
        try tmux.waitFor("(in your log)", absent: true)
        try tmux.press("L")
        try tmux.waitFor("Copied to your log")
        try tmux.waitFor("(in your log)")
        try tmux.press("q")
        let history = try run(ana, ["history", "ben"])
        #expect(history.contains("reviewed the deck"), "\(history)")

        _ = try run(ben, ["team", "sync"])
        let balance = try run(ben, ["team", "balance"])
        #expect(balance.contains("Ben Okafor  1 · 45m"), "\(balance)")
    }
}
