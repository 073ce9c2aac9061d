import Foundation

/// Which meetings become prompts to log: ended within the last `windowDays`, not cancelled, not
/// declined by the user, not all-day, not private (unless the source allows it), with a number
/// of people in `attendees`. Whether a colleague is among them is the matching's to say.
public struct MeetingRules: Equatable, Sendable {
    public static let defaultWindowDays = 3
    public static let defaultAttendees = 2...8

    public var windowDays: Int
    public var attendees: ClosedRange<Int>
    /// The user's own addresses, lower-cased: their DECLINED leaves a meeting out.
    public var myAddresses: Set<String>

    public init(windowDays: Int = defaultWindowDays, attendees: ClosedRange<Int> = defaultAttendees, myAddresses: Set<String> = []) {
        self.windowDays = windowDays
        self.attendees = attendees
        self.myAddresses = myAddresses
    }

    /// The stretch of time a calendar is read for at `now`: the window back, and a day ahead for
    /// the brief.
    public func readingWindow(now: Date) -> DateInterval {
        DateInterval(start: now.addingTimeInterval(-Double(windowDays) * 86_400), end: now.addingTimeInterval(86_400))
    }

    /// Whether `meeting` asks to be logged at `now`, from a source that does or does not
    /// include private events.
    public func asksToBeLogged(_ meeting: CalendarMeeting, now: Date, includingPrivate: Bool) -> Bool {
        guard isMeeting(meeting, includingPrivate: includingPrivate) else { return false }
        return meeting.end <= now && meeting.end > now.addingTimeInterval(-Double(windowDays) * 86_400)
    }

    /// Not cancelled, declined, all-day or private, and with a meeting's number of people.
    public func isMeeting(_ meeting: CalendarMeeting, includingPrivate: Bool) -> Bool {
        guard !meeting.isCancelled, !meeting.isAllDay, includingPrivate || !meeting.isPrivate else { return false }
        if meeting.people.contains(where: { myAddresses.contains($0.email) && $0.participation == "DECLINED" }) { return false }
        return attendees.contains(meeting.people.count)
    }
}
