import Foundation

/// One VEVENT: a single meeting, a recurring series, or one moved or cancelled occurrence of a
/// series (with a RECURRENCE-ID).
public struct CalendarEvent: Sendable {
    public struct Attendee: Equatable, Sendable {
        /// Lower-cased, without `mailto:`.
        public var email: String
        public var name: String
        /// NEEDS-ACTION, ACCEPTED, DECLINED, TENTATIVE, DELEGATED; upper-cased.
        public var participation: String
    }

    public var location: SourceLocation
    public var uid: String
    public var summary = ""
    public var start: CalendarTime
    public var end: CalendarTime?
    /// DURATION, in seconds.
    public var duration: Int?
    /// Upper-cased: CONFIRMED, TENTATIVE, CANCELLED, or empty.
    public var status = ""
    /// Upper-cased CLASS: PUBLIC, PRIVATE, CONFIDENTIAL, or empty.
    public var classification = ""
    public var organizer: Attendee?
    /// People only: rooms and resources (CUTYPE) are left out.
    public var attendees: [Attendee] = []
    public var rule: RecurrenceRule?
    public var exceptions: [CalendarTime] = []
    public var extraDates: [CalendarTime] = []
    public var recurrenceID: CalendarTime?
    public var sequence = 0

    public init(location: SourceLocation, uid: String, start: CalendarTime) {
        self.location = location
        self.uid = uid
        self.start = start
    }

    public var isCancelled: Bool { status == "CANCELLED" }
    public var isPrivate: Bool { classification == "PRIVATE" || classification == "CONFIDENTIAL" }

    /// Everyone in it, organizer included, once each by email.
    public var people: [Attendee] {
        var seen = Set<String>()
        return ([organizer].compactMap { $0 } + attendees).filter { !$0.email.isEmpty && seen.insert($0.email).inserted }
    }

    /// Whether this occurrence (the event's own start, not its series) ends two days before
    /// `window` or starts two days after it, on any wall clock: no zone's offset is a day.
    func isFar(from window: DateInterval) -> Bool {
        let start = self.start.wall.wallSeconds
        return start > Int(window.end.timeIntervalSince1970) + 2 * 86_400
            || start + max(0, wallDuration) < Int(window.start.timeIntervalSince1970) - 2 * 86_400
    }

    /// How long each occurrence lasts on the wall clock: DTEND less DTSTART, DURATION, or a day
    /// for a date with neither (RFC 5545 §3.6.1).
    var wallDuration: Int {
        if let duration { return duration }
        if let end { return end.wall.wallSeconds - start.wall.wallSeconds }
        return start.isDate ? 86_400 : 0
    }
}

/// One meeting in time: an occurrence of an event.
public struct CalendarOccurrence: Sendable {
    public var event: CalendarEvent
    public var start: Date
    public var end: Date
    /// The RECURRENCE-ID, or the start, in UTC (`YYYYMMDDTHHMMSSZ`) or as a day (`YYYYMMDD`) for
    /// an all-day event: with the source and the UID, the occurrence's key.
    public var recurrenceKey: String
    /// The start as the file means it: UTC for a zoned time, the wall clock for a floating time,
    /// the day for a date.
    public var startText: String

    public var isAllDay: Bool { event.start.isDate }
    /// An all-day event's days count whole, whatever a DST change does to their hours.
    public var minutes: Int { isAllDay ? event.wallDuration / 60 : max(0, Int(end.timeIntervalSince(start) / 60)) }
}
