import Foundation
import TerminalUI

/// Writes open promises and needs as to-dos (RFC 5545 VTODO): `DUE;VALUE=DATE`, UIDs that stay
/// the same between exports so task apps update instead of duplicating, escaped and folded
/// lines, CRLF.
public enum ICalendarWriter {
    public struct Todo: Sendable {
        public var uid: String
        public var summary: String
        public var description: String
        /// The due day, in the user's calendar.
        public var due: DateComponents

        public init(uid: String, summary: String, description: String, due: DateComponents) {
            self.uid = uid
            self.summary = summary
            self.description = description
            self.due = due
        }
    }

    /// `stamp` is the moment of the export (DTSTAMP, required by RFC 5545).
    public static func write(_ todos: [Todo], stamp: Date) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Rapport//Rapport//EN", "CALSCALE:GREGORIAN"]
        let dtstamp = utcStamp(stamp)
        for todo in todos {
            lines += [
                "BEGIN:VTODO",
                "UID:" + TextSanitizer.sanitize(todo.uid),
                "DTSTAMP:" + dtstamp,
                "SUMMARY:" + ContentFolding.escape(todo.summary),
            ]
            if !todo.description.isEmpty { lines.append("DESCRIPTION:" + ContentFolding.escape(todo.description)) }
            lines += [
                String(format: "DUE;VALUE=DATE:%04d%02d%02d", todo.due.year ?? 0, todo.due.month ?? 0, todo.due.day ?? 0),
                "STATUS:NEEDS-ACTION",
                "END:VTODO",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(ContentFolding.fold).joined()
    }

    static func utcStamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}
