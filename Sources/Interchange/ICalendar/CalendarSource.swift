import Foundation
import PeerNetwork

/// A calendar the user named: an `.ics` file, or a vdir folder (one `.ics` per event, as
/// vdirsyncer and khal keep them).
public enum CalendarSource {
    public struct Unreadable: Error, Equatable, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Every file of the source and its modification time: a source is read again only when
    /// this changes.
    public static func stamp(_ path: String) -> [String: Date] {
        files(path).reduce(into: [path: modified(path) ?? .distantPast]) { $0[$1] = modified($1) ?? .distantPast }
    }

    /// Reads the source; broken events are in the result's warnings. `around`: only the events
    /// that may fall in this stretch of time are read whole (see `ICalendarReader`).
    public static func read(_ path: String, around window: DateInterval? = nil) throws(Unreadable) -> CalendarFile {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw Unreadable(path: path, reason: "no such file or folder")
        }
        let paths = isFolder.boolValue ? files(path) : [path]
        var read: [CalendarFile] = []
        for file in paths {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw Unreadable(path: file, reason: "cannot be read (\(String(cString: strerror(errno))))")
            }
            do {
                read.append(ICalendarReader.read(try TextDecoding.decode(data), file: file, around: window))
            } catch {
                // One file of a folder that is not text is passed over like a broken event.
                var skipped = CalendarFile()
                skipped.warnings = [ImportIssue(SourceLocation(file: file, line: error.line), error.message)]
                read.append(skipped)
            }
        }
        return CalendarFile.combined(read)
    }

    /// Refuses a file that is not an iCalendar stream (RFC 5545 begins one with
    /// `BEGIN:VCALENDAR`), when it is added rather than at every read after. A folder is a
    /// vdir, which may be empty yet. Returns whether the source is a folder.
    public static func check(_ path: String) throws(Unreadable) -> Bool {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw Unreadable(path: path, reason: "no such file or folder")
        }
        guard !isFolder.boolValue else { return true }
        // A pipe or a device could not be read again at each check, or would never end.
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw Unreadable(path: path, reason: "not a file or a folder")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Unreadable(path: path, reason: "cannot be read (\(String(cString: strerror(errno))))")
        }
        let start = data.drop { [0xEF, 0xBB, 0xBF, 0x20, 0x09, 0x0D, 0x0A].contains($0) }.prefix(15)
        guard String(decoding: start, as: UTF8.self).uppercased() == "BEGIN:VCALENDAR" else {
            throw Unreadable(path: path, reason: "not an iCalendar file: it does not begin with BEGIN:VCALENDAR")
        }
        return false
    }

    /// The `.ics` files of a folder, in name order; a file is its own list.
    static func files(_ path: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [] }
        return names.filter { $0.lowercased().hasSuffix(".ics") && !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
    }

    private static func modified(_ path: String) -> Date? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(info.st_mtim.tv_sec) + TimeInterval(info.st_mtim.tv_nsec) / 1e9)
    }

    /// The occurrences in `window` as meetings, keyed by this source.
    public static func meetings(in file: CalendarFile, source: String, window: DateInterval, local: TimeZone) -> [CalendarMeeting] {
        file.occurrences(overlapping: window, local: local).map { occurrence in
            let event = occurrence.event
            return CalendarMeeting(
                key: MeetingKey(source: source, uid: event.uid, recurrence: occurrence.recurrenceKey),
                title: event.summary, start: occurrence.start, end: occurrence.end, isAllDay: occurrence.isAllDay,
                isCancelled: event.isCancelled, isPrivate: event.isPrivate,
                people: event.people.map { CalendarMeeting.Attendee(email: $0.email, name: $0.name, participation: $0.participation) })
        }
    }
}
