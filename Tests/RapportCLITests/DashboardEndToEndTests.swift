import Foundation
import Testing

/// The real dashboard in a real (tmux) terminal, used as a person would.
@Suite struct DashboardEndToEndTests {
    let binary = RapportBinary.executable.path

    @Test func navigateFilterSortDetailMapHelpQuit() throws {
        let tmux = try TmuxSession()
        try tmux.type("stty -g > /tmp/\(tmux.socket).before; \(binary) --demo", enter: true)
        try tmux.waitFor("Anna Kowalczyk")
        try tmux.waitFor("Enter open")

        try tmux.press("j", "j")
        try tmux.type("/leg")
        try tmux.waitFor("Filter: leg")
        var screen = try tmux.waitFor("Priya Raghunathan")
        #expect(!screen.contains("Anna Kowalczyk"))
        try tmux.press("Enter")
        try tmux.press("s")
        try tmux.waitFor("Team↑")
        try tmux.press("S")
        try tmux.waitFor("Team↓")
        try tmux.press("Escape")
        try tmux.waitFor("Anna Kowalczyk")

        try tmux.type("/anna")
        try tmux.waitFor("Filter: anna")
        try tmux.press("Enter", "Enter")
        screen = try tmux.waitFor("Recent interactions")
        #expect(screen.contains("Controller · Finance"))
        try tmux.press("Escape")
        try tmux.waitFor("Team↓")

        try tmux.press("2")
        try tmux.waitFor("invest here first")
        try tmux.waitFor("Departments")
        try tmux.press("3")
        try tmux.waitFor("Marcus Oyelaran")
        try tmux.press("?")
        try tmux.waitFor("Keys —")
        try tmux.press("q")
        try tmux.waitFor("Keys —", absent: true)
        try tmux.press("q")
        try tmux.waitFor("$ ")

        // The shell works and the terminal settings are as they were.
        try tmux.type("clear; stty -g > /tmp/\(tmux.socket).after; cmp /tmp/\(tmux.socket).before /tmp/\(tmux.socket).after && echo same-$((40+2))", enter: true)
        try tmux.waitFor("same-42")
    }

    /// Quitting closes the store: the session's writes are in the file itself, with no WAL
    /// beside it that a plain copy of the file would leave behind. So does Ctrl-C, a terminate
    /// request or the terminal hanging up; the exit status still tells the signal.
    @Test(arguments: [("q", 0), ("C-c", 130), ("TERM", 143), ("HUP", 129)])
    func quittingLeavesTheWritesInTheFileAlone(how: String, status: Int) throws {
        let (rapport, tmux, pid) = try launchOnADemoFile()
        defer { rapport.remove() }
        // l opens the quick log; keys typed ahead act on what the earlier ones left.
        try tmux.type("ldana gave info quitting test", enter: true)
        try tmux.waitFor("u undoes")
        switch how {
        case "TERM": kill(pid, SIGTERM)
        case "HUP": kill(pid, SIGHUP)
        default: try tmux.press(how)
        }
        #expect(TmuxSession.waitForExit(of: pid, timeout: 15) != nil)
        try tmux.type("echo status-$?", enter: true)
        try tmux.waitFor("status-\(status)")
        for suffix in ["-wal", "-shm"] { #expect(!FileManager.default.fileExists(atPath: rapport.database + suffix), "\(suffix) left") }
        let copy = rapport.folder.appendingPathComponent("copy.sqlite").path
        try FileManager.default.copyItem(atPath: rapport.database, toPath: copy)
        #expect(try rapport.run(["history", "--db", copy], useDatabase: false).stdout.contains("quitting test"))
    }

    /// A Ctrl-C waits for the write under way; a second one ends the dashboard at once, with
    /// the terminal back: here the write waits for another program's lock, which it would wait
    /// for longer than the lock is held.
    @Test func aSecondCtrlCEndsADashboardThatIsWaiting() throws {
        let (rapport, tmux, pid) = try launchOnADemoFile(prefix: "export RAPPORT_BUSY_TIMEOUT=600;")
        defer { rapport.remove() }
        let holder = try WriteLockHolder(database: rapport.database, seconds: 300)
        defer { withExtendedLifetime(holder) {} }
        // The line is read back from the screen before Enter, so the wait below starts with the
        // write, however long a busy machine takes to get there.
        try tmux.type("ldana gave info blocked")
        try tmux.waitFor("Will save: gave info · Dana Whitfield", timeout: 60)
        try tmux.press("Enter")
        // SQLite's busy wait sleeps (the kernel's nanosleep); waiting for a key polls instead.
        // By the kernel function it waits in, not a system call number, which differs by architecture.
        let deadline = Date().addingTimeInterval(60)
        func sleeping() -> Bool {
            (try? String(contentsOfFile: "/proc/\(pid)/wchan", encoding: .utf8))?.contains("nanosleep") == true
        }
        while !sleeping(), Date() < deadline { usleep(10_000) }
        #expect(sleeping(), "the write should be waiting for the lock")
        try tmux.press("C-c")
        // Two presses close together can reach a busy machine's process as one signal (a signal
        // pending twice is pending once), so the second is pressed again until the dashboard ends.
        let start = Date()
        var ended = false
        while !ended, Date().timeIntervalSince(start) < 15 {
            try tmux.press("C-c")
            ended = TmuxSession.waitForExit(of: pid, timeout: 0.2) != nil
        }
        #expect(ended)
        #expect(holder.isHolding, "the dashboard ended while the other program still held the lock: it did not wait for it")
        try tmux.type("echo status-$?", enter: true)
        let screen = try tmux.waitFor("status-130")
        #expect(!screen.contains("Anna Kowalczyk"))
    }

    /// The dashboard on a file of the demo network, shown; its process id, to signal it or see it end.
    private func launchOnADemoFile(prefix: String = "") throws -> (RapportBinary, TmuxSession, Int32) {
        let rapport = RapportBinary()
        try rapport.run(["demo"])
        let tmux = try TmuxSession()
        let pid = try tmux.launch("\(binary) --db \(rapport.database)", prefix: prefix)
        try tmux.waitFor("Enter open")
        return (rapport, tmux, pid)
    }

    @Test func resizeDownAndBack() throws {
        let tmux = try TmuxSession(width: 80, height: 24)
        try tmux.type("\(binary) --demo", enter: true)
        try tmux.waitFor("Anna Kowalczyk")
        try tmux.resize(width: 40, height: 12)
        try tmux.waitFor("Terminal too small")
        try tmux.resize(width: 120, height: 40)
        let screen = try tmux.waitFor("Trust   Stance")
        #expect(screen.contains("陈静 (Chen Jing)"))
        try tmux.press("q")
        // Typed only once the dashboard is gone: before, it would take the keys as its own.
        try tmux.waitFor("Trust   Stance", absent: true)
        try tmux.type("echo back-$((1+1))", enter: true)
        try tmux.waitFor("back-2")
    }

    @Test func ctrlCRestoresTheTerminal() throws {
        let tmux = try TmuxSession()
        try tmux.type("stty -g > /tmp/\(tmux.socket).before; \(binary) --demo", enter: true)
        try tmux.waitFor("Anna Kowalczyk")
        try tmux.press("C-c")
        try tmux.waitFor("Anna Kowalczyk", absent: true)
        try tmux.type("clear; stty -g | cmp - /tmp/\(tmux.socket).before && echo same-$((40+2))", enter: true)
        try tmux.waitFor("same-42")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["demo"])
        let tmux = try TmuxSession()
        try tmux.type("stty -g > /tmp/\(tmux.socket).before; \(binary) --db \(cli.database)", enter: true)
        try tmux.waitFor("Anna Kowalczyk")
        // The database path is unique to this test, so it finds this dashboard and no other.
        let pids = try cli.run(["-f", "rapport --db \(cli.database)"], useDatabase: false, executable: "/usr/bin/pgrep")
        for pid in pids.stdout.split(separator: "\n").compactMap({ Int32($0) }) { kill(pid, SIGTERM) }
        try tmux.waitFor("Anna Kowalczyk", absent: true)
        try tmux.type("clear; stty -g | cmp - /tmp/\(tmux.socket).before && echo same-$((40+2))", enter: true)
        try tmux.waitFor("same-42")
    }

    @Test func aWriteFromAnotherShellShowsUp() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-e2e-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("live.sqlite").path
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["add", "Dana Whitfield", "--db", database], useDatabase: false)
        let tmux = try TmuxSession()
        try tmux.type("\(binary) --db \(database)", enter: true)
        try tmux.waitFor("Dana Whitfield")
        try tmux.press("3")
        try tmux.waitFor("Nothing logged yet")
        try cli.run(["log", "--db", database, "dana", "gave", "info", "shared the churn numbers"], useDatabase: false)
        // No key pressed: the dashboard notices on its own (within a tick; the wait allows a
        // loaded host more).
        try tmux.waitFor("shared the churn numbers")
        try tmux.press("q")
    }

    @Test func refusesWithoutATerminalOrWithAnUnknownOne() throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        let piped = try cli.run(["--demo"], useDatabase: false)
        #expect(piped.status != 0)
        #expect(piped.stderr.contains("the dashboard needs a terminal"))

        let tmux = try TmuxSession()
        try tmux.type("TERM=no-such-terminal \(binary) --demo; echo \"rc=$? done-$((1+1))\"", enter: true)
        let screen = try tmux.waitFor("done-2")
        #expect(screen.contains("unknown terminal type 'no-such-terminal'"))
        #expect(screen.contains("rc=1 done-2"))
    }
}
