import Foundation
import PeerNetwork
import TerminalUI

extension PopupView {
    /// Two rows a meeting: when, how long and what; then who.
    static func renderMeetings(_ popup: MeetingsPopup, now: Date, warnings: [String], area: Rect, into buffer: inout ScreenBuffer) {
        let width = min(area.width - 2, 110)
        // The first thing the reading passed over, so a broken event is not silently missing.
        let passed = warnings.first.map { ["Passed over\(warnings.count > 1 ? " (1 of \(warnings.count))" : ""): \($0)"] } ?? []
        let footer = passed + footerLines(Keymap.footerItems(.meetings), width: width - 4)
        let fits = max(1, (area.height - 2 - footer.count) / 2)
        let shown = min(popup.meetings.count, fits)
        let rect = area.centered(width: width, height: min(area.height, max(1, shown) * 2 + footer.count + 2))
        let count = popup.meetings.count
        let inner = Box.popup(rect, into: &buffer, title: "\(count) meeting\(count == 1 ? "" : "s") to log")
        let first = max(0, popup.selected - shown + 1)
        for (row, index) in (first..<min(count, first + shown)).enumerated() {
            let item = popup.meetings[index]
            let y = inner.y + row * 2
            let when = DayText.clock(item.meeting.start, calendar: .iso8601Local) + "–" + DayText.clock(item.meeting.end, calendar: .iso8601Local)
                + " " + QuickLogSummary.day(item.meeting.start, now: now)
            let head = "\(when)  \(QuickLogSummary.duration(item.meeting.minutes))  \(item.meeting.title.isEmpty ? "(no title)" : item.meeting.title)"
            var style = Style.bold
            if index == popup.selected { style.reverse = true }
            buffer.write(DisplayWidth.pad(DisplayWidth.truncate(head, to: inner.width), to: inner.width), x: inner.x, y: y, style: style)
            var who = "  with " + item.colleagues.map(\.name).joined(separator: ", ")
            if !item.unknown.isEmpty { who += " · not in your network: " + item.unknown.map { $0.name.isEmpty ? $0.email : $0.name }.joined(separator: ", ") }
            buffer.write(who, x: inner.x, y: y + 1, style: index == popup.selected ? .color(.cyan) : .dim, maxWidth: inner.width)
        }
        for (index, line) in footer.enumerated() {
            let style: Style = index < passed.count ? .color(.yellow) : .dim
            buffer.write(line, x: inner.x, y: inner.maxY - footer.count + index, style: style, maxWidth: inner.width)
        }
    }

    /// A footer's items on as many lines as they need, each item whole.
    static func footerLines(_ items: [String], width: Int) -> [String] {
        var lines: [String] = []
        for item in items {
            if let last = lines.last, DisplayWidth.of(last + " · " + item) <= width {
                lines[lines.count - 1] = last + " · " + item
            } else {
                lines.append(item)
            }
        }
        return lines
    }

    /// The rows of brief text the popup shows at once.
    static func briefRows(_ layout: Layout) -> Int { max(1, layout.content.height - 3) }

    static func briefWidth(_ area: Rect) -> Int { min(area.width - 2, 110) }

    /// The brief wrapped to the popup, whole words, each continuation under its line's text.
    static func briefLines(_ brief: Brief, now: Date, layout: Layout) -> [String] {
        let width = briefWidth(layout.content) - 4
        return brief.lines(now: now).flatMap { line -> [String] in
            let lead = String(line.prefix { $0 == " " })
            let wrapped = TextWrap.lines(String(line.dropFirst(lead.count)), width: width - lead.count)
            guard wrapped.count > 1 else { return [lead + wrapped[0]] }
            let rest = TextWrap.lines(wrapped.dropFirst().joined(separator: " "), width: width - lead.count - 2)
            return [lead + wrapped[0]] + rest.map { lead + "  " + $0 }
        }
    }

    static func renderBrief(_ popup: BriefPopup, now: Date, layout: Layout, into buffer: inout ScreenBuffer) {
        let area = layout.content
        let lines = briefLines(popup.brief, now: now, layout: layout)
        let width = briefWidth(area)
        let rows = min(max(1, area.height - 3), lines.count)
        let rect = area.centered(width: width, height: min(area.height, rows + 3))
        let inner = Box.popup(rect, into: &buffer, title: "Brief")
        for (row, line) in lines.dropFirst(popup.offset).prefix(inner.height - 1).enumerated() {
            let style: Style = line.hasPrefix("──") || row + popup.offset == 0 ? .bold : line.hasPrefix("  ▸") ? .color(.green, bold: true) : .plain
            buffer.write(line, x: inner.x, y: inner.y + row, style: style, maxWidth: inner.width)
        }
        let more = lines.count - popup.offset > inner.height - 1 ? " · more below" : ""
        buffer.write(Keymap.footer(.brief) + more, x: inner.x, y: inner.maxY - 1, style: .dim, maxWidth: inner.width)
    }
}
