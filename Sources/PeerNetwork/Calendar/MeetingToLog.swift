import Foundation

/// A meeting with colleagues in it, as a prompt: who from the network was there, and who else
/// (not the user) might be added.
public struct MeetingToLog: Equatable, Sendable {
    public var meeting: CalendarMeeting
    /// The colleagues it names, in the file's order.
    public var colleagues: [(id: ColleagueID, name: String)]
    /// People in it who are neither colleagues nor the user.
    public var unknown: [CalendarMeeting.Attendee]

    public init(meeting: CalendarMeeting, colleagues: [(id: ColleagueID, name: String)], unknown: [CalendarMeeting.Attendee]) {
        self.meeting = meeting
        self.colleagues = colleagues
        self.unknown = unknown
    }

    public static func == (a: MeetingToLog, b: MeetingToLog) -> Bool {
        a.meeting == b.meeting && a.colleagues.map(\.id) == b.colleagues.map(\.id) && a.colleagues.map(\.name) == b.colleagues.map(\.name)
            && a.unknown == b.unknown
    }

    /// Matches each meeting's people to colleagues by email (any case, any of a colleague's
    /// addresses); a meeting with no colleague in it is no prompt.
    public static func match(
        _ meetings: [CalendarMeeting], addresses: [String: (id: ColleagueID, name: String)], myAddresses: Set<String>
    ) -> [MeetingToLog] {
        meetings.compactMap { meeting in
            var colleagues: [(id: ColleagueID, name: String)] = []
            var unknown: [CalendarMeeting.Attendee] = []
            for person in meeting.people where !myAddresses.contains(person.email) {
                if let colleague = addresses[person.email] {
                    if !colleagues.contains(where: { $0.id == colleague.id }) { colleagues.append(colleague) }
                } else {
                    unknown.append(person)
                }
            }
            return colleagues.isEmpty ? nil : MeetingToLog(meeting: meeting, colleagues: colleagues, unknown: unknown)
        }
    }

    /// A colleague's email field may hold several addresses, separated by commas, semicolons or spaces.
    public static func addresses(in field: String) -> [String] {
        field.split { $0 == "," || $0 == ";" || $0.isWhitespace }.map { $0.lowercased() }.filter { $0.contains("@") }
    }

    /// The quick-log line that logs it, up to the note: the colleagues by id (exactly these people,
    /// whatever their names), mutual meeting, its length and its day.
    public func quickLogLine(now: Date, calendar: Calendar) -> String {
        var words = colleagues.map { "#\($0.id)" } + ["mutual", "meeting"]
        if Interaction.allowedMinutes.contains(meeting.minutes) { words.append(QuickLogSummary.duration(meeting.minutes)) }
        words.append(calendar.isDate(meeting.start, inSameDayAs: now) ? "today" : QuickLogSummary.isoDay(meeting.start, calendar: calendar))
        return words.joined(separator: " ") + " "
    }
}

/// What the user decided about a meeting: logged (with the interaction), dismissed, or the whole
/// series muted.
public enum MeetingDecision: Equatable, Sendable {
    case logged(InteractionID)
    case dismissed
    case muted

    public var name: String {
        switch self {
        case .logged: "logged"
        case .dismissed: "dismissed"
        case .muted: "muted"
        }
    }
}
