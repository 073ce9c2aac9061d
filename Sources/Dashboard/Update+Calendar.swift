import Foundation
import PeerNetwork
import TerminalUI

/// The calendars are checked on the clock, one check at a time: at the first tick after the
/// first frame, then every 30 seconds. A check reads the files only when they changed, on a
/// thread of its own; the meetings to log are then read again, which also lets a meeting that
/// just ended become a prompt.
func calendarOnTick(_ state: inout AppState) -> [Effect] {
    guard !state.calendarChecking else { return [] }
    if let checked = state.calendarCheckedAt, state.now.timeIntervalSince(checked) < calendarCheckSeconds { return [] }
    state.calendarChecking = true
    state.calendarCheckedAt = state.now
    return [.checkCalendars]
}

let calendarCheckSeconds: TimeInterval = 30

func meetingsLoaded(_ meetings: [MeetingToLog], in state: inout AppState) {
    state.meetings = meetings
    if case .meetings(var popup) = state.popup {
        popup.show(meetings)
        state.popup = .meetings(popup)
    }
}

/// `m`: the meetings to log.
func openMeetings(in state: inout AppState) -> [Effect] {
    guard !state.meetings.isEmpty else {
        if let warning = state.calendarWarnings.first {
            state.status = StatusMessage("No meetings to log; passed over: \(warning)", isError: true)
        } else {
            state.status = StatusMessage(state.calendarCheckedAt == nil ? "Reading your calendars…" : "No meetings to log (rapport calendar add PATH reads a calendar)")
        }
        return []
    }
    state.popup = .meetings(MeetingsPopup(meetings: state.meetings))
    return []
}

/// `b`: the focused colleague's brief, else the next meeting's.
func openBrief(in state: inout AppState) -> [Effect] {
    guard !refusedWhileRedacted(&state) else { return [] }
    return [.loadBrief(state.focusedColleague?.id.map(BriefSubject.colleague) ?? .nextMeeting)]
}

func briefLoaded(_ brief: Brief?, in state: inout AppState) {
    guard let brief else {
        state.status = StatusMessage("No meeting with colleagues in the next 24 hours: select a colleague and press b", isError: true)
        return
    }
    guard !state.redacted else { return }
    state.popup = .brief(BriefPopup(brief: brief))
}

func handleMeetingsKey(_ key: Key, popup: inout MeetingsPopup, state: inout AppState) -> [Effect] {
    switch key {
    case .char("q"):
        state.popup = nil
    case .down, .char("j"):
        popup.selected = min(popup.selected + 1, max(0, popup.meetings.count - 1))
    case .up, .char("k"):
        popup.selected = max(popup.selected - 1, 0)
    case .enter:
        guard let meeting = popup.selection else { return [] }
        var quickLog = QuickLogPopup(text: meeting.quickLogLine(now: state.now, calendar: .iso8601Local))
        quickLog.meeting = meeting
        state.popup = .quickLog(quickLog)
        return [.loadCandidates, .loadQuickLogLines]
    case .char("x"):
        guard let meeting = popup.selection else { return [] }
        return [.apply(.decideMeeting(meeting, .dismissed), description: "Dismissed the meeting \(title(of: meeting))")]
    case .char("M"):
        guard let meeting = popup.selection else { return [] }
        return [.apply(.decideMeeting(meeting, .muted), description: "Muted the series \(title(of: meeting))")]
    case .char("a"):
        // The form would show an attendee's name and address from the calendar.
        guard let meeting = popup.selection, !refusedWhileRedacted(&state) else { return [] }
        guard let person = meeting.unknown.first else {
            state.status = StatusMessage("Everyone in this meeting is in your network")
            return []
        }
        // Prefilled from the invitation; nobody is added until the form is saved.
        let name = person.name.isEmpty ? String(person.email.prefix { $0 != "@" }) : person.name
        state.popup = .form(ColleagueForm(editing: Colleague(name: name, email: person.email)))
        state.status = StatusMessage("Adding \(name) from the meeting \(title(of: meeting))")
    case .char("b"):
        guard let meeting = popup.selection, !refusedWhileRedacted(&state) else { return [] }
        return [.loadBrief(.meeting(meeting))]
    default:
        break
    }
    return []
}

func handleBriefKey(_ key: Key, popup: inout BriefPopup, state: inout AppState) {
    let lines = PopupView.briefLines(popup.brief, now: state.now, layout: state.layout).count
    switch key {
    case .char("q"), .char("b"):
        state.popup = nil
    case .down, .char("j"):
        popup.offset = min(popup.offset + 1, max(0, lines - PopupView.briefRows(state.layout)))
    case .up, .char("k"):
        popup.offset = max(popup.offset - 1, 0)
    default:
        break
    }
}

/// “Platform sync”, or the day and time of an untitled meeting.
func title(of meeting: MeetingToLog) -> String {
    meeting.meeting.title.isEmpty ? "on \(QuickLogSummary.isoDay(meeting.meeting.start))" : "“\(meeting.meeting.title)”"
}

/// A meeting logged from the quick-log line: at the meeting's start when the line keeps its day.
func meetingInteraction(_ interaction: Interaction, for meeting: MeetingToLog) -> Interaction {
    var logged = interaction
    if Calendar.iso8601Local.isDate(interaction.occurredAt, inSameDayAs: meeting.meeting.start) { logged.occurredAt = meeting.meeting.start }
    return logged
}
