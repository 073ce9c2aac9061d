import Foundation
import PeerNetwork
import TerminalUI

/// Draws whichever popup is open, centred over the screen.
enum PopupView {
    static func render(_ popup: Popup, state: AppState, into buffer: inout ScreenBuffer) {
        let content = state.layout.content
        switch popup {
        case .quickLog(let quickLog): renderQuickLog(quickLog, state: state, area: content, into: &buffer)
        case .form(let form): renderForm(form, area: content, into: &buffer)
        case .rate(let rate): renderRate(rate, area: content, into: &buffer)
        case .stance(let stance): renderStance(stance, area: content, into: &buffer)
        case .confirm(let confirmation): renderConfirm(confirmation, area: content, into: &buffer)
        case .commitment(let commitment): renderCommitment(commitment, now: state.now, area: content, into: &buffer)
        case .commitments(let list): renderCommitments(list, now: state.now, area: content, into: &buffer)
        case .meetings(let list): renderMeetings(list, now: state.now, warnings: state.calendarWarnings, area: content, into: &buffer)
        case .brief(let brief): renderBrief(brief, now: state.now, layout: state.layout, into: &buffer)
        case .palette(let palette): renderPalette(palette, area: content, into: &buffer)
        case .tag(let tag): renderTag(tag, area: content, into: &buffer)
        }
    }

    /// A popup's title and as many of its keys as fit after it, each whole.
    static func title(_ name: String, keys: [String], width: Int) -> String {
        let room = width - 6 - DisplayWidth.of(name) - 3
        let shown = DisplayWidth.joining(keys, separator: " · ", fitting: room)
        return shown.isEmpty ? name : name + " — " + shown
    }

    static func renderQuickLog(_ popup: QuickLogPopup, state: AppState, area: Rect, into buffer: inout ScreenBuffer) {
        let width = min(area.width - 4, 100)
        // Redacted, completions would show full names.
        let completions = state.redacted ? [] : QuickLogLine.completions(for: popup.field.text, candidates: state.candidates)
        let promiseRows = popup.promise == nil ? 0 : 2
        let rect = Rect(x: area.x + (area.width - width) / 2, y: area.y + 1, width: width, height: 8 + completions.count + promiseRows)
        let name = popup.editing != nil ? "Edit interaction" : !popup.reviewKeys.isEmpty ? "Quick log, from a review card"
            : popup.meeting != nil ? "Quick log, from your calendar" : "Quick log"
        let inner = Box.popup(rect, into: &buffer, title: title(name, keys: Keymap.footerItems(.quickLog, only: ["saves", "cancels", "history"]), width: width))
        buffer.write("› ", x: inner.x, y: inner.y, style: .color(.cyan, bold: true))
        popup.field.render(into: &buffer, x: inner.x + 2, y: inner.y, width: inner.width - 2)
        var row = inner.y + 1
        for (index, candidate) in completions.enumerated() {
            let hint = index == 0 ? "  Tab" : ""
            buffer.write("  " + candidate.name + hint, x: inner.x, y: row, style: index == 0 ? .color(.cyan) : .dim, maxWidth: inner.width)
            row += 1
        }
        row += 1
        let parser = QuickLogParser(candidates: state.candidates, now: state.now)
        // Sentences that name colleagues, as the screen may show them.
        let shown = { (text: String) in state.redacted ? Redaction.FreeText(names: state.candidates.map(\.name)).redacting(text) : text }
        // What the line will save, or why not: cut with "…" where it does not fit.
        let line = Rect(x: inner.x, y: row, width: inner.width, height: 1)
        if popup.field.text.trimmed.isEmpty {
            buffer.write("who [gave|got|mutual] [kind] [30m] [yesterday] note…", in: line, style: .dim)
        } else {
            if let suggestion = parser.suggestion(for: popup.field.text) {
                buffer.write("? “\(suggestion.typed)”: " + shown(suggestion.question), in: line, style: .color(.yellow, bold: true))
            } else {
                do {
                    let entry = try parser.parse(popup.field.text)
                    buffer.write("Will save: ", x: inner.x, y: row, style: .color(.green, bold: true))
                    buffer.write(shown(QuickLogSummary.describe(entry, now: state.now)), in: Rect(x: inner.x + 11, y: row, width: inner.width - 11, height: 1))
                } catch .unknownName(let name) where popup.editing == nil {
                    buffer.write("No colleague “\(name)”: Enter adds them, then logs this line", in: line, style: .color(.yellow))
                } catch {
                    buffer.write("✗ " + error.description, in: line, style: .color(.red))
                }
            }
        }
        if let promise = popup.promise {
            // Logging about your own promise asks whether this delivers it.
            let answer = popup.keepsPromise ? "yes, mark it kept" : "no, still open (back in a week)"
            buffer.write("Kept your promise? ", x: inner.x, y: row + 2, style: .bold)
            buffer.write(answer, x: inner.x + 19, y: row + 2, style: popup.keepsPromise ? .color(.green, bold: true) : .color(.yellow))
            buffer.write("Ctrl-K changes · " + promise.what.onOneLine, x: inner.x, y: row + 3, style: .dim, maxWidth: inner.width)
            row += 2
        }
        buffer.write("kinds: " + DisplayWidth.joining(InteractionKind.allCases.map(\.rawValue), separator: ", ", fitting: inner.width - 7), x: inner.x, y: row + 2, style: .dim, maxWidth: inner.width)
        let keys = popup.field.isSelected ? ["typing replaces the name", "→ or Tab keeps it"]
            : Keymap.footerItems(.quickLog, only: ["completes", "clears", "deletes"]) + (popup.reviewKeys.isEmpty ? [] : ["saving marks the card done"])
        buffer.write(DisplayWidth.joining(keys, separator: " · ", fitting: inner.width), x: inner.x, y: row + 3, style: .dim)
    }

    static func renderForm(_ form: ColleagueForm, area: Rect, into buffer: inout ScreenBuffer) {
        let fields = ColleagueForm.Field.allCases
        let width = min(area.width - 4, 90)
        let rect = area.centered(width: width, height: fields.count + 4)
        let inner = Box.popup(rect, into: &buffer, title: title(form.isNew ? "Add colleague" : "Edit \(form.base.name)", keys: Keymap.footerItems(.form, only: ["move", "saves", "cancels"]), width: width))
        let labelWidth = 14
        // A short terminal scrolls the fields, keeping the focused one in view.
        let visible = max(1, inner.height - 1)
        let first = max(0, min(form.focus - visible + 1, fields.count - visible))
        for (index, field) in fields.enumerated() where index >= first && index < first + visible {
            let y = inner.y + index - first
            let focused = index == form.focus
            buffer.write(field.rawValue, x: inner.x, y: y, style: focused ? .color(.cyan, bold: true) : .dim)
            let error = form.errors[field]
            let errorWidth = error.map { DisplayWidth.of($0) + 3 } ?? 0
            if field == .stance {
                let text = focused ? "‹ \(form.stance.rawValue) ›" : form.stance.rawValue
                buffer.write(text, x: inner.x + labelWidth, y: y, style: Presentation.style(for: form.stance))
            } else if let dimension = field.dimension {
                let value = form.ratings[dimension]
                let text = Presentation.bar(value) + " " + (value.map(String.init) ?? "not rated")
                buffer.write(focused ? text + "   ←/→ or 1–5, Backspace clears" : text, x: inner.x + labelWidth, y: y,
                             style: Presentation.ratingStyle(value), maxWidth: inner.width - labelWidth)
            } else {
                form.values[index].render(into: &buffer, x: inner.x + labelWidth, y: y, width: inner.width - labelWidth - errorWidth,
                                          style: .plain, showCursor: focused)
                if field == .every, !focused, form.values[index].text.isEmpty {
                    buffer.write(ContactCadence.describe(Colleague(name: "", ratings: form.ratings)), x: inner.x + labelWidth, y: y, style: .dim)
                }
            }
            if let error { buffer.write(" ✗ " + error, x: inner.maxX - errorWidth, y: y, style: .color(.red, bold: true)) }
        }
        // Whole phrases, as many as fit; a cut one would say half a rule.
        let hints = ["Stance and ratings: ←/→", "Tags: words separated by spaces", "Keep in touch: 3w, none, or empty"]
        let shownHints = first > 0 || first + visible < fields.count ? ["Tab or ↓ for more fields"] + hints : hints
        buffer.write(DisplayWidth.joining(shownHints, separator: " · ", fitting: inner.width), x: inner.x, y: inner.maxY - 1, style: .dim, maxWidth: inner.width)
    }

    static func renderRate(_ popup: RatePopup, area: Rect, into buffer: inout ScreenBuffer) {
        // The focused rating's question goes under the bars, wrapped, and the keys after it: both
        // whole at any width, the popup growing with the terminal up to a comfortable line.
        let width = min(area.width - 4, 76)
        let question = TextWrap.lines(popup.focus.question, width: width - 4)
        let keys = footerLines(Keymap.footerItems(.rate), width: width - 4)
        let rect = area.centered(width: width, height: min(area.height, 4 + 1 + question.count + keys.count + 2))
        let inner = Box.popup(rect, into: &buffer, title: "Rate \(popup.name)")
        for (index, dimension) in RatingDimension.allCases.enumerated() {
            let y = inner.y + index
            let focused = dimension == popup.focus
            buffer.write((focused ? "› " : "  ") + dimension.rawValue, x: inner.x, y: y, style: focused ? .color(.cyan, bold: true) : .plain)
            let value = popup.ratings[dimension]
            buffer.write(Presentation.bar(value) + " " + Presentation.digit(value), x: inner.x + 13, y: y, style: Presentation.ratingStyle(value))
            let was = popup.previous[dimension]
            let note = was == value ? "" : "was \(Presentation.digit(was))"
            buffer.write(note, x: inner.x + 22, y: y, style: .color(.yellow))
        }
        for (index, line) in (question + keys).enumerated() {
            buffer.write(line, x: inner.x, y: inner.y + 5 + index, style: index < question.count ? .plain : .dim, maxWidth: inner.width)
        }
    }

    static func renderStance(_ popup: StancePopup, area: Rect, into buffer: inout ScreenBuffer) {
        let keys = footerLines(Keymap.footerItems(.stance), width: 36)
        let rect = area.centered(width: 40, height: Stance.allCases.count + 3 + keys.count)
        let inner = Box.popup(rect, into: &buffer, title: "Stance of \(popup.name)")
        for (index, stance) in Stance.allCases.enumerated() {
            var style = Presentation.style(for: stance)
            if stance == popup.selected { style.reverse = true }
            buffer.write(DisplayWidth.pad("  " + stance.rawValue, to: inner.width), x: inner.x, y: inner.y + index, style: style)
        }
        for (index, line) in keys.enumerated() { buffer.write(line, x: inner.x, y: inner.maxY - keys.count + index, style: .dim, maxWidth: inner.width) }
    }

    static func renderCommitment(_ popup: CommitmentPopup, now: Date, area: Rect, into buffer: inout ScreenBuffer) {
        let width = min(area.width - 4, 90)
        let rect = area.centered(width: width, height: 8)
        let isNeed = popup.kind == .need
        let inner = Box.popup(rect, into: &buffer, title: isNeed
            ? title("Add a need", keys: Keymap.footerItems(.commitment, only: ["saves", "cancels"]), width: width)
            : title("Add a promise", keys: Keymap.footerItems(.commitment), width: width))
        buffer.write(popup.heading + ":", x: inner.x, y: inner.y, style: .color(.cyan, bold: true), maxWidth: inner.width)
        buffer.write("› ", x: inner.x, y: inner.y + 1, style: .color(.cyan, bold: true))
        popup.field.render(into: &buffer, x: inner.x + 2, y: inner.y + 1, width: inner.width - 2)
        if !popup.field.text.trimmed.isEmpty {
            do throws(CommitmentLine.Error) {
                let line = try popup.parsed(now: now)
                let when = line.due.map { " · by \(DueDate.describe($0, now: now)) (\(DueDate.relative($0, now: now)))" } ?? " · no day"
                buffer.write("Will save: ", x: inner.x, y: inner.y + 3, style: .color(.green, bold: true))
                buffer.write(line.what + when, x: inner.x + 11, y: inner.y + 3, maxWidth: inner.width - 11)
            } catch {
                buffer.write("✗ " + error.description, x: inner.x, y: inner.y + 3, style: .color(.red), maxWidth: inner.width)
            }
        }
        let form = isNeed ? "WHAT by DAY: " : "WHAT [by DAY]: "
        let hint = form + DisplayWidth.joining(["by friday", "by march", "by 2027-03-15", "by 2w"], separator: ", ", fitting: inner.width - DisplayWidth.of(form))
        buffer.write(hint, x: inner.x, y: inner.maxY - 1, style: .dim, maxWidth: inner.width)
    }

    static func renderCommitments(_ list: CommitmentListPopup, now: Date, area: Rect, into buffer: inout ScreenBuffer) {
        let lines = DetailScreen.commitments(needs: list.needs, promises: list.promises, now: now)
        let width = min(area.width - 4, 90)
        let rect = area.centered(width: width, height: min(area.height, max(1, lines.count) + 4))
        let inner = Box.popup(rect, into: &buffer, title: "Needs and promises of \(list.name)")
        guard !lines.isEmpty else {
            buffer.write("None open. n adds a need, p a promise.", x: inner.x, y: inner.y, style: .dim, maxWidth: inner.width)
            return
        }
        for (index, (label, text)) in lines.enumerated() where index < inner.height - 1 {
            var style = Style.plain
            if index == list.selected { style.reverse = true }
            buffer.write(DisplayWidth.pad(DisplayWidth.pad(label, to: 10) + text, to: inner.width), x: inner.x, y: inner.y + index, style: style, maxWidth: inner.width)
        }
        buffer.write(DisplayWidth.joining(Keymap.footerItems(.commitments) + ["u undoes"], separator: " · ", fitting: inner.width), x: inner.x, y: inner.maxY - 1, style: .dim, maxWidth: inner.width)
    }

    static func renderConfirm(_ confirmation: Confirmation, area: Rect, into buffer: inout ScreenBuffer) {
        let width = min(area.width - 4, 70)
        let lines = TextWrap.lines(confirmation.message, width: width - 4)
        let rect = area.centered(width: width, height: lines.count + 4)
        let inner = Box.popup(rect, into: &buffer, title: "Confirm")
        for (index, line) in lines.enumerated() { buffer.write(line, x: inner.x, y: inner.y + index, style: .bold) }
        buffer.write(Keymap.footer(.confirm) + " (u undoes a delete later)", x: inner.x, y: inner.maxY - 1, style: .color(.yellow), maxWidth: inner.width)
    }
}
