import Foundation

extension Brief {
    /// The brief as lines of plain text, a block for each person; `markdown` makes headings and
    /// bullets of the same lines, to paste into meeting notes. Each is one line: a note, need or
    /// promise written over several lines, or a meeting's title, is put on it with spaces.
    public func lines(now: Date, calendar: Calendar = .iso8601Local, markdown: Bool = false) -> [String] {
        var lines: [String] = []
        let heading = markdown ? "# " : ""
        let bullet = markdown ? "- " : "  "
        if let meeting {
            let title = meeting.title.isEmpty ? "Meeting" : meeting.title
            let minutes = { (date: Date) in QuickLogSummary.duration(max(1, Int(abs(date.timeIntervalSince(now)) / 60))) }
            let starts = meeting.start > now ? "in \(minutes(meeting.start))" : meeting.end > now ? "now" : "ended \(minutes(meeting.end)) ago"
            lines.append("\(heading)Brief: \(title), \(DayText.clock(meeting.start, calendar: calendar))–\(DayText.clock(meeting.end, calendar: calendar)) \(QuickLogSummary.day(meeting.start, now: now, calendar: calendar)) (\(starts))")
        } else {
            lines.append("\(heading)Brief: \(people.map(\.colleague.name).joined(separator: ", "))")
        }
        for person in people {
            let colleague = person.colleague
            let role = [colleague.role, colleague.team].filter { !$0.isEmpty }.joined(separator: ", ")
            let lean = BalanceFormat.oneWay(person.balance).map { " (\($0))" } ?? ""
            lines.append("")
            lines.append((markdown ? "## " : "── ") + colleague.name + (role.isEmpty ? "" : " · \(role)") + " · balance \(BalanceFormat.signed(person.balance.score))\(lean)")
            lines.append(bullet + "Values: \(Self.or(colleague.valuedInfo)) · Agenda: \(Self.or(colleague.agenda))")
            lines.append(bullet + "Motivated by: \(Self.or(colleague.motivators)) · Put off by: \(Self.or(colleague.demotivators))")
            let open = person.promises.map { promise in
                (promise.direction == .mine ? "you promised “\(promise.what)”" : "they promised “\(promise.what)”")
                    + (promise.dueAt.map { " by \(DueDate.describe($0, now: now, calendar: calendar))" } ?? "")
            } + person.needs.map { "you need “\($0.what)” by \(DueDate.describe($0.dueAt, now: now, calendar: calendar))" }
            lines.append(bullet + "Open: " + (open.isEmpty ? "nothing either way" : open.joined(separator: "; ")))
            let shared = person.lastInformationShared.map { info in
                RelativeTime.ago(from: info.occurredAt, to: now) + (info.note.isEmpty ? "" : " (“\(info.note)”)")
            } ?? "never"
            lines.append(bullet + "Last information shared: \(shared)")
            let recent = person.recent.prefix(3).map { item in
                "\(RelativeTime.ago(from: item.occurredAt, to: now)) \(item.kind.rawValue) \(item.direction.symbol)" + (item.note.isEmpty ? "" : " \(item.note)")
            }
            lines.append(bullet + "Last: " + (recent.isEmpty ? "no exchanges yet" : recent.joined(separator: "; ")))
            lines.append((markdown ? "- **Next:** " : "  ▸ ") + person.suggestion(now: now))
        }
        if !others.isEmpty {
            lines.append("")
            lines.append("Also there, not in your network: " + others.map { $0.name.isEmpty ? $0.email : $0.name }.joined(separator: ", "))
        }
        return lines.map(\.onOneLine)
    }

    /// The lines for one screen of `rows`: as many people as fit whole, then who else there is.
    public func screen(rows: Int, now: Date, calendar: Calendar = .iso8601Local) -> [String] {
        var shown = self
        var lines = shown.lines(now: now, calendar: calendar)
        // Two more lines name those left out.
        while lines.count + (shown.people.count < people.count ? 2 : 0) > rows, shown.people.count > 1 {
            shown.people.removeLast()
            lines = shown.lines(now: now, calendar: calendar)
        }
        let rest = people.dropFirst(shown.people.count)
        if !rest.isEmpty {
            lines.append("")
            lines.append("And \(rest.map(\.colleague.name).joined(separator: ", ")): rapport brief NAME, or --format markdown for everyone")
        }
        return lines
    }

    static func or(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init)?.trimmed ?? ""
        return line.isEmpty ? "–" : line
    }
}
