import Foundation
import PeerNetwork

/// Reads an iCalendar file (RFC 5545): its events and the time zones it defines. A broken event
/// (no END, a bad date, an RRULE Rapport does not expand) is passed over with one warning that
/// names the file and the line it begins on; the rest of the file is still read.
public enum ICalendarReader {
    /// `around`: only the events that may fall in this stretch of time are read whole; a single
    /// event days away from it is passed over once its start is read, as most of a ten-year
    /// calendar is.
    public static func read(_ text: String, file: String, around window: DateInterval? = nil) -> CalendarFile {
        var result = CalendarFile()
        var lines = ContentLine.unfold(text)
        // The BEGIN that showed an event was never closed starts the next one.
        var carried: (line: Int, text: String)?
        while let (number, raw) = carried ?? lines.next() {
            carried = nil
            guard let line = try? ContentLine.parse(raw, line: number, file: file, format: "iCalendar"), line.name == "BEGIN" else { continue }
            let kind = line.value.trimmed.uppercased()
            guard kind == "VEVENT" || kind == "VTIMEZONE" else { continue }
            let begin = SourceLocation(file: file, line: number)
            do {
                let component = try Component.read(kind, from: &lines, file: file, begin: begin)
                if kind == "VEVENT" {
                    if let event = try event(component, at: begin, around: window) { result.events.append(event) }
                } else if let id = try component.first("TZID")?.value.trimmed {
                    result.zones[id] = try zone(component, at: begin)
                }
            } catch let unclosed as Unclosed {
                result.warnings.append(unclosed.issue)
                carried = unclosed.next
            } catch let issue as ImportIssue {
                result.warnings.append(issue)
            } catch {
                result.warnings.append(ImportIssue(begin, "\(error)"))
            }
        }
        return result.withoutDuplicateEvents()
    }

    struct Unclosed: Error {
        var issue: ImportIssue
        var next: (line: Int, text: String)?
    }

    /// A component's own lines, each parsed when it is asked for, and its subcomponents (VALARM,
    /// STANDARD, DAYLIGHT).
    struct Component {
        struct Line {
            var number: Int
            var raw: String
            var name: Substring
        }

        var name: String
        var file: String
        var lines: [Line] = []
        var children: [Component] = []

        func first(_ name: String) throws -> ContentLine? {
            try lines.first { $0.name == name }.map { try ContentLine.parse($0.raw, line: $0.number, file: file, format: "iCalendar") }
        }

        func all(_ name: String) throws -> [ContentLine] {
            try lines.filter { $0.name == name }.map { try ContentLine.parse($0.raw, line: $0.number, file: file, format: "iCalendar") }
        }

        /// The properties Rapport reads. The rest (descriptions, stamps, X- extensions) are passed
        /// over unparsed: they are most of a calendar's lines.
        static let used: Set<Substring> = [
            "BEGIN", "END", "UID", "DTSTART", "DTEND", "DURATION", "SUMMARY", "STATUS", "CLASS", "SEQUENCE", "ORGANIZER", "ATTENDEE",
            "RRULE", "EXDATE", "RDATE", "RECURRENCE-ID", "TZID", "TZOFFSETFROM", "TZOFFSETTO",
        ]

        /// The property name a line starts with, upper-cased only when it is not already.
        static func propertyName(_ raw: String) -> Substring {
            let bytes = raw.utf8
            let end = bytes.firstIndex { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ":") } ?? bytes.endIndex
            let name = raw[..<end]
            return name.utf8.contains { (0x61...0x7A).contains($0) } ? Substring(name.uppercased()) : name
        }

        static func read(_ name: String, from lines: inout ContentLine.Unfolded, file: String, begin: SourceLocation) throws -> Component {
            var component = Component(name: name, file: file)
            while let (number, raw) = lines.next() {
                let property = propertyName(raw)
                guard used.contains(property) else { continue }
                guard property == "BEGIN" || property == "END" else {
                    component.lines.append(Line(number: number, raw: raw, name: property))
                    continue
                }
                let line = try ContentLine.parse(raw, line: number, file: file, format: "iCalendar")
                let value = line.value.trimmed.uppercased()
                if line.name == "END" {
                    guard value == name else { throw Unclosed(issue: ImportIssue(begin, "\(name) is never closed (no END:\(name))"), next: nil) }
                    return component
                }
                if line.name == "BEGIN" {
                    // An event never holds another event or a calendar: this one was never closed.
                    guard !["VEVENT", "VCALENDAR", "VTIMEZONE", "VTODO", "VJOURNAL"].contains(value) else {
                        throw Unclosed(issue: ImportIssue(begin, "\(name) is never closed (no END:\(name))"), next: (number, raw))
                    }
                    component.children.append(try read(value, from: &lines, file: file, begin: SourceLocation(file: file, line: number)))
                }
            }
            throw Unclosed(issue: ImportIssue(begin, "\(name) is never closed (no END:\(name))"), next: nil)
        }
    }

    /// The event, or nil for a single event days away from `window`.
    static func event(_ component: Component, at begin: SourceLocation, around window: DateInterval?) throws -> CalendarEvent? {
        func issue(_ line: ContentLine?, _ message: String) -> ImportIssue {
            ImportIssue(SourceLocation(file: begin.file, line: line?.line ?? begin.line), message)
        }
        let uidLine = try component.first("UID")
        guard let uid = uidLine?.value.trimmed, !uid.isEmpty else { throw issue(nil, "event has no UID") }
        // The UID keys what is decided about the meeting, so it must be stored as it is.
        do { try UnstorableText.check(["UID": uid]) } catch { throw issue(uidLine, error.description) }
        guard let startLine = try component.first("DTSTART") else { throw issue(nil, "event \(uid) has no DTSTART") }
        func time(_ line: ContentLine, _ value: String? = nil) throws -> CalendarTime {
            let time: CalendarTime
            do { time = try CalendarTime.parse((value ?? line.value).trimmed, tzid: line.parameter("TZID").first) } catch {
                throw issue(line, "\(line.name): \(error.message)")
            }
            if line.parameter("VALUE").first?.uppercased() == "DATE", !time.isDate { throw issue(line, "\(line.name): VALUE=DATE holds a time") }
            return time
        }
        func times(_ name: String) throws -> [CalendarTime] {
            try component.all(name).filter { $0.parameter("VALUE").first?.uppercased() != "PERIOD" }.flatMap { line in
                try line.value.split(separator: ",").map { try time(line, String($0)) }
            }
        }
        var event = CalendarEvent(location: begin, uid: uid, start: try time(startLine))
        if let end = try component.first("DTEND") {
            event.end = try time(end)
            guard event.end!.wall >= event.start.wall || event.end!.zoneName != event.start.zoneName else {
                throw issue(end, "DTEND is before DTSTART")
            }
        } else if let duration = try component.first("DURATION") {
            guard let seconds = Self.duration(duration.value.trimmed), seconds >= 0 else { throw issue(duration, "DURATION \(duration.value) is not a duration") }
            event.duration = seconds
        }
        if let rule = try component.first("RRULE") {
            do { event.rule = try RecurrenceRule.parse(rule.value.trimmed) } catch { throw issue(rule, error.message) }
        }
        event.extraDates = try times("RDATE")
        if let window, event.rule == nil, event.extraDates.isEmpty, event.isFar(from: window) { return nil }
        event.exceptions = try times("EXDATE")
        event.recurrenceID = try component.first("RECURRENCE-ID").map { try time($0) }
        event.summary = unescaped(try component.first("SUMMARY")?.value ?? "")
        event.status = try component.first("STATUS")?.value.trimmed.uppercased() ?? ""
        event.classification = try component.first("CLASS")?.value.trimmed.uppercased() ?? ""
        event.sequence = try component.first("SEQUENCE").flatMap { Int($0.value.trimmed) } ?? 0
        event.organizer = try component.first("ORGANIZER").map(attendee)
        event.attendees = try component.all("ATTENDEE")
            .filter { ["", "INDIVIDUAL"].contains($0.parameter("CUTYPE").first?.uppercased() ?? "") }
            .map(attendee)
        return event
    }


    static func attendee(_ line: ContentLine) -> CalendarEvent.Attendee {
        var address = line.value.trimmed
        if address.lowercased().hasPrefix("mailto:") { address = String(address.dropFirst(7)) }
        return CalendarEvent.Attendee(
            email: address.trimmed.lowercased(), name: unescaped(line.parameter("CN").first ?? ""),
            participation: line.parameter("PARTSTAT").first?.uppercased() ?? "NEEDS-ACTION")
    }

    static func zone(_ component: Component, at begin: SourceLocation) throws -> DefinedZone {
        let observances = try component.children.filter { ["STANDARD", "DAYLIGHT"].contains($0.name) }.map { child -> DefinedZone.Observance in
            guard let start = try child.first("DTSTART").flatMap({ try? CalendarTime.parse($0.value.trimmed, tzid: nil) }),
                  let from = try child.first("TZOFFSETFROM").flatMap({ offset($0.value.trimmed) }),
                  let to = try child.first("TZOFFSETTO").flatMap({ offset($0.value.trimmed) }) else {
                throw ImportIssue(begin, "VTIMEZONE \(child.name) needs DTSTART, TZOFFSETFROM and TZOFFSETTO")
            }
            var rule: RecurrenceRule?
            if let line = try child.first("RRULE") {
                do { rule = try RecurrenceRule.parse(line.value.trimmed) } catch let invalid as RecurrenceRule.Invalid { throw ImportIssue(begin, "VTIMEZONE: \(invalid.message)") }
            }
            let dates = try child.all("RDATE").flatMap { $0.value.split(separator: ",").compactMap { try? CalendarTime.parse(String($0), tzid: nil).wall } }
            return DefinedZone.Observance(start: start.wall, offsetFrom: from, offsetTo: to, rule: rule, dates: dates)
        }
        guard !observances.isEmpty else { throw ImportIssue(begin, "VTIMEZONE has no STANDARD or DAYLIGHT") }
        return DefinedZone(observances: observances)
    }

    /// `+0100`, `-0500`, `+053000` in seconds.
    static func offset(_ text: String) -> Int? {
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst()
        guard digits.count == 4 || digits.count == 6, digits.allSatisfy(\.isASCII), let value = Int(digits) else { return nil }
        let seconds = digits.count == 4 ? value / 100 * 3600 + value % 100 * 60 : value / 10_000 * 3600 + value / 100 % 100 * 60 + value % 100
        return sign == "-" ? -seconds : seconds
    }

    /// An RFC 5545 duration (`PT1H30M`, `P1D`, `-PT15M`, `P2W`) in seconds.
    static func duration(_ text: String) -> Int? {
        var rest = Substring(text.uppercased())
        var sign = 1
        if rest.first == "-" || rest.first == "+" { sign = rest.first == "-" ? -1 : 1; rest = rest.dropFirst() }
        guard rest.first == "P" else { return nil }
        rest = rest.dropFirst()
        var total = 0
        var number = ""
        var inTime = false
        var any = false
        for character in rest {
            if character.isASCII, character.isNumber { number.append(character); continue }
            if character == "T" { inTime = true; continue }
            guard let value = Int(number) else { return nil }
            number = ""
            any = true
            switch (character, inTime) {
            case ("W", false): total += value * 7 * 86_400
            case ("D", false): total += value * 86_400
            case ("H", true): total += value * 3600
            case ("M", true): total += value * 60
            case ("S", true): total += value
            default: return nil
            }
        }
        return any && number.isEmpty ? sign * total : nil
    }

    /// TEXT values: `\n`, `\,`, `\;` and `\\` escapes.
    static func unescaped(_ text: String) -> String {
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
