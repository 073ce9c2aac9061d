import Foundation
import Interchange
import PeerNetwork
import PeerStore

/// The meetings of every calendar source around `now`, read from the files: what may become a
/// prompt, and what the brief looks ahead to. Reading 50 MB of calendar takes time, so the
/// dashboard does it on a thread of its own.
public struct CalendarScan: Sendable {
    public struct Found: Sendable {
        public var meeting: CalendarMeeting
        public var includePrivate: Bool
    }

    public var meetings: [Found] = []
    /// Events passed over, and sources that could not be read, one line each.
    public var warnings: [String] = []

    public init() {}

    public static func read(_ sources: [CalendarSourceSetting], rules: MeetingRules, now: Date, local: TimeZone = .current) -> CalendarScan {
        var scan = CalendarScan()
        let window = rules.readingWindow(now: now)
        for source in sources {
            do {
                let file = try CalendarSource.read(source.path, around: window)
                scan.warnings += file.warnings.map(\.description)
                scan.meetings += CalendarSource.meetings(in: file, source: source.path, window: window, local: local)
                    .filter { rules.isMeeting($0, includingPrivate: source.includePrivate) }
                    .map { Found(meeting: $0, includePrivate: source.includePrivate) }
            } catch {
                scan.warnings.append(error.description)
            }
        }
        return scan
    }

    /// The meetings that ended within the window, with colleagues in them, not yet logged,
    /// dismissed or muted: the most recent first.
    public func meetingsToLog(_ database: AppDatabase, rules: MeetingRules, now: Date) throws -> [MeetingToLog] {
        let ended = meetings.filter { rules.asksToBeLogged($0.meeting, now: now, includingPrivate: $0.includePrivate) }.map(\.meeting)
        guard !ended.isEmpty else { return [] }
        let decisions = try database.meetingDecisions(since: now.addingTimeInterval(-Double(rules.windowDays + 1) * 86_400))
        let open = ended.filter { !decisions.decided.contains($0.key) && !decisions.mutedSeries.contains([$0.key.source, $0.key.uid]) }
        return MeetingToLog.match(open, addresses: try database.colleagueAddresses(), myAddresses: rules.myAddresses)
            .sorted { ($0.meeting.end, $0.meeting.key.short) > ($1.meeting.end, $1.meeting.key.short) }
    }

    /// The next meeting with colleagues that starts within a day of `now`.
    public func nextMeeting(_ database: AppDatabase, rules: MeetingRules, now: Date) throws -> MeetingToLog? {
        let ahead = meetings.map(\.meeting).filter { $0.start > now && $0.start <= now.addingTimeInterval(86_400) }
        guard !ahead.isEmpty else { return nil }
        return MeetingToLog.match(ahead, addresses: try database.colleagueAddresses(), myAddresses: rules.myAddresses)
            .min { ($0.meeting.start, $0.meeting.key.short) < ($1.meeting.start, $1.meeting.key.short) }
    }
}
