import Foundation
import PeerNetwork
import Testing
import TerminalUI
@testable import Dashboard

/// Meetings from the calendars as prompts: the clock that checks the files, the status bar, and
/// the `m` popup's keys, each acting on the meeting on screen.
struct CalendarPromptTests {
    static let now = Date(timeIntervalSince1970: 1_796_400_000)

    static func meeting(_ uid: String, title: String = "Platform sync", unknown: [CalendarMeeting.Attendee] = []) -> MeetingToLog {
        let meeting = CalendarMeeting(
            key: MeetingKey(source: "/cal/work.ics", uid: uid, recurrence: "20261204T130000Z"), title: title,
            start: now.addingTimeInterval(-35 * 60), end: now.addingTimeInterval(-5 * 60),
            people: [CalendarMeeting.Attendee(email: "anna@northwind.example", name: "Anna Kowalczyk")] + unknown)
        return MeetingToLog(meeting: meeting, colleagues: [(9, "Anna Kowalczyk")], unknown: unknown)
    }

    static let zed = CalendarMeeting.Attendee(email: "zed@contoso.example", name: "Zed Newman")

    func state(with meetings: [MeetingToLog]) -> AppState {
        var state = AppState(width: 100, height: 30, now: Self.now)
        state.calendarCheckedAt = Self.now
        _ = update(&state, .meetingsLoaded(meetings))
        return state
    }

    @Test func theCalendarsAreCheckedAtStartThenEveryThirtySecondsOneAtATime() {
        var state = AppState(width: 100, height: 30, now: Self.now)
        state.teamChecked = true
        #expect(update(&state, .tick(Self.now)) == [.checkCalendars], "the first tick after the first frame")
        #expect(update(&state, .tick(Self.now.addingTimeInterval(40))).isEmpty, "one check at a time")
        #expect(update(&state, .calendarsChecked) == [.loadMeetings])
        #expect(update(&state, .tick(Self.now.addingTimeInterval(20))).isEmpty)
        #expect(update(&state, .tick(Self.now.addingTimeInterval(31))) == [.checkCalendars])
    }

    @Test func aWriteReadsTheMeetingsAgainOnceTheCalendarsWereRead() {
        var state = AppState(width: 100, height: 30, now: Self.now)
        #expect(!reloadAll(&state).contains(.loadMeetings), "no calendar read yet")
        state.calendarCheckedAt = Self.now
        #expect(reloadAll(&state).contains(.loadMeetings))
    }

    @Test func theStatusBarSaysHowManyMeetingsWait() {
        #expect(DashboardView.render(state(with: [Self.meeting("a"), Self.meeting("b")])).text.contains("2 meetings to log m"))
        #expect(!DashboardView.render(state(with: [])).text.contains("to log"))
    }

    @Test func mListsThemAndEnterOpensQuickLogReadyForTheNote() {
        var state = state(with: [Self.meeting("a")])
        _ = update(&state, .key(.char("m")))
        guard case .meetings(let popup) = state.popup else { Issue.record("no popup"); return }
        #expect(popup.meetings.count == 1)
        #expect(update(&state, .key(.enter)) == [.loadCandidates, .loadQuickLogLines])
        guard case .quickLog(let quickLog) = state.popup else { Issue.record("no quick-log"); return }
        #expect(quickLog.field.text == "#9 mutual meeting 30m today ")
        #expect(quickLog.field.cursor == quickLog.field.text.count && !quickLog.field.isSelected, "the cursor waits at the note")
        #expect(quickLog.meeting == Self.meeting("a"))
        _ = update(&state, .candidatesLoaded([QuickLogCandidate(id: 9, name: "Anna Kowalczyk")]))
        for character in "agreed the plan" { _ = update(&state, .key(.character(character))) }
        let effects = update(&state, .key(.enter))
        guard case .apply(.batch(let changes), _)? = effects.first, case .logMeeting(let interaction, let meeting) = changes[0] else { Issue.record("\(effects)"); return }
        #expect(changes.last == .rememberLine("#9 mutual meeting 30m today agreed the plan"))
        #expect(meeting == Self.meeting("a"))
        #expect(interaction.colleagueIDs == [9] && interaction.note == "agreed the plan" && interaction.minutes == 30)
        #expect(interaction.occurredAt == Self.meeting("a").meeting.start, "at the meeting's start, not noon or now")
    }

    @Test func xDismissesMMutesAAddsAndBBriefsTheMeetingOnScreen() {
        let first = Self.meeting("a"), second = Self.meeting("b", title: "Budget", unknown: [Self.zed])
        var state = state(with: [first, second])
        _ = update(&state, .key(.char("m")))
        _ = update(&state, .key(.char("j")))
        #expect(update(&state, .key(.char("x"))).first.map { if case .apply(.decideMeeting(second, .dismissed), _) = $0 { true } else { false } } == true)
        #expect(update(&state, .key(.char("M"))).first.map { if case .apply(.decideMeeting(second, .muted), _) = $0 { true } else { false } } == true)
        #expect(update(&state, .key(.char("b"))) == [.loadBrief(.meeting(second))])
        _ = update(&state, .key(.char("a")))
        guard case .form(let form) = state.popup else { Issue.record("no form"); return }
        #expect(form.base.name == "Zed Newman" && form.base.email == "zed@contoso.example", "prefilled, not saved")
    }

    @Test func aNewReadingKeepsTheSelectionOnTheSameMeeting() {
        let first = Self.meeting("a"), second = Self.meeting("b"), third = Self.meeting("c")
        var state = state(with: [first, second, third])
        _ = update(&state, .key(.char("m")))
        _ = update(&state, .key(.char("j")))
        _ = update(&state, .meetingsLoaded([Self.meeting("z"), first, second, third]))
        guard case .meetings(let popup) = state.popup else { Issue.record("no popup"); return }
        #expect(popup.selection == second)
        _ = update(&state, .meetingsLoaded([first, third]))
        guard case .meetings(let after) = state.popup else { Issue.record("no popup"); return }
        #expect(after.selection == third, "gone: its neighbour, never whatever slid into its place")
    }

    @Test func redactedTheTitleAndThePeopleAreHiddenAndNoBriefOpens() {
        var state = state(with: [Self.meeting("a", unknown: [Self.zed])])
        state.redacted = true
        _ = update(&state, .key(.char("m")))
        let text = DashboardView.render(state).text
        #expect(!text.contains("Platform sync") && !text.contains("Anna") && !text.contains("Zed") && !text.contains("contoso"))
        #expect(text.contains("A. K."))
        // Nothing from the popup shows what redaction hides: an attendee's name and address in
        // the add form, or a brief.
        #expect(update(&state, .key(.char("a"))).isEmpty)
        #expect(update(&state, .key(.char("b"))).isEmpty)
        guard case .meetings = state.popup else { Issue.record("the popup stays"); return }
        #expect(state.status?.isError == true)
        state.popup = nil
        #expect(update(&state, .key(.char("b"))).isEmpty)
        #expect(state.status?.isError == true)
    }

    @Test func whatTheReadingPassedOverIsShownNotHidden() {
        var state = state(with: [])
        _ = update(&state, .meetingsLoaded([Self.meeting("a")], warnings: ["work.ics:24: DTSTART: \"2026-12-03\" is not a date (YYYYMMDD)"]))
        _ = update(&state, .key(.char("m")))
        #expect(DashboardView.render(state).text.contains("Passed over: work.ics:24: DTSTART"))
        state.popup = nil
        _ = update(&state, .meetingsLoaded([], warnings: ["work.ics: no such file or folder"]))
        _ = update(&state, .key(.char("m")))
        #expect(state.status == StatusMessage("No meetings to log; passed over: work.ics: no such file or folder", isError: true))
    }

    @Test func bWithNothingToBriefSaysSo() {
        var state = state(with: [])
        #expect(update(&state, .key(.char("b"))) == [.loadBrief(.nextMeeting)])
        _ = update(&state, .briefLoaded(nil))
        #expect(state.status?.text.hasPrefix("No meeting with colleagues") == true)
        #expect(update(&state, .key(.char("m"))).isEmpty)
        #expect(state.status?.text.hasPrefix("No meetings to log") == true)
    }
}
