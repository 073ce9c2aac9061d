import Foundation
import PeerNetwork
import TerminalUI

/// Meetings to log as `rapport calendar pending` prints them, in text and JSON.
public enum MeetingReport {
    /// "14:00–14:30, today" in the user's zone.
    public static func when(_ meeting: CalendarMeeting, now: Date, calendar: Calendar = .iso8601Local) -> String {
        "\(DayText.clock(meeting.start, calendar: calendar))–\(DayText.clock(meeting.end, calendar: calendar)) \(QuickLogSummary.day(meeting.start, now: now, calendar: calendar))"
    }

    public static func text(_ meetings: [MeetingToLog], now: Date, calendar: Calendar = .iso8601Local) -> String {
        guard !meetings.isEmpty else { return "No meetings to log." }
        var table = TextTable(headers: ["KEY", "WHEN", "LENGTH", "WITH", "TITLE"], maxWidths: [3: 40, 4: 40])
        var lines: [String] = []
        for item in meetings {
            table.rows.append([
                item.meeting.key.short, when(item.meeting, now: now, calendar: calendar), QuickLogSummary.duration(item.meeting.minutes),
                item.colleagues.map(\.name).joined(separator: ", "), item.meeting.title,
            ])
        }
        lines.append(table.rendered())
        let unknown = meetings.flatMap(\.unknown)
        if !unknown.isEmpty {
            lines.append("")
            lines.append("Not in your network: " + unknown.map { $0.name.isEmpty ? $0.email : "\($0.name) <\($0.email)>" }.joined(separator: ", "))
        }
        lines.append("")
        lines.append("Log one: rapport calendar log KEY [NOTE…]; or dismiss KEY, or mute KEY for the whole series.")
        return lines.joined(separator: "\n")
    }

    public static func json(_ meetings: [MeetingToLog]) -> JSONValue {
        .array(meetings.map { item in
            .object([
                ("key", .string(item.meeting.key.short)),
                ("source", .string(item.meeting.key.source)),
                ("uid", .string(item.meeting.key.uid)),
                ("recurrence", .string(item.meeting.key.recurrence)),
                ("title", .string(item.meeting.title)),
                ("start", .date(item.meeting.start)),
                ("end", .date(item.meeting.end)),
                ("minutes", .int(item.meeting.minutes)),
                ("colleagues", .array(item.colleagues.map { .object([("id", .int(Int($0.id))), ("name", .string($0.name))]) })),
                ("unknown", .array(item.unknown.map { .object([("name", .string($0.name)), ("email", .string($0.email))]) })),
            ])
        })
    }

    /// The interaction a meeting is logged as: everyone matched, mutual, a meeting, at its start,
    /// for its length.
    public static func interaction(_ item: MeetingToLog, note: String) -> Interaction {
        let minutes = item.meeting.minutes
        return Interaction(
            occurredAt: item.meeting.start, colleagueIDs: item.colleagues.map(\.id), direction: .mutual, kind: .meeting,
            minutes: Interaction.allowedMinutes.contains(minutes) ? minutes : nil, note: note)
    }
}
