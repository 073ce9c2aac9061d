import Foundation

/// Places a wall-clock time in time: UTC, the reader's own zone (floating times), an IANA zone,
/// or a VTIMEZONE the file defines (Outlook's "W. Europe Standard Time", which no tz database
/// knows).
public enum CalendarZone: Sendable {
    case utc
    case system(TimeZone)
    case defined(DefinedZone)

    /// Seconds east of UTC at `instant` (seconds since 1970).
    func offset(at instant: Int) -> Int {
        switch self {
        case .utc: 0
        case .system(let zone): zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
        case .defined(let zone): zone.offset(at: instant)
        }
    }

    /// The moment a wall-clock time names. In the hour a DST change skips, the offset from before
    /// the change applies (02:30 becomes 03:30); in the hour it repeats, the first of the two.
    /// This is what RFC 5545 §3.3.5 asks and what Python's zoneinfo does (fold 0).
    public func instant(of wall: LocalDateTime) -> Int {
        let seconds = wall.wallSeconds
        let before = offset(at: seconds - 86_400)
        let after = offset(at: seconds + 86_400)
        if before == after { return seconds - before }
        let early = seconds - before
        let late = seconds - after
        if offset(at: early) != before, offset(at: late) == after { return late }
        return early
    }

    public func date(of wall: LocalDateTime) -> Date { Date(timeIntervalSince1970: TimeInterval(instant(of: wall))) }

    /// The wall-clock time here at `date`.
    public func wallClock(at date: Date) -> LocalDateTime {
        let instant = Int(date.timeIntervalSince1970.rounded(.down))
        return LocalDateTime(wallSeconds: instant + offset(at: instant))
    }
}

/// A VTIMEZONE: STANDARD and DAYLIGHT observances, each an onset (once, with RDATEs, or by a
/// yearly RRULE) and the offset it changes to.
public struct DefinedZone: Sendable {
    public struct Observance: Sendable {
        /// The first onset, on the wall clock of `offsetFrom`.
        public var start: LocalDateTime
        public var offsetFrom: Int
        public var offsetTo: Int
        public var rule: RecurrenceRule?
        public var dates: [LocalDateTime]
    }

    public var observances: [Observance]

    /// The offset of the latest onset at or before `instant`; before the first onset, that
    /// observance's offset from.
    func offset(at instant: Int) -> Int {
        var latest: (onset: Int, offset: Int)?
        for observance in observances {
            let limit = LocalDateTime(wallSeconds: instant + observance.offsetFrom)
            var onsets = ([observance.start] + observance.dates).filter { $0 <= limit }
            if let rule = observance.rule {
                let needed = LocalDateTime(wallSeconds: limit.wallSeconds - 400 * 86_400)
                onsets += rule.starts(from: observance.start, through: limit, needed: needed) { $0.wallSeconds - observance.offsetFrom }
            }
            guard let last = onsets.max() else { continue }
            let onset = last.wallSeconds - observance.offsetFrom
            if latest == nil || onset > latest!.onset { latest = (onset, observance.offsetTo) }
        }
        return latest?.offset ?? observances.min { $0.start < $1.start }?.offsetFrom ?? 0
    }
}
