import Foundation
import PeerNetwork
import TerminalUI

/// Whether something that shows private fields must stay closed: redacted, it says so and is.
func refusedWhileRedacted(_ state: inout AppState) -> Bool {
    guard state.redacted else { return false }
    state.status = StatusMessage("Hidden while redacted: this shows private fields; Ctrl-P ends redaction", isError: true)
    return true
}

/// Commands that open a popup or change data.
func performEditing(_ command: Command, in state: inout AppState) -> [Effect] {
    let colleague = state.focusedColleague
    if command.showsPrivateFields, refusedWhileRedacted(&state) { return [] }
    switch command {
    case .quickLog:
        // From a colleague's row or page, the line starts with their name.
        // The prefilled name is selected: typing replaces it, → or Tab keeps it.
        // Redacted, the line names them by id: their name is not on screen.
        let prefill = colleague.map { (state.redacted ? "#\($0.id ?? 0)" : $0.name) + " " } ?? ""
        var popup = QuickLogPopup(text: prefill, selected: true)
        if state.screen == .review, let row = state.selectedRow {
            // Logging answers the card's reasons; re-rating and promises have their own keys.
            let reasons = row.decidable.filter { !$0.kind.asksForRatings }
            popup.reviewKeys = reasons.filter { $0.promiseID == nil }.map(\.key)
            if let mine = reasons.first(where: { $0.promiseDirection == .mine }), let id = mine.promiseID {
                popup.promise = (id, mine.action)
                popup.reviewKeys.append(mine.key)
            }
        }
        state.popup = .quickLog(popup)
        return [.loadCandidates, .loadQuickLogLines]
    case .editInteraction:
        guard let entry = state.focusedInteraction, entry.interaction.id != nil else { return [] }
        let line = QuickLogLine.line(for: entry, now: state.now)
        var popup = QuickLogPopup(text: line, editing: entry.interaction)
        popup.original = line
        state.popup = .quickLog(popup)
        return [.loadCandidates]
    case .add:
        state.popup = .form(ColleagueForm(editing: Colleague(name: "")))
        return []
    case .edit:
        guard let colleague else { return [] }
        state.popup = .form(ColleagueForm(editing: colleague))
        return []
    case .editNotes:
        guard let id = colleague?.id else { return [] }
        return [.editNotes(id)]
    case .rate:
        if state.screen == .review, let insight = state.selectedInsight, insight.kind.isRatingRequest {
            state.rateQueue = insight.colleagueIDs
            openNextRating(in: &state)
            return []
        }
        guard let colleague else { return [] }
        openRating(colleague, in: &state)
        return []
    case .addNeed, .addPromise:
        guard let colleague, let id = colleague.id else { return [] }
        let kind: CommitmentPopup.Kind = command == .addNeed ? .need : .promise(.mine)
        state.popup = .commitment(CommitmentPopup(kind: kind, colleagueID: id, name: colleague.name))
        return []
    case .commitments:
        guard let detail = state.detail else { return [] }
        state.popup = .commitments(CommitmentListPopup(
            name: detail.summary.colleague.name, needs: detail.needs, promises: detail.promises))
        return []
    case .stance:
        guard let colleague, let id = colleague.id else { return [] }
        state.popup = .stance(StancePopup(colleagueID: id, name: colleague.name, selected: colleague.stance, original: colleague.stance))
        return []
    case .archive:
        if state.screen == .colleagues, let marked = markedColleagues(state) { return archiveMarked(marked, in: &state) }
        guard let colleague, let id = colleague.id else { return [] }
        let verb = colleague.archived ? "Restored" : "Archived"
        return [.apply(.setArchived(id, !colleague.archived), description: "\(verb) \(colleague.name)")]
    case .delete:
        if let entry = state.focusedInteraction, let id = entry.interaction.id {
            let what = "\(entry.interaction.direction.rawValue) \(entry.interaction.kind.rawValue) with \(entry.names.joined(separator: ", "))"
            state.popup = .confirm(Confirmation(
                message: "Delete this interaction (\(what), \(QuickLogSummary.day(entry.interaction.occurredAt, now: state.now)))?",
                change: .deleteInteraction(id), description: "Deleted \(what)"))
            return []
        }
        if state.screen == .colleagues, let marked = markedColleagues(state) { return deleteMarked(marked, in: &state) }
        guard state.screen == .colleagues, let colleague, let id = colleague.id else { return [] }
        return [.countDeletionLoss(id, name: colleague.name)]
    case .undo:
        guard let entry = state.undoStack.popLast() else {
            state.status = StatusMessage("Nothing to undo in this session")
            return []
        }
        return [.undo(entry)]
    default:
        return []
    }
}

/// The notes as the editor left them: saved when they changed, and kept in their draft with the
/// reason when they cannot be read or saved.
func saveNotes(_ draft: NotesDraft, in state: inout AppState) -> [Effect] {
    guard let text = draft.text else {
        return keepDraft(draft.path, because: "the notes are not UTF-8 text; nothing was saved", in: &state)
    }
    let edited: Colleague
    do {
        edited = try NotesDocument.apply(text, to: draft.colleague)
    } catch {
        return keepDraft(draft.path, because: "\(error)", in: &state)
    }
    guard edited != draft.colleague else {
        state.status = StatusMessage("Notes unchanged")
        return [.discardDraft(draft.path)]
    }
    return [.saveNotes(.updateColleague(edited, from: draft.colleague), description: "Saved notes on \(draft.colleague.name)", draft: draft.path)]
}

/// The status names the draft first, before the width cuts it: minutes of typing are not
/// thrown away with a refusal.
func keepDraft(_ path: String, because reason: String, in state: inout AppState) -> [Effect] {
    state.status = StatusMessage("Kept what you wrote in \(path): \(reason)", isError: true)
    return []
}

private func openRating(_ colleague: Colleague, in state: inout AppState) {
    guard let id = colleague.id else { return }
    state.popup = .rate(RatePopup(colleagueID: id, name: colleague.name, previous: colleague.ratings, ratings: colleague.ratings))
}

/// The next colleague of the rating queue, if any is left; their values come from the review page.
func openNextRating(in state: inout AppState) {
    while !state.rateQueue.isEmpty {
        let id = state.rateQueue.removeFirst()
        if let colleague = state.review?.colleagues[id] {
            openRating(colleague, in: &state)
            return
        }
    }
}

/// Keys while a popup is open. `Esc` always closes it; `q` closes all but text popups. A popup
/// that saves stays open until the write lands (`.applied`), so a failed save loses nothing.
func handlePopupKey(_ key: Key, in state: inout AppState) -> [Effect] {
    guard let popup = state.popup else { return [] }
    if key == .escape {
        state.popup = nil
        // Esc stops a run of ratings too, and drops a line waiting for a new colleague.
        state.rateQueue = []
        state.pendingLog = nil
        return []
    }
    switch popup {
    case .quickLog(var quickLog):
        let effects = handleQuickLogKey(key, popup: &quickLog, state: &state)
        if case .quickLog = state.popup { state.popup = .quickLog(quickLog) }
        return effects
    case .form(var form):
        let effects = handleFormKey(key, form: &form, state: &state)
        if case .form = state.popup { state.popup = .form(form) }
        return effects
    case .rate(var rate):
        switch key {
        case .char("q"): state.popup = nil
        case .down, .char("j"): rate.focus = RatingDimension.allCases[(RatingDimension.allCases.firstIndex(of: rate.focus)! + 1) % 4]
        case .up, .char("k"): rate.focus = RatingDimension.allCases[(RatingDimension.allCases.firstIndex(of: rate.focus)! + 3) % 4]
        case .left, .char("h"): rate.ratings[rate.focus] = max(1, (rate.ratings[rate.focus] ?? 4) - 1)
        case .right, .char("l"): rate.ratings[rate.focus] = min(5, (rate.ratings[rate.focus] ?? 2) + 1)
        case .character(let c) where ("1"..."5").contains(c):
            rate.ratings[rate.focus] = Int(String(c))
            // Typing a digit moves on, so 4 3 2 5 Enter rates all four.
            if rate.focus != .trust { rate.focus = RatingDimension.allCases[RatingDimension.allCases.firstIndex(of: rate.focus)! + 1] }
        case .enter:
            guard rate.ratings != rate.previous else {
                // Confirming the same values is still a review: the ratings stop being stale.
                guard !rate.ratings.isUnrated else {
                    state.popup = nil
                    return []
                }
                return [.apply(.rate(rate.colleagueID, rate.ratings, shown: rate.previous), description: "Ratings of \(rate.name) unchanged, marked as reviewed")]
            }
            let changed = RatingDimension.allCases.filter { rate.ratings[$0] != rate.previous[$0] }
                .map { "\($0.rawValue) \(rate.previous[$0].map(String.init) ?? "–")→\(rate.ratings[$0]!)" }
            return [.apply(.rate(rate.colleagueID, rate.ratings, shown: rate.previous), description: "Rated \(rate.name): \(changed.joined(separator: ", "))")]
        default: break
        }
        if case .rate = state.popup { state.popup = .rate(rate) }
        return []
    case .stance(var stance):
        let all = Stance.allCases
        let index = all.firstIndex(of: stance.selected)!
        switch key {
        case .char("q"): state.popup = nil
        case .down, .char("j"): stance.selected = all[(index + 1) % all.count]
        case .up, .char("k"): stance.selected = all[(index + all.count - 1) % all.count]
        case .enter:
            guard stance.selected != stance.original else { return closedWithNothingChanged(&state) }
            return [.apply(.setStance(stance.colleagueID, stance.selected, shown: stance.original), description: "\(stance.name) is now \(stance.selected.rawValue)")]
        default: break
        }
        if case .stance = state.popup { state.popup = .stance(stance) }
        return []
    case .commitment(var commitment):
        let effects = handleCommitmentKey(key, popup: &commitment, state: &state)
        if case .commitment = state.popup { state.popup = .commitment(commitment) }
        return effects
    case .commitments(var list):
        switch key {
        case .char("q"): state.popup = nil
        case .down, .char("j"): list.selected = min(list.selected + 1, max(0, list.count - 1))
        case .up, .char("k"): list.selected = max(list.selected - 1, 0)
        case .enter, .char("x"):
            guard let (change, description) = list.settleSelected() else { return [] }
            return [.apply(change, description: description)]
        default: break
        }
        if case .commitments = state.popup { state.popup = .commitments(list) }
        return []
    case .meetings(var meetings):
        let effects = handleMeetingsKey(key, popup: &meetings, state: &state)
        if case .meetings = state.popup { state.popup = .meetings(meetings) }
        return effects
    case .tag(var tag):
        let effects = handleTagKey(key, popup: &tag, state: &state)
        if case .tag = state.popup { state.popup = .tag(tag) }
        return effects
    case .palette(var palette):
        switch key {
        case .down: palette.selected = min(palette.selected + 1, max(0, palette.matches.count - 1))
        case .up: palette.selected = max(palette.selected - 1, 0)
        case .enter:
            let matches = palette.matches
            guard matches.indices.contains(palette.selected) else { return [] }
            state.popup = nil
            return perform(matches[palette.selected].command, in: &state)
        default:
            guard palette.field.handle(key) else { return [] }
            palette.selected = 0
        }
        if case .palette = state.popup { state.popup = .palette(palette) }
        return []
    case .brief(var brief):
        handleBriefKey(key, popup: &brief, state: &state)
        if case .brief = state.popup { state.popup = .brief(brief) }
        return []
    case .confirm(let confirmation):
        switch key {
        case .char("y"), .char("Y"):
            state.popup = nil
            if state.screen == .detail, case .deleteColleague = confirmation.change { state.screen = state.returnScreen }
            return [.apply(confirmation.change, description: confirmation.description)]
        case .char("n"), .char("N"), .char("q"):
            state.popup = nil
        default: break
        }
        return []
    }
}

private func handleQuickLogKey(_ key: Key, popup: inout QuickLogPopup, state: inout AppState) -> [Effect] {
    // Earlier lines name people and quote notes: not recalled on a shared screen.
    let history = state.redacted ? [] : state.quickLogHistory
    switch key {
    case .up:
        guard !history.isEmpty else { return [] }
        if popup.historyIndex == nil { popup.draft = popup.field.text }
        let index = max(0, (popup.historyIndex ?? history.count) - 1)
        popup.historyIndex = index
        popup.field.set(history[index])
    case .down:
        guard let index = popup.historyIndex else { return [] }
        if index + 1 < history.count {
            popup.historyIndex = index + 1
            popup.field.set(history[index + 1])
        } else {
            popup.historyIndex = nil
            popup.field.set(popup.draft)
        }
    case .tab where popup.field.isSelected, .right where popup.field.isSelected:
        // The name the completion selected is kept.
        popup.field.keepSelection()
    case .tab:
        // Else a suggestion is taken, a name or a keyword completed.
        let parser = QuickLogParser(candidates: state.candidates, now: state.now)
        if let suggestion = parser.suggestion(for: popup.field.text) {
            popup.field.set(suggestion.line)
        } else if let completion = QuickLogLine.completions(for: popup.field.text, candidates: state.candidates).first {
            popup.field.set(QuickLogLine.accept(completion, in: popup.field.text))
        } else if let completed = parser.completingKeyword(in: popup.field.text) {
            popup.field.set(completed)
        }
    case .enter:
        // Re-reading an unchanged line could move its time within the day: nothing is saved.
        if popup.editing != nil, popup.field.text == popup.original { return closedWithNothingChanged(&state) }
        let parser = QuickLogParser(candidates: state.candidates, now: state.now)
        do {
            let entry = try parser.parse(popup.field.text)
            var interaction = entry.interaction
            interaction.id = popup.editing?.id
            let line = popup.field.text.trimmed
            if state.quickLogHistory.last != line { state.quickLogHistory.append(line) }
            // The line is kept with the write, for ↑ after a restart.
            let remember = Change.rememberLine(line)
            let summary = QuickLogSummary.describe(entry, now: state.now)
            if let meeting = popup.meeting {
                return [.apply(.batch([.logMeeting(meetingInteraction(interaction, for: meeting), meeting), remember]), description: "Logged the meeting: \(summary)")]
            }
            if !popup.reviewKeys.isEmpty {
                let decisions = popup.reviewKeys.map { key -> Change in
                    let done = ReviewDecision(key: key, choice: .done, at: state.now)
                    guard let promise = popup.promise else { return .decide(done) }
                    // The promise's item leaves only with the promise: kept now, or still open.
                    if key.hasPrefix("promise:"), popup.keepsPromise { return .decide(done, keeping: promise.id) }
                    return key.hasPrefix("promise:") ? .decide(ReviewDecision(key: key, choice: .snoozed, at: state.now)) : .decide(done)
                }
                let outcome = popup.promise == nil ? "Logged and done" : popup.keepsPromise ? "Logged and done, promise kept" : "Logged, promise still open (back in a week)"
                return [.apply(.batch([.log(interaction)] + decisions + [remember]), description: "\(outcome): \(summary)")]
            }
            guard let base = popup.editing else { return [.apply(.batch([.log(interaction), remember]), description: "Logged: \(summary)")] }
            return [.apply(.updateInteraction(interaction, from: base), description: "Updated: \(summary)")]
        } catch .unknownName(let name) where popup.editing == nil && parser.suggestion(for: popup.field.text) == nil {
            // Someone new: add them first, then log the line.
            state.pendingLog = PendingLog(line: popup.field.text, waitingFor: name)
            state.popup = .form(ColleagueForm(editing: Colleague(name: name.prefix(1).uppercased() + name.dropFirst())))
            state.status = StatusMessage("Add \(name) to the network; the line is logged once they are saved")
            return []
        } catch {
            // The preview already shows the error; Enter does not save a line it cannot read.
            return []
        }
    case .control("k") where popup.promise != nil:
        popup.keepsPromise.toggle()
    default:
        _ = popup.field.handle(key)
        popup.historyIndex = nil
    }
    return []
}

private func handleFormKey(_ key: Key, form: inout ColleagueForm, state: inout AppState) -> [Effect] {
    let count = ColleagueForm.Field.allCases.count
    switch key {
    case .tab, .down: form.focus = (form.focus + 1) % count
    case .backTab, .up: form.focus = (form.focus + count - 1) % count
    case .enter:
        switch form.validated() {
        case .success(let colleague):
            if form.isNew {
                return [.apply(.addColleague(colleague, allowingDuplicate: form.allowsDuplicate), description: "Added \(colleague.name)")]
            }
            // A save with nothing changed changes nothing: no write, no undo step.
            guard colleague != form.base else { return closedWithNothingChanged(&state) }
            return [.apply(.updateColleague(colleague, from: form.base, allowingDuplicate: form.allowsDuplicate), description: "Saved \(colleague.name)")]
        case .failure(let failure):
            form.errors = failure.errors
            if let first = ColleagueForm.Field.allCases.firstIndex(where: { failure.errors[$0] != nil }) { form.focus = first }
        }
    case .left where form.focusedField.isPicker: form.step(-1)
    case .right where form.focusedField.isPicker: form.step(1)
    case .character(let c) where form.focusedField.dimension != nil && ("1"..."5").contains(c):
        form.ratings[form.focusedField.dimension!] = Int(String(c))
    case .backspace, .delete:
        if let dimension = form.focusedField.dimension {
            form.ratings[dimension] = nil
        } else if !form.focusedField.isPicker {
            _ = form.values[form.focus].handle(key)
        }
    default:
        guard !form.focusedField.isPicker else { return [] }
        _ = form.values[form.focus].handle(key)
        form.errors[form.focusedField] = nil
        // A changed field is checked for a twin again.
        form.allowsDuplicate = false
    }
    return []
}

private func handleCommitmentKey(_ key: Key, popup: inout CommitmentPopup, state: inout AppState) -> [Effect] {
    switch key {
    case .tab, .backTab:
        if case .promise(let direction) = popup.kind { popup.kind = .promise(direction == .mine ? .theirs : .mine) }
    case .enter:
        // The preview already says why a line can't be saved.
        guard let line = try? popup.parsed(now: state.now) else { return [] }
        let when = line.due.map { ", by \(DueDate.describe($0, now: state.now))" } ?? ""
        let description = "\(popup.heading) \(line.what)\(when)"
        switch popup.kind {
        case .need:
            let need = Need(colleagueID: popup.colleagueID, what: line.what, dueAt: line.due!, createdAt: state.now)
            return [.apply(.addNeed(need), description: "Need added: \(description)")]
        case .promise(let direction):
            let promise = Promise(colleagueID: popup.colleagueID, direction: direction, what: line.what, dueAt: line.due, createdAt: state.now)
            return [.apply(.addPromise(promise), description: "Promise added: \(description)")]
        }
    default:
        _ = popup.field.handle(key)
    }
    return []
}

/// A save with nothing changed changes nothing: the popup closes, with no write and no undo step.
private func closedWithNothingChanged(_ state: inout AppState) -> [Effect] {
    state.popup = nil
    state.status = StatusMessage("Nothing changed")
    return []
}
