import Foundation
import PeerNetwork
import PeerStore
import Testing
import TerminalUI
@testable import Dashboard
@testable import RapportApp

/// Plain-text frames of each screen on the demo network, compared with files in Snapshots/.
/// Run with RECORD_SNAPSHOTS=1 to write them after an intended change, then review the diff.
@Suite(.serialized) struct SnapshotTests {
    // 2026-11-24 12:00 UTC: dates in the demo are whole days before this.
    static let now = Date(timeIntervalSince1970: 1_795_521_600)

    static func demoRuntime(width: Int, height: Int) throws -> (DashboardRuntime, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-snap-\(UUID().uuidString)")
        let database = try AppDatabase(path: folder.appendingPathComponent("demo.sqlite").path)
        try DemoNetwork.fill(database, now: now)
        // A name longer than any column, to show how it is cut.
        try database.addColleague(Colleague(name: "Maximilian Alexander von Hohenzollern-Sigmaringen", team: "Operations", stance: .neutral, ratings: Ratings(vital: 2, frequency: 1, quality: 3, trust: 2)), at: now)
        let terminal = ScriptedTerminal(width: width, height: height)
        let runtime = DashboardRuntime(terminal: terminal, data: StoreDataSource(database: database), clock: { now })
        runtime.dispatch(.start)
        runtime.dispatch(.frameDrawn)
        return (runtime, folder)
    }

    func check(_ name: String, width: Int, height: Int, actions: [Action] = [], keys: [Key]) throws {
        let (runtime, folder) = try Self.demoRuntime(width: width, height: height)
        defer { try? FileManager.default.removeItem(at: folder) }
        for action in actions { runtime.dispatch(action) }
        for key in keys { runtime.dispatch(.key(key)) }
        runtime.settleKeys()
        let frame = DashboardView.render(runtime.state)
        let actual = frame.text + "\n\n--- styles: # reverse, * bold, . dim, _ underline, a colour's initial (upper-case when bold) ---\n" + frame.styleText + "\n"
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Snapshots/\(name)-\(width)x\(height).txt")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try actual.write(to: file, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(actual == expected, "\(file.lastPathComponent) differs:\n\(actual)")
    }

    /// The smallest size the dashboard draws, the classic terminal, a large one and a wide one.
    static let sizes = [(60, 16), (80, 24), (120, 40), (200, 50)]

    @Test(arguments: sizes) func colleagues(width: Int, height: Int) throws {
        try check("colleagues", width: width, height: height, keys: [.char("G"), .char("k")])
    }

    @Test(arguments: sizes) func colleaguesSortedByBalanceAndFiltered(width: Int, height: Int) throws {
        let keys: [Key] = Array(repeating: .char("s"), count: 7) + [.char("/"), .char("a"), .char("n"), .enter]
        try check("colleagues-filtered", width: width, height: height, keys: keys)
    }

    @Test(arguments: sizes) func map(width: Int, height: Int) throws {
        try check("map", width: width, height: height, keys: [.char("2"), .char("j")])
    }

    @Test(arguments: sizes) func log(width: Int, height: Int) throws {
        try check("log", width: width, height: height, keys: [.char("3")])
    }

    @Test(arguments: sizes) func detail(width: Int, height: Int) throws {
        // Dana Whitfield: third by name.
        try check("detail", width: width, height: height, keys: [.char("j"), .char("j"), .enter])
    }

    /// Two meetings from the calendar, the second selected: its colleagues and who is not in the network.
    @Test(arguments: sizes) func meetings(width: Int, height: Int) throws {
        func meeting(_ uid: String, _ title: String, endedDaysAgo: Int, _ colleagues: [(ColleagueID, String)], unknown: [CalendarMeeting.Attendee]) -> MeetingToLog {
            // At 11:30 on the local clock, whatever zone the tests run in.
            let day = Calendar.iso8601Local.date(byAdding: .day, value: -endedDaysAgo, to: Self.now)!
            let end = Calendar.iso8601Local.date(bySettingHour: 11, minute: 30, second: 0, of: day)!
            return MeetingToLog(
                meeting: CalendarMeeting(key: MeetingKey(source: "/cal", uid: uid, recurrence: "x"), title: title, start: end.addingTimeInterval(-2700), end: end, people: []),
                colleagues: colleagues, unknown: unknown)
        }
        let meetings = [
            meeting("a", "Platform sync", endedDaysAgo: 0, [(9, "Anna Kowalczyk")], unknown: []),
            meeting("b", "Budget review", endedDaysAgo: 1, [(3, "Dana Whitfield"), (2, "Ben Adler")], unknown: [CalendarMeeting.Attendee(email: "zed@contoso.example", name: "Zed Newman")]),
        ]
        try check("meetings", width: width, height: height, actions: [.meetingsLoaded(meetings)], keys: [.char("m"), .char("j")])
    }

    @Test(arguments: sizes) func brief(width: Int, height: Int) throws {
        // Dana Whitfield: third by name.
        try check("brief", width: width, height: height, keys: [.char("j"), .char("j"), .char("b")])
    }

    @Test(arguments: sizes) func team(width: Int, height: Int) throws {
        try check("team", width: width, height: height, keys: [.char("5")])
    }

    /// Every popup, over the screen it opens from.
    @Test(arguments: sizes) func quickLog(width: Int, height: Int) throws {
        try check("popup-quick-log", width: width, height: height, keys: [.char("l"), .tab] + "gave info 30m sent the deck".map { .character($0) })
    }

    @Test(arguments: sizes) func addForm(width: Int, height: Int) throws {
        try check("popup-add-form", width: width, height: height, keys: [.char("a")] + "Kim Osei".map { .character($0) })
    }

    @Test(arguments: sizes) func rate(width: Int, height: Int) throws {
        try check("popup-rate", width: width, height: height, keys: [.char("j"), .char("j"), .char("r")])
    }

    @Test(arguments: sizes) func stance(width: Int, height: Int) throws {
        try check("popup-stance", width: width, height: height, keys: [.char("j"), .char("j"), .char("t"), .down])
    }

    @Test(arguments: sizes) func need(width: Int, height: Int) throws {
        try check("popup-need", width: width, height: height, keys: [.char("j"), .char("j"), .char("n")] + "sign-off by friday".map { .character($0) })
    }

    @Test(arguments: sizes) func commitments(width: Int, height: Int) throws {
        try check("popup-commitments", width: width, height: height, keys: [.char("j"), .char("j"), .enter, .char("c")])
    }

    @Test(arguments: sizes) func confirmDelete(width: Int, height: Int) throws {
        try check("popup-confirm", width: width, height: height, keys: [.char("j"), .char("j"), .char("D")])
    }

    @Test(arguments: sizes) func tagMarked(width: Int, height: Int) throws {
        try check("popup-tag", width: width, height: height, keys: [.char(" "), .char(" "), .char("T")] + "vendors".map { .character($0) })
    }

    @Test(arguments: sizes) func palette(width: Int, height: Int) throws {
        try check("popup-palette", width: width, height: height, keys: [.char(":")] + "rat".map { .character($0) })
    }

    @Test(arguments: sizes) func help(width: Int, height: Int) throws {
        try check("help", width: width, height: height, keys: [.char("?")])
    }

    @Test(arguments: sizes) func review(width: Int, height: Int) throws {
        try check("review", width: width, height: height, keys: [.char("w")])
    }

    @Test func reviewAfterSnoozingAnItem() throws {
        // The second item is snoozed: the queue shrinks, the count says so, the next item moves up.
        try check("review-snoozed", width: 80, height: 24, keys: [.char("4"), .char("j"), .char("z")])
    }

    @Test func reviewShowingHiddenItems() throws {
        // `.` lists the snoozed item after the open ones, dimmed, with what hides it.
        try check("review-hidden", width: 80, height: 24, keys: [.char("4"), .char("j"), .char("z"), .char("."), .char("G")])
    }

    @Test func reviewRatingAStaleItem() throws {
        // The last item is a stale rating: `r` opens the rating popup on its last values.
        try check("review-rate", width: 80, height: 24, keys: [.char("w"), .char("G"), .char("r")])
    }

    @Test func tooSmall() throws {
        try check("too-small", width: 40, height: 12, keys: [])
    }
}

/// A terminal for tests: a fixed size and no keys.
final class ScriptedTerminal: TerminalBackend {
    let width: Int
    let height: Int
    var frames: [ScreenBuffer] = []

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    func draw(_ frame: ScreenBuffer) { frames.append(frame) }
    func readKey(timeoutMilliseconds: Int) -> Key? { nil }
    func suspend() {}
    func resume() {}
    func invalidate() {}
}
