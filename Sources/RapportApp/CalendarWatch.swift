import Foundation
import PeerNetwork
import PeerStore
import Synchronization
import Interchange

/// The calendars as last read, shared between the dashboard's loop and the thread that reads
/// them. A check reads them again only when a file changed, the sources or rules changed, or the
/// reading is an hour old (its window moves with the clock).
final class CalendarWatch: Sendable {
    private struct Reading: Sendable {
        var stamps: [String: [String: Date]]
        var sources: [CalendarSourceSetting]
        var rules: MeetingRules
        var readAt: Date
        var scan: CalendarScan
    }

    private let last = Mutex<Reading?>(nil)
    static let rereadSeconds: TimeInterval = 3600

    func check(_ sources: [CalendarSourceSetting], rules: MeetingRules, now: Date) {
        let stamps = Dictionary(sources.map { ($0.path, CalendarSource.stamp($0.path)) }, uniquingKeysWith: { first, _ in first })
        if let reading = last.withLock({ $0 }), reading.stamps == stamps, reading.sources == sources, reading.rules == rules,
           now.timeIntervalSince(reading.readAt) < Self.rereadSeconds, now >= reading.readAt {
            return
        }
        let scan = CalendarScan.read(sources, rules: rules, now: now)
        last.withLock { $0 = Reading(stamps: stamps, sources: sources, rules: rules, readAt: now, scan: scan) }
    }

    var scan: CalendarScan? { last.withLock { $0?.scan } }
}
