import Foundation

/// A calendar as ten years of work leave it: `events` meetings in one `.ics`, `recurring` of them
/// weekly or monthly series that run on, with attendees, a VTIMEZONE and folded lines.
enum BenchCalendar {
    static func write(events: Int, recurring: Int, years: Int, now: Date, in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("ten-years.ics").path
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Rapport//bench//EN",
            "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
            "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
        ]
        let span = Double(years) * 365 * 86_400
        let first = now.addingTimeInterval(-span)
        let stamp = { (date: Date) -> String in
            let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: date)
            return String(format: "%04d%02d%02dT%02d%02d00", parts.year!, parts.month!, parts.day!, parts.hour!, (parts.minute! / 30) * 30)
        }
        for index in 0..<events {
            let start = first.addingTimeInterval(span * Double(index) / Double(events))
            let series = index % (events / max(1, recurring)) == 0
            lines += [
                "BEGIN:VEVENT", "UID:bench-\(index)@rapport.test", "DTSTAMP:20261201T000000Z",
                "DTSTART;TZID=Europe/Berlin:\(stamp(start))", "DTEND;TZID=Europe/Berlin:\(stamp(start.addingTimeInterval(1800)))",
                "SUMMARY:Meeting \(index) about the quarterly numbers and what comes next",
                "DESCRIPTION:Agenda:\\n1. Numbers\\n2. Plans\\n3. Anything else that came up during the week and needs a decision",
                "ORGANIZER;CN=Me:mailto:me@example.com",
                "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Person \(index % 97):mailto:person",
                " \(index % 97)@example.com",
                "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Person \(index % 89):mailto:p\(index % 89)@example.com",
            ]
            if series { lines.append(index % 2 == 0 ? "RRULE:FREQ=WEEKLY;BYDAY=MO,WE" : "RRULE:FREQ=MONTHLY;BYDAY=-1FR") }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        try (lines.joined(separator: "\r\n") + "\r\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
