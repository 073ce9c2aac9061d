import Foundation

/// What one calendar source holds: its events, the zones it defines, and the events passed over.
public struct CalendarFile: Sendable {
    public var events: [CalendarEvent] = []
    public var zones: [String: DefinedZone] = [:]
    public var warnings: [ImportIssue] = []

    public init() {}

    /// Several files as one source (a vdir folder, one event a file).
    public static func combined(_ files: [CalendarFile]) -> CalendarFile {
        var result = CalendarFile()
        for file in files {
            result.events += file.events
            result.warnings += file.warnings
            result.zones.merge(file.zones) { first, _ in first }
        }
        return result.withoutDuplicateEvents()
    }

    /// One event per UID and RECURRENCE-ID: the highest SEQUENCE, else the first; each other is
    /// reported once.
    func withoutDuplicateEvents() -> CalendarFile {
        var kept: [String: Int] = [:]
        var result = self
        result.events = []
        for event in events {
            let key = event.uid + "\u{1F}" + (event.recurrenceID.map { "\($0)" } ?? "")
            if let index = kept[key] {
                let other = result.events[index]
                let (winner, loser) = event.sequence > other.sequence ? (event, other) : (other, event)
                result.events[index] = winner
                result.warnings.append(ImportIssue(loser.location, "event \(event.uid) is also at line \(winner.location.line); that one is used"))
            } else {
                kept[key] = result.events.count
                result.events.append(event)
            }
        }
        return result
    }

    /// The zone a time is written in: an IANA name, else a VTIMEZONE of this file; floating
    /// times and days in `local`. An unknown TZID is read as `local`.
    public func zone(of time: CalendarTime, local: TimeZone) -> CalendarZone {
        switch time.zoneName {
        case .utc: return .utc
        case .floating: return .system(local)
        case .named(let name): return zone(named: name, local: local)
        }
    }

    private func zone(named name: String, local: TimeZone) -> CalendarZone {
        if let zone = TimeZone(identifier: name) { return .system(zone) }
        if let defined = zones[name] { return .defined(defined) }
        return .system(local)
    }

    /// Every occurrence that overlaps `window`, series expanded: RRULE, RDATE and EXDATE, and
    /// each RECURRENCE-ID override in place of the occurrence it moves or cancels. Only the
    /// periods of a rule near the window are worked out, however long the series runs, and a
    /// single event far from the window is passed over before any zone is looked up.
    public func occurrences(overlapping window: DateInterval, local: TimeZone) -> [CalendarOccurrence] {
        var expansion = Expansion(file: self, local: local, window: window)
        var overrides: [String: [String: CalendarEvent]] = [:]
        for event in events {
            guard let id = event.recurrenceID else { continue }
            overrides[event.uid, default: [:]][expansion.key(id, zone: expansion.zone(of: id))] = event
        }
        var result: [CalendarOccurrence] = []
        for event in events {
            if let id = event.recurrenceID {
                // A moved occurrence stands on its own; a cancelled one is left out.
                guard !event.isCancelled, !event.isFar(from: window) else { continue }
                let occurrence = expansion.single(event, wall: event.start.wall, recurrenceKey: expansion.key(id, zone: expansion.zone(of: id)))
                if expansion.overlaps(occurrence) { result.append(occurrence) }
                continue
            }
            if event.rule == nil, event.extraDates.isEmpty, event.isFar(from: window) { continue }
            let moved = overrides[event.uid] ?? [:]
            for occurrence in expansion.expand(event) where moved[occurrence.recurrenceKey] == nil && expansion.overlaps(occurrence) {
                result.append(occurrence)
            }
        }
        return result.sorted { ($0.start, $0.event.uid) < ($1.start, $1.event.uid) }
    }

    /// One expansion's zones, each looked up once, and its window.
    private struct Expansion {
        let file: CalendarFile
        let local: TimeZone
        let window: DateInterval
        var named: [String: CalendarZone] = [:]

        mutating func zone(of time: CalendarTime) -> CalendarZone {
            guard case .named(let name) = time.zoneName else { return file.zone(of: time, local: local) }
            if let zone = named[name] { return zone }
            let zone = file.zone(of: time, local: local)
            named[name] = zone
            return zone
        }

        func overlaps(_ occurrence: CalendarOccurrence) -> Bool {
            guard occurrence.start < window.end else { return false }
            return occurrence.end > window.start || (occurrence.end == occurrence.start && occurrence.start >= window.start)
        }

        /// The key of a start: UTC for a time, the day for a date.
        func key(_ time: CalendarTime, zone: CalendarZone) -> String {
            if time.isDate { return String(time.wall.description.prefix(8)) }
            return LocalDateTime(wallSeconds: zone.instant(of: time.wall)).description + "Z"
        }

        mutating func single(_ event: CalendarEvent, wall: LocalDateTime, recurrenceKey: String) -> CalendarOccurrence {
            let zone = zone(of: event.start)
            let start = zone.date(of: wall)
            let end = zone.date(of: LocalDateTime(wallSeconds: wall.wallSeconds + event.wallDuration))
            let text: String = switch event.start {
            case .date: String(wall.description.prefix(8))
            case .dateTime(_, .floating): wall.description
            case .dateTime: LocalDateTime(wallSeconds: Int(start.timeIntervalSince1970)).description + "Z"
            }
            return CalendarOccurrence(event: event, start: start, end: end, recurrenceKey: recurrenceKey, startText: text)
        }

        mutating func expand(_ event: CalendarEvent) -> [CalendarOccurrence] {
            let zone = zone(of: event.start)
            var starts: Set<LocalDateTime> = [event.start.wall]
            if let rule = event.rule {
                // A day either side: the wall clock of the window's ends may be a day off in any zone.
                let last = LocalDateTime(wallSeconds: zone.wallClock(at: window.end).wallSeconds + 86_400)
                let needed = LocalDateTime(wallSeconds: zone.wallClock(at: window.start).wallSeconds - max(0, event.wallDuration) - 86_400)
                starts.formUnion(rule.starts(from: event.start.wall, through: last, needed: needed) { zone.instant(of: $0) })
            }
            for extra in event.extraDates { starts.insert(wall(of: extra, in: zone)) }
            for excluded in event.exceptions {
                let wall = wall(of: excluded, in: zone)
                if excluded.isDate && !event.start.isDate {
                    starts = starts.filter { $0.days != wall.days }
                } else {
                    starts.remove(wall)
                }
            }
            return starts.map { start in
                single(event, wall: start, recurrenceKey: key(event.start.isDate ? .date(start) : .dateTime(start, zone: .floating), zone: zone))
            }
        }

        /// A time written in another zone (an EXDATE in UTC for a series in Berlin), on the wall
        /// clock of the series' zone.
        mutating func wall(of time: CalendarTime, in zone: CalendarZone) -> LocalDateTime {
            guard case .dateTime(let wall, let name) = time, name != .floating else { return time.wall }
            return zone.wallClock(at: self.zone(of: time).date(of: wall))
        }
    }
}
