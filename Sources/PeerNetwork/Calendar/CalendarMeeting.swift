import Foundation

/// Which occurrence of which event: the calendar source, the event's UID, and the occurrence's
/// RECURRENCE-ID or start in UTC. Rewriting or re-reading the files keeps it, so a decision
/// stored against it holds.
public struct MeetingKey: Hashable, Codable, Sendable {
    public var source: String
    public var uid: String
    public var recurrence: String

    public init(source: String, uid: String, recurrence: String) {
        self.source = source
        self.uid = uid
        self.recurrence = recurrence
    }

    /// Eight hex digits for the shell (`rapport calendar log 3f9c0a1b`): FNV-1a of the key, which
    /// stays the same from run to run (Swift's own hashing does not).
    public var short: String {
        var hash: UInt32 = 2_166_136_261
        for byte in (source + "\u{1F}" + uid + "\u{1F}" + recurrence).utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        let text = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - text.count) + text
    }
}

/// A meeting as the calendar file has it. Its title and the attendees' addresses are shown from
/// the file and never stored.
public struct CalendarMeeting: Equatable, Sendable {
    /// Someone the calendar invited, by address: a colleague only once matched to one.
    public struct Attendee: Equatable, Sendable {
        /// Lower-cased.
        public var email: String
        public var name: String
        /// ACCEPTED, DECLINED, TENTATIVE, NEEDS-ACTION…
        public var participation: String

        public init(email: String, name: String, participation: String = "NEEDS-ACTION") {
            self.email = email
            self.name = name
            self.participation = participation
        }
    }

    public var key: MeetingKey
    public var title: String
    public var start: Date
    public var end: Date
    public var isAllDay: Bool
    public var isCancelled: Bool
    /// CLASS:PRIVATE or CONFIDENTIAL.
    public var isPrivate: Bool
    /// Everyone in it, the organizer too, once each.
    public var people: [Attendee]

    public init(
        key: MeetingKey, title: String, start: Date, end: Date, isAllDay: Bool = false, isCancelled: Bool = false,
        isPrivate: Bool = false, people: [Attendee]
    ) {
        self.key = key
        self.title = title
        self.start = start
        self.end = end
        self.isAllDay = isAllDay
        self.isCancelled = isCancelled
        self.isPrivate = isPrivate
        self.people = people
    }

    public var minutes: Int { max(0, Int(end.timeIntervalSince(start) / 60)) }
}
