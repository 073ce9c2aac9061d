import Foundation
import Testing

/// The minute after a meeting, in the real dashboard: a meeting that ended five minutes ago is
/// logged with `m`, `Enter`, the note and `Enter`; the calendar is then rewritten and read again,
/// and that meeting never prompts again.
@Suite struct CalendarEndToEndTests {
    let binary = RapportBinary.executable.path
    let at = ["RAPPORT_NOW": "2026-12-04T13:35:00Z", "TZ": "UTC"]

    func calendar(_ events: [(uid: String, start: String, end: String, title: String, email: String)]) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0"]
        for event in events {
            lines += [
                "BEGIN:VEVENT", "UID:\(event.uid)", "DTSTART:\(event.start)", "DTEND:\(event.end)", "SUMMARY:\(event.title)",
                "ATTENDEE:mailto:me@example.com", "ATTENDEE;CN=Someone:mailto:\(event.email)", "END:VEVENT",
            ]
        }
        return (lines + ["END:VCALENDAR"]).joined(separator: "\r\n")
    }

    @Test func aMeetingIsLoggedInThreeKeysAndTheNoteAndNeverPromptsAgain() throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["demo"], environment: at)
        let file = cli.folder.appendingPathComponent("work.ics").path
        try calendar([("sync@example", "20261204T130000Z", "20261204T133000Z", "Platform sync", "anna@northwind.example")])
            .write(toFile: file, atomically: true, encoding: .utf8)
        try cli.run(["calendar", "add", file], environment: at)
        try cli.run(["calendar", "me", "me@example.com"], environment: at)

        let tmux = try TmuxSession(environment: at)
        try tmux.type("\(binary) --db \(cli.database)", enter: true)
        try tmux.waitFor("1 meeting to log")
        try tmux.press("m")
        try tmux.waitFor("13:00–13:30 today  30m  Platform sync")
        try tmux.press("Enter")
        try tmux.waitFor("Quick log, from your calendar")
        try tmux.waitFor("Will save: mutual meeting · Anna Kowalczyk · 30m · today")
        try tmux.type("agreed the rollout")
        try tmux.press("Enter")
        // The status line is cut at 80 columns; the note is checked in the store below.
        try tmux.waitFor("Logged the meeting: mutual meeting · Anna Kowalczyk · 30m · today")
        try tmux.waitFor("meeting to log", absent: true)
        try tmux.press("q")
        try tmux.waitFor("Anna Kowalczyk", absent: true)

        // The sync tool rewrites the file, with a second meeting that ended since.
        try calendar([
            ("budget@example", "20261204T120000Z", "20261204T124500Z", "Budget check-in", "dana@northwind.example"),
            ("sync@example", "20261204T130000Z", "20261204T133000Z", "Platform sync", "anna@northwind.example"),
        ]).write(toFile: file, atomically: true, encoding: .utf8)
        try tmux.type("\(binary) --db \(cli.database)", enter: true)
        // Read again at start: the new meeting prompts, the logged one does not.
        try tmux.waitFor("1 meeting to log")
        try tmux.press("m")
        try tmux.waitFor("Budget check-in")
        #expect(!(try tmux.screen()).contains("Platform sync"))
        try tmux.press("x")
        try tmux.waitFor("Dismissed the meeting “Budget check-in”")
        try tmux.waitFor("meeting to log", absent: true)
        try tmux.press("q")
        #expect(try cli.run(["calendar", "pending"], environment: at).stdout == "No meetings to log.\n")
        let history = try cli.run(["history", "anna", "--json"], environment: at).stdout
        #expect(history.contains("\"note\": \"agreed the rollout\"") && history.contains("\"occurredAt\": \"2026-12-04T13:00:00Z\""))
    }
}
