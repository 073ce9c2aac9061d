import Foundation
import Testing

/// `rapport calendar` and `rapport brief` on the demo network, with a calendar file as a user's
/// sync tool leaves it. Every command honours RAPPORT_NOW.
@Suite struct CalendarCLITests {
    static let at = ["RAPPORT_NOW": "2026-12-04T13:35:00Z", "TZ": "UTC"]

    /// A meeting with Anna that ended five minutes ago, a weekly series with Ben, a private and a
    /// declined meeting with Anna, and a broken event.
    static let calendar = """
        BEGIN:VCALENDAR
        VERSION:2.0
        BEGIN:VEVENT
        UID:sync-1@example
        DTSTART:20261204T130000Z
        DTEND:20261204T133000Z
        SUMMARY:Platform sync
        ORGANIZER;CN=Me:mailto:me@example.com
        ATTENDEE;CN=Anna Kowalczyk;PARTSTAT=ACCEPTED:mailto:Anna@Northwind.example
        ATTENDEE;CN=Zed Newman:mailto:zed@contoso.example
        END:VEVENT
        BEGIN:VEVENT
        UID:weekly-ben@example
        DTSTART;TZID=Europe/Berlin:20261105T100000
        DTEND;TZID=Europe/Berlin:20261105T104500
        RRULE:FREQ=WEEKLY;BYDAY=TH
        SUMMARY:Data pipeline 1:1
        ATTENDEE:mailto:me@example.com
        ATTENDEE:mailto:ben@northwind.example
        END:VEVENT
        BEGIN:VEVENT
        UID:private@example
        DTSTART:20261204T090000Z
        DTEND:20261204T093000Z
        CLASS:PRIVATE
        SUMMARY:Doctor
        ATTENDEE:mailto:me@example.com
        ATTENDEE:mailto:anna@northwind.example
        END:VEVENT
        BEGIN:VEVENT
        UID:declined@example
        DTSTART:20261204T100000Z
        DTEND:20261204T110000Z
        SUMMARY:All hands
        ATTENDEE;PARTSTAT=DECLINED:mailto:me@example.com
        ATTENDEE:mailto:anna@northwind.example
        END:VEVENT
        BEGIN:VEVENT
        UID:broken@example
        DTSTART:2026-12-03
        END:VEVENT
        BEGIN:VEVENT
        UID:tomorrow@example
        DTSTART:20261205T090000Z
        DTEND:20261205T100000Z
        SUMMARY:Budget review
        ATTENDEE:mailto:me@example.com
        ATTENDEE:mailto:dana@northwind.example
        END:VEVENT
        END:VCALENDAR
        """

    func setUp() throws -> (cli: RapportBinary, file: String) {
        let cli = RapportBinary()
        try cli.run(["demo"], environment: Self.at)
        let file = cli.folder.appendingPathComponent("work.ics").path
        try Self.calendar.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try cli.run(["calendar", "add", file], environment: Self.at).status == 0)
        #expect(try cli.run(["calendar", "me", "me@example.com"], environment: Self.at).status == 0)
        return (cli, file)
    }

    func pending(_ cli: RapportBinary, at: [String: String] = at) throws -> [[String: Any]] {
        let result = try cli.run(["calendar", "pending", "--json"], environment: at)
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [[String: Any]]
    }

    @Test func onlyMeetingsWithColleaguesThatEndedAndWereNotDeclinedOrPrivateAskToBeLogged() throws {
        let (cli, file) = try setUp()
        defer { cli.remove() }
        let result = try cli.run(["calendar", "pending", "--json"], environment: Self.at)
        #expect(result.stderr == "Warning: \(file):40: DTSTART: \"2026-12-03\" is not a date (YYYYMMDD)\n")
        let meetings = try pending(cli)
        #expect(meetings.map { $0["title"] as? String } == ["Platform sync", "Data pipeline 1:1"])
        #expect((meetings[0]["colleagues"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Anna Kowalczyk"])
        #expect((meetings[0]["unknown"] as? [[String: Any]])?.map { $0["email"] as? String } == ["zed@contoso.example"])
        #expect(meetings[1]["start"] as? String == "2026-12-03T09:00:00Z", "10:00 in Berlin")
        #expect(meetings[1]["minutes"] as? Int == 45)
        let text = try cli.run(["calendar", "pending"], environment: Self.at).stdout
        #expect(text.contains("13:00–13:30 today") && text.contains("Anna Kowalczyk") && text.contains("Platform sync"))
        #expect(text.contains("Not in your network: Zed Newman <zed@contoso.example>"))
        #expect(try cli.run(["agenda"], environment: Self.at).stdout.contains("Meetings to log: 2 (rapport calendar pending)"))
    }

    @Test func aMeetingLoggedIsNeverAskedAboutAgainWhateverHappensToTheFile() throws {
        let (cli, file) = try setUp()
        defer { cli.remove() }
        let key = try #require(try pending(cli).first?["key"] as? String)
        let logged = try cli.run(["calendar", "log", key, "agreed", "the", "rollout"], environment: Self.at)
        #expect(logged.status == 0, "\(logged.stderr)")
        #expect(logged.stdout.contains("mutual meeting · Anna Kowalczyk · 13:00–13:30 today — agreed the rollout"))
        let history = try cli.json(["history", "anna"]) as! [[String: Any]]
        let entry = try #require(history.first { $0["note"] as? String == "agreed the rollout" })
        #expect(entry["occurredAt"] as? String == "2026-12-04T13:00:00Z" && entry["minutes"] as? Int == 30)
        #expect(entry["kind"] as? String == "meeting" && entry["direction"] as? String == "mutual")
        // Rewritten by the sync tool: events in another order, lines folded, CRLF.
        let rewritten = Self.calendar.components(separatedBy: "\n").map { $0.count > 40 ? String($0.prefix(40)) + "\r\n " + $0.dropFirst(40) : $0 }
            .joined(separator: "\r\n")
        try rewritten.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try pending(cli).map { $0["title"] as? String } == ["Data pipeline 1:1"])
        #expect(try cli.run(["calendar", "log", key], environment: Self.at).status == 1, "logged once")
    }

    @Test func dismissingOneOrMutingASeries() throws {
        let (cli, _) = try setUp()
        defer { cli.remove() }
        let keys = try pending(cli).compactMap { $0["key"] as? String }
        #expect(try cli.run(["calendar", "dismiss", keys[0]], environment: Self.at).stdout == "Dismissed: Platform sync\n")
        #expect(try cli.run(["calendar", "mute", keys[1]], environment: Self.at).stdout == "Muted the series: Data pipeline 1:1\n")
        #expect(try pending(cli).isEmpty)
        // A week on, the next 1:1 of the muted series asks for nothing.
        #expect(try pending(cli, at: ["RAPPORT_NOW": "2026-12-10T12:00:00Z", "TZ": "UTC"]).isEmpty)
        let unknown = try cli.run(["calendar", "log", "0000beef"], environment: Self.at)
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "Error: no meeting to log has the key 0000beef (rapport calendar pending lists them)\n")
    }

    @Test func nothingFromTheCalendarIsStoredButKeysEndsLengthsAndColleagues() throws {
        let (cli, _) = try setUp()
        defer { cli.remove() }
        for key in try pending(cli).compactMap({ $0["key"] as? String }) {
            #expect(try cli.run(["calendar", "log", key, "noted"], environment: Self.at).status == 0)
        }
        // Every byte of the database and its journal.
        var bytes = Data()
        for suffix in ["", "-wal", "-journal"] { bytes += (try? Data(contentsOf: URL(fileURLWithPath: cli.database + suffix))) ?? Data() }
        let text = String(decoding: bytes, as: UTF8.self)
        for secret in ["Platform sync", "Data pipeline", "zed@contoso", "Zed Newman", "Doctor", "All hands"] {
            #expect(!text.contains(secret), "\(secret) was stored")
        }
    }

    @Test func sourcesAreListedAndRemovedAndTheRulesAreSettings() throws {
        let (cli, file) = try setUp()
        defer { cli.remove() }
        #expect(try cli.run(["calendar", "add", cli.folder.appendingPathComponent("nope.ics").path], environment: Self.at).status == 1)
        // A device or a pipe is no calendar to read again at each check.
        let pipe = cli.folder.appendingPathComponent("pipe.ics").path
        #expect(mkfifo(pipe, 0o600) == 0)
        for path in ["/dev/zero", pipe] {
            #expect(try cli.run(["calendar", "add", path], environment: Self.at).stderr == "Error: \(path): not a file or a folder\n")
        }
        let set = try cli.run(["calendar", "set", "--window-days", "5", "--attendees", "3-10"], environment: Self.at)
        #expect(set.stdout == "Meetings that ended in the last 5 days, with 3 to 10 people.\n")
        #expect(try pending(cli).map { $0["title"] as? String } == ["Platform sync"], "the 1:1 has two people")
        #expect(try cli.run(["calendar", "set", "--attendees", "ten"], environment: Self.at).status == 1)
        let list = try cli.json(["calendar", "list"]) as! [String: Any]
        #expect((list["sources"] as? [[String: Any]])?.first?["path"] as? String == file)
        #expect(list["me"] as? [String] == ["me@example.com"])
        #expect(try cli.run(["calendar", "remove", file], environment: Self.at).stdout == "Calendar removed: \(file)\n")
        #expect(try pending(cli).isEmpty)
        #expect(try cli.run(["calendar", "remove", file], environment: Self.at).status == 1)
    }

    /// A file that is not a calendar (a note, the database itself) is refused when it is added,
    /// with the paths beside it: the command adds them all or none.
    @Test func onlyACalendarIsAdded() throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["demo"], environment: Self.at)
        let good = cli.folder.appendingPathComponent("work.ics").path
        try Self.calendar.write(toFile: good, atomically: true, encoding: .utf8)
        let note = cli.folder.appendingPathComponent("notes.txt").path
        try "meeting notes\n".write(toFile: note, atomically: true, encoding: .utf8)
        for bad in [note, cli.database] {
            let refused = try cli.run(["calendar", "add", good, bad], environment: Self.at)
            #expect(refused.status == 1)
            #expect(refused.stderr == "Error: \(bad): not an iCalendar file: it does not begin with BEGIN:VCALENDAR\n")
        }
        #expect(((try cli.json(["calendar", "list"]) as? [String: Any])?["sources"] as? [[String: Any]])?.isEmpty == true)
        #expect(try cli.run(["calendar", "add", good, cli.folder.path], environment: Self.at).status == 0, "a file and a vdir folder")
    }

    @Test func aBriefForTheNextMeetingOrAColleague() throws {
        let (cli, _) = try setUp()
        defer { cli.remove() }
        let text = try cli.run(["brief"], environment: Self.at)
        #expect(text.status == 0, "\(text.stderr)")
        let lines = text.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Brief: Budget review, 09:00–10:00 tomorrow (in 19h25m)" || lines.first?.hasPrefix("Brief: Budget review, 09:00–10:00") == true)
        #expect(text.stdout.contains("── Dana Whitfield"))
        #expect(lines.count <= 24 && lines.allSatisfy { $0.count <= 80 }, "one screen at 80×24")
        let json = try JSONSerialization.jsonObject(with: Data(try cli.run(["brief", "--json"], environment: Self.at).stdout.utf8)) as! [String: Any]
        let person = try #require((json["people"] as? [[String: Any]])?.first)
        #expect(person["name"] as? String == "Dana Whitfield")
        #expect(person["suggestion"] as? String != nil && (person["recent"] as? [Any])?.count ?? 0 <= 3)
        let markdown = try cli.run(["brief", "anna", "--format", "markdown"], environment: Self.at).stdout
        #expect(markdown.hasPrefix("# Brief: Anna Kowalczyk\n\n## Anna Kowalczyk"))
        #expect(markdown.contains("- **Next:** "))
        let none = try cli.run(["brief"], environment: ["RAPPORT_NOW": "2026-12-06T12:00:00Z", "TZ": "UTC"])
        #expect(none.status == 1 && none.stderr.contains("Error: no meeting with colleagues in the next 24 hours"), "the broken event is warned about first")
    }
}
