import Foundation
import Testing

/// Issue "Trust the data", end to end: undo beside another shell, fast review keys, and a
/// terminal that always comes back.
@Suite struct TrustEndToEndTests {
    let binary = RapportBinary.executable.path
    let at = ["RAPPORT_NOW": "2026-11-24T12:00:00Z", "TZ": "UTC"]

    @Test func undoKeepsWhatAnotherShellWrote() throws {
        // Given Dana re-rated in the dashboard
        let cli = RapportBinary()
        defer { cli.remove() }
        let tmux = try dashboardWithDanaRerated(cli)
        // When another shell logs with her and adds a need, and the dashboard then undoes
        #expect(try cli.run(["log", "dana", "gave", "30m", "X"], environment: at).status == 0)
        #expect(try cli.run(["need", "add", "dana", "Y", "by", "friday"], environment: at).status == 0)
        try tmux.press("u")
        try tmux.waitFor("Undone: Rated Dana Whitfield")
        try tmux.press("q")
        // Then the rating is back, and the interaction and the need are untouched
        let dana = try #require(try cli.json(["show", "dana"]) as? [String: Any])
        #expect((dana["ratings"] as? [String: Any])?["vital"] as? Int == 5)
        let recent = try #require(dana["recentInteractions"] as? [[String: Any]])
        #expect(recent.first?["note"] as? String == "X", "the interaction keeps its participant")
        let needs = try #require(dana["needs"] as? [[String: Any]])
        #expect(needs.contains { $0["what"] as? String == "Y" }, "the need is still there")
    }

    @Test func undoSaysWhenSomeoneElseChangedTheSameThing() throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        let tmux = try dashboardWithDanaRerated(cli)
        #expect(try cli.run(["rate", "dana", "--vital", "3"], environment: at).status == 0)
        try tmux.press("u")
        try tmux.waitFor("Dana Whitfield was changed elsewhere since; nothing undone")
        try tmux.press("q")
        let dana = try #require(try cli.json(["show", "dana"]) as? [String: Any])
        #expect((dana["ratings"] as? [String: Any])?["vital"] as? Int == 3, "the other shell's rating stays")
    }

    /// The demo in the dashboard, with Dana's vital changed from 5 to 4 (`r`, `4`, Enter).
    private func dashboardWithDanaRerated(_ cli: RapportBinary) throws -> TmuxSession {
        try cli.run(["demo"], environment: at)
        let tmux = try TmuxSession(environment: at)
        try tmux.type("\(binary) --db \(cli.database)", enter: true)
        try tmux.waitFor("Dana Whitfield")
        try tmux.type("/dana")
        try tmux.press("Enter", "r")
        try tmux.waitFor("Rate Dana Whitfield")
        try tmux.press("4", "Enter")
        try tmux.waitFor("Rated Dana Whitfield: vital 5→4")
        return tmux
    }

    /// Twenty review decisions typed at a fast typist's pace (80 ms apart, without waiting for
    /// the screen): each must land on the card highlighted when its key was pressed. The
    /// selection stays at the top, so the n-th key decides the n-th card of the queue.
    @Test func twentyReviewDecisionsAtTypingSpeed() throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["demo"], environment: at)
        // Ten more cards, so there are more than twenty.
        for index in 1...10 { try cli.run(["add", "Critic \(index)", "--stance", "anti-sponsor"], environment: at) }
        let before = try reviewCards(cli)
        #expect(before.count >= 25)
        let tmux = try TmuxSession(environment: at)
        try tmux.type("\(binary) --db \(cli.database)", enter: true)
        try tmux.waitFor("Anna Kowalczyk")
        try tmux.press("w")
        try tmux.waitFor("Next actions: \(before.count) cards")
        let keys = (0..<20).map { ["x", "z", "d"][$0 % 3] }
        for key in keys {
            try tmux.press(key)
            usleep(80_000)
        }
        try tmux.waitFor("Next actions: \(before.count - 20) cards (")
        try tmux.press("q")
        let after = try reviewCards(cli)
        #expect(after == Array(before.dropFirst(20)), "exactly the first twenty cards were decided, in order")
    }

    /// Each open card as the keys of its reasons.
    private func reviewCards(_ cli: RapportBinary) throws -> [[String]] {
        let review = try #require(try JSONSerialization.jsonObject(
            with: Data(try cli.run(["review", "--format", "json"], environment: at).stdout.utf8)) as? [String: Any])
        return (review["cards"] as? [[String: Any]] ?? []).map { card in
            (card["reasons"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }
        }
    }

    @Test func editingDoesNotMarkRatingsReviewed() throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["demo"], environment: at)
        let ratedAt = { (try cli.json(["show", "dana"]) as? [String: Any])?["ratedAt"] as? String }
        let before = try ratedAt()
        #expect(try cli.run(["edit", "dana", "--role", "CFO"], environment: at).status == 0)
        #expect(try ratedAt() == before, "an edit is not a review of the ratings")
        #expect(try cli.run(["rate", "dana", "--trust", "2"], environment: at).status == 0)
        #expect(try ratedAt() == "2026-11-24T12:00:00Z", "rate marks them reviewed, even unchanged")
        #expect(try cli.run(["show", "dana"], environment: at).stdout.contains("(reviewed just now)"))
    }
}

/// The terminal comes back whatever ends the dashboard, and the process never spins.
@Suite struct TerminalEndToEndTests {
    let binary = RapportBinary.executable.path

    @Test func aClosedTerminalEndsTheDashboardEvenWhenHangUpsAreIgnored() throws {
        let tmux = try TmuxSession()
        // As under nohup or a wrapper: SIGHUP is ignored, so only the closed input can tell.
        let pid = try tmux.launch("\(binary) --demo", prefix: "trap \"\" HUP;")
        try tmux.waitFor("Anna Kowalczyk")
        try tmux.tmux(["kill-server"])
        #expect(TmuxSession.waitForExit(of: pid, timeout: 15) != nil, "the dashboard is still running after its terminal closed")
    }

    @Test(arguments: [("HUP", SIGHUP), ("QUIT", SIGQUIT), ("PIPE", SIGPIPE), ("USR1", SIGUSR1), ("USR2", SIGUSR2)])
    func signalsRestoreTheTerminalAndExitWith128PlusN(name: String, signal: Int32) throws {
        let screen = try shellAfterSignalling(signal)
        #expect(screen.contains("exit-\(128 + signal)"))
    }

    @Test(arguments: [SIGSEGV, SIGILL])
    func aCrashRestoresTheTerminalWithoutAPrompt(signal: Int32) throws {
        let screen = try shellAfterSignalling(signal)
        #expect(!screen.contains("Press space"), "the Swift runtime's interactive crash prompt must not appear")
    }

    /// Sends `signal` to the demo dashboard; returns the shell's screen once the terminal
    /// settings are seen to be as they were before it started, with the exit status printed.
    private func shellAfterSignalling(_ signal: Int32) throws -> String {
        let tmux = try TmuxSession()
        try tmux.type("stty -g > /tmp/\(tmux.socket).before", enter: true)
        let pid = try tmux.launch("\(binary) --demo")
        try tmux.waitFor("Anna Kowalczyk")
        kill(pid, signal)
        try tmux.waitFor("Anna Kowalczyk", absent: true)
        try tmux.type("echo exit-$?; stty -g | cmp - /tmp/\(tmux.socket).before && echo same-$((40+2))", enter: true)
        return try tmux.waitFor("same-42")
    }

    @Test func ctrlLRedrawsTheScreen() throws {
        let tmux = try TmuxSession()
        try tmux.type("\(binary) --demo", enter: true)
        try tmux.waitFor("Anna Kowalczyk")
        // Something else writes over the dashboard (a wall message, a background job).
        let tty = try #require(FileHandle(forWritingAtPath: try tmux.paneTTY()))
        tty.write(Data("\u{1B}[5;5HSCRIBBLED-OVER".utf8))
        try tty.close()
        try tmux.waitFor("SCRIBBLED-OVER")
        try tmux.press("C-l")
        try tmux.waitFor("SCRIBBLED-OVER", absent: true)
        try tmux.waitFor("Anna Kowalczyk")
        try tmux.press("q")
    }

    /// Five thousand characters typed in one burst, then pasted in bracketed-paste mode: each
    /// is taken whole. The time is printed, not asserted: these machines are shared, and speed
    /// is `rapport-bench`'s to measure.
    @Test func aLongPasteIsTakenWhole() throws {
        let tmux = try TmuxSession(width: 120, height: 30)
        try tmux.type("\(binary) --demo", enter: true)
        try tmux.waitFor("Anna Kowalczyk")
        try tmux.press("l")
        try tmux.waitFor("Quick log")
        let burst = String(repeating: "lorem ipsum ", count: 416) + "END-OF-BURST"
        var start = Date()
        try tmux.type(burst)
        try tmux.waitFor("END-OF-BURST", timeout: 30)
        let typed = Date().timeIntervalSince(start)
        print("5,000 characters typed in one burst: on screen after \(Int(typed * 1000)) ms")
        try tmux.press("C-u")
        try tmux.waitFor("END-OF-BURST", absent: true)

        let pasted = String(repeating: "dolor sit amet\n", count: 333) + "END-OF-PASTE"
        try tmux.tmux(["set-buffer", "-b", "rapport", pasted])
        start = Date()
        try tmux.tmux(["paste-buffer", "-p", "-b", "rapport"])
        let screen = try tmux.waitFor("END-OF-PASTE", timeout: 30)
        let took = Date().timeIntervalSince(start)
        print("5,000 characters in a bracketed paste: on screen after \(Int(took * 1000)) ms")
        #expect(screen.contains("Quick log"), "line breaks in a paste do not submit the line")
        try tmux.press("Escape")
        try tmux.press("q")
    }
}

/// Terminals that cannot show everything: a locale that is not UTF-8, a dumb terminal.
@Suite struct TerminalKindsEndToEndTests {
    let binary = RapportBinary.executable.path

    @Test func aNonUTF8LocaleShowsASCIINames() throws {
        let tmux = try TmuxSession(width: 100, height: 30)
        try tmux.type("LANG=C LC_ALL=C \(binary) --demo", enter: true)
        try tmux.waitFor("Zoe Laurent")
        try tmux.waitFor("Ines Carvalho")
        try tmux.waitFor("Locale not UTF-8, accents hidden: set LANG=C.UTF-8")
        try tmux.press("2")
        let map = try tmux.waitFor("invest here first")
        #expect(map.contains("DW"), "the map's points are drawn")
        #expect(map.contains("+- Vital ^"), "boxes and arrows in ASCII")
        try tmux.press("q")
    }

    @Test func aDumbTerminalIsRefused() throws {
        let tmux = try TmuxSession()
        try tmux.type("TERM=dumb \(binary) --demo; echo exit-$?", enter: true)
        try tmux.waitFor("exit-1")
        let screen = try tmux.screen()
        #expect(screen.contains("Error: terminal type 'dumb' cannot move the cursor, which the dashboard needs"))
    }
}
