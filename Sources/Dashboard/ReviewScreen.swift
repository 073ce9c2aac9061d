import Foundation
import PeerNetwork
import TerminalUI

/// Screen 4, the weekly review: this week's given and received against the help budget, the
/// eight weeks before for comparison, and the queue of next actions, worked one at a time.
enum ReviewScreen {
    /// Wide terminals show the why of every item in the queue, not only the selected one.
    static let whyColumnFromWidth = 150

    /// The queue's first item row: below its title line and the table header.
    static func firstRowY(_ layout: Layout) -> Int { layout.reviewList.y + 2 }
    static func visibleRows(_ layout: Layout) -> Int { max(1, layout.reviewList.height - 2) }

    static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let layout = state.layout
        guard let page = state.review else {
            buffer.write("Loading the review…", x: layout.content.x + 2, y: layout.content.y + 1, style: .dim)
            return
        }
        renderHeader(page, layout: layout, into: &buffer)
        renderQueue(state, review: page.review, area: layout.reviewList, into: &buffer)
        let colleague = state.selectedInsight?.colleagueID.flatMap { page.colleagues[$0] }
        renderPanel(state.selectedRow, page: page, colleague: colleague, area: layout.reviewPanel, into: &buffer)
    }

    static func renderHeader(_ page: ReviewPage, layout: Layout, into buffer: inout ScreenBuffer) {
        let review = page.review
        let area = layout.reviewHeader
        let left = area.x + 1
        let week = review.thisWeek
        var x = left + buffer.write("Week \(review.weekLabel)", x: left, y: area.y, style: .bold)
        buffer.write("  \(review.dateRange(calendar: page.calendar))", x: x, y: area.y, style: .dim)

        x = left + buffer.write("Given ", x: left, y: area.y + 1, style: .dim)
        x += buffer.write("\(week.givenCount) · \(QuickLogSummary.duration(week.givenMinutes))", x: x, y: area.y + 1, style: .color(.magenta, bold: true))
        x += buffer.write("   Received ", x: x, y: area.y + 1, style: .dim)
        x += buffer.write("\(week.receivedCount) · \(QuickLogSummary.duration(week.receivedMinutes))", x: x, y: area.y + 1, style: .color(.cyan, bold: true))
        x += buffer.write("   Mutual ", x: x, y: area.y + 1, style: .dim)
        buffer.write("\(week.mutualCount)", x: x, y: area.y + 1)

        let budget = review.budget
        x = left + buffer.write("Help  ", x: left, y: area.y + 2, style: .dim)
        x += buffer.write(Meter.render(budget.fractionUsed, width: 20), x: x, y: area.y + 2, style: .color(budget.isOver ? .red : .green))
        let percent = Int((budget.fractionUsed * 100).rounded())
        let used = " \(QuickLogSummary.duration(budget.usedMinutes)) of \(BalanceFormat.budgetHours(budget.weeklyHours)) budget (\(percent)%)"
        x += buffer.write(used, x: x, y: area.y + 2)
        if budget.isOver { buffer.write("  over budget", x: x, y: area.y + 2, style: .color(.red, bold: true)) }

        let chartArea = Rect(x: left, y: area.y + 3, width: area.width - 2, height: area.height - 3)
        if layout.reviewHasChart {
            WeekChart.render(review.history, area: chartArea, into: &buffer)
        } else {
            WeekChart.renderSparklines(review.history, area: chartArea, into: &buffer)
        }
    }

    static func renderQueue(_ state: AppState, review: Review, area: Rect, into buffer: inout ScreenBuffer) {
        guard area.height > 0 else { return }
        buffer.write(String(repeating: "─", count: area.width), x: area.x, y: area.y, style: .dim)
        let shown = state.reviewShowsHidden ? ", shown below" : ", . shows them"
        let cards = state.reviewCardCount
        let title = " Next actions: \(cards) card\(cards == 1 ? "" : "s") " + (review.hiddenSummary.isEmpty ? "" : "(\(review.hiddenSummary)\(shown)) ")
        buffer.write(title, x: area.x + 2, y: area.y, style: .bold)
        let table = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let queue = state.reviewQueue
        guard !queue.isEmpty else {
            let message = state.colleagues.isEmpty && state.query.filter.isEmpty
                ? "No colleagues yet. Add them on screen 1 (a), and the review fills in as you log."
                : "Nothing left to act on this week. New items appear as the week goes on."
            buffer.write(message, x: table.x + 2, y: table.y + 1, style: .dim, maxWidth: table.width - 4)
            return
        }
        let wide = area.width >= whyColumnFromWidth
        var columns = [
            // Wide enough for the longest title with a count, "Feed before you need +2".
            TableColumn("Kind", width: wide ? 24 : 11),
            TableColumn("Colleague", width: wide ? 26 : 17),
            TableColumn("Next action", width: 0, flexible: true, prose: true),
        ]
        if wide { columns.append(TableColumn("Why", width: 0, flexible: true, prose: true)) }
        let window = Table.window(count: queue.count, offset: state.reviewPosition.offset, area: table)
        let rows = queue[window].map { row -> [TableCell] in
            let insight = row.reason ?? row.card.lead
            // Hidden items read as what was decided, dimmed.
            var kind = insight.decision.map { $0.choice.rawValue.capitalized } ?? (wide ? insight.kind.title : insight.kind.shortTitle)
            let style = insight.decision == nil ? Style.plain : Style.dim
            guard row.reason != nil else {
                // A card: its lead reason, and how many more there are.
                let more = row.card.reasons.count - 1
                if more > 0 { kind += " +\(more)" }
                var cells = [
                    TableCell(kind, style: insight.decision == nil ? Presentation.style(for: insight.kind) : .dim),
                    TableCell(row.card.colleagueName ?? "–", style: style),
                    TableCell(row.card.action, style: style),
                ]
                if wide { cells.append(TableCell(insight.why, style: .dim)) }
                return cells
            }
            var cells = [
                TableCell(" › " + kind, style: insight.decision == nil ? Presentation.style(for: insight.kind) : .dim),
                TableCell("", style: style),
                TableCell(insight.why, style: .dim),
            ]
            if wide { cells.append(TableCell(insight.action, style: .dim)) }
            return cells
        }
        Table(columns: columns, rows: rows, selected: state.reviewPosition.selected - window.lowerBound, offset: 0)
            .render(into: &buffer, area: table)
    }

    /// The selected item in full: what to do and why, wrapped; then, where there is room, what
    /// the colleague values and cares about, which is what the next action draws on.
    static func renderPanel(_ selected: ReviewRow?, page: ReviewPage, colleague: Colleague?, area: Rect, into buffer: inout ScreenBuffer) {
        guard area.height > 1 else { return }
        buffer.write(String(repeating: "─", count: area.width), x: area.x, y: area.y, style: .dim)
        guard let selected else { return }
        let insight = selected.reason ?? selected.card.lead
        let isCard = selected.reason == nil && selected.card.reasons.count > 1
        let reasons = isCard ? " · \(selected.card.reasons.count) reasons" : ""
        let heading = " \(insight.kind.title)" + (insight.colleagueName.map { " · \($0)" } ?? "") + reasons
            + (page.review.decisionPhrase(insight, calendar: page.calendar).map { " · \($0)" } ?? "") + " "
        var headingStyle = Presentation.style(for: insight.kind)
        headingStyle.bold = true
        buffer.write(heading, x: area.x + 2, y: area.y, style: headingStyle)
        let labelWidth = 7
        let textWidth = max(1, area.width - labelWidth - 2)
        let rows = area.height - 1
        let action = TextWrap.lines(insight.action, width: textWidth)
        // A card lists every reason's why, one a line.
        let why = isCard
            ? selected.card.reasons.map { DisplayWidth.truncate("\($0.kind.shortTitle): \($0.why)", to: textWidth) }
            : TextWrap.lines(insight.why, width: textWidth)
        // The action gets what the why leaves, but the why always keeps a row.
        let actionRows = min(action.count, max(1, rows - why.count))
        var row = area.y + 1
        var sections = [("Next", Array(action.prefix(actionRows)), Style.bold), ("Why", Array(why.prefix(rows - actionRows)), Style.plain)]
        var spare = rows - actionRows - min(why.count, rows - actionRows)
        for (label, text) in [("Values", colleague?.valuedInfo ?? ""), ("Agenda", colleague?.agenda ?? "")] where spare > 0 && !text.isEmpty {
            sections.append((label, [DisplayWidth.truncate(text, to: textWidth)], Style.dim))
            spare -= 1
        }
        for (label, lines, style) in sections {
            for (index, line) in lines.enumerated() {
                if index == 0 { buffer.write(label, x: area.x + 1, y: row, style: .dim) }
                buffer.write(line, x: area.x + 1 + labelWidth, y: row, style: style, maxWidth: textWidth)
                row += 1
            }
        }
    }
}
