import Foundation
import PeerNetwork

/// `m`: the meetings from the calendars still to log, newest first. The popup keeps the list it
/// shows, so a key acts on the meeting on screen; a new reading of the calendars replaces it and
/// the selection stays on the same meeting.
public struct MeetingsPopup: Equatable, Sendable {
    public var meetings: [MeetingToLog]
    public var selected = 0

    public init(meetings: [MeetingToLog]) { self.meetings = meetings }

    public var selection: MeetingToLog? { meetings.indices.contains(selected) ? meetings[selected] : nil }

    /// A new list: the same meeting stays selected while it is listed, else its neighbour.
    mutating func show(_ newer: [MeetingToLog]) {
        var position = ListPosition(selected: selected)
        position.follow(from: meetings.map(\.meeting.key), to: newer.map(\.meeting.key), visible: max(1, newer.count))
        meetings = newer
        selected = position.selected
    }
}

/// `b`: what to know before a meeting, read-only, scrolled with ↑/↓.
public struct BriefPopup: Equatable, Sendable {
    public var brief: Brief
    public var offset = 0

    public init(brief: Brief) { self.brief = brief }
}

/// What a brief is about: a colleague, a meeting from the calendars, or the next meeting.
public enum BriefSubject: Equatable, Sendable {
    case colleague(ColleagueID)
    case meeting(MeetingToLog)
    case nextMeeting
}
