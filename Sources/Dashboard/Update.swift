import Foundation
import PeerNetwork
import TerminalUI

/// The reducer: the only place `AppState` changes. It returns the effects to run, with a load
/// of any colleague rows the next frame would show and the list has not loaded.
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    if case .key(let key) = action, state.filterField == nil, !state.filterLoads.isEmpty {
        // A key that acts on a list sees the list its filter asked for: the loads, then the key.
        defer { state.filterLoads = [] }
        return state.filterLoads + [.redeliver(key)]
    }
    var effects = reduce(&state, action)
    // A new list is on its way: its rows are asked for once it is here.
    let listLoad = effects.contains { if case .loadColleagues = $0 { true } else if case .loadFirstColleagues = $0 { true } else { false } }
    if !listLoad {
        let missing = missingColleagueRows(state)
        if !missing.isEmpty { effects.append(.loadColleagueRows(missing)) }
    }
    if case .key = action, state.filterField != nil { effects = holdingFilterLoads(effects, in: &state) }
    return effects
}

/// While a filter is typed, its list loads wait for the keys to stop; only the latest of each
/// kind is kept.
private func holdingFilterLoads(_ effects: [Effect], in state: inout AppState) -> [Effect] {
    func kind(_ effect: Effect) -> Int? {
        switch effect {
        case .loadColleagues: 0
        case .loadLog(_, before: nil): 1
        default: nil
        }
    }
    var rest: [Effect] = []
    for effect in effects {
        guard let held = kind(effect) else {
            rest.append(effect)
            continue
        }
        state.filterLoads.removeAll { kind($0) == held }
        state.filterLoads.append(effect)
    }
    guard rest.count < effects.count else { return effects }
    state.filterToken += 1
    return rest + [.settleFilter(token: state.filterToken)]
}

/// Rows the colleague table or the map panel would draw without: the screen's window, a screen
/// before it and, when scrolling, three after, so that j, k and PgDn rarely wait (one read
/// every third PgDn).
func missingColleagueRows(_ state: AppState) -> [ColleagueID] {
    let visible = state.layout.tableRows
    let offset = state.colleaguePosition.offset
    var missing = state.colleagues.missing(in: offset..<(offset + visible))
    // The first screen at start reads just what it shows, and the rest comes with the whole list
    // after that frame; a new list (a sort, a filter, a write) reads the screen and the next;
    // scrolling reads ahead.
    let ahead = !state.colleagues.isComplete ? 1 : state.colleagues.rows.isEmpty ? 2 : 4
    if !missing.isEmpty { missing = state.colleagues.missing(in: (offset - visible)..<(offset + ahead * visible)) }
    if let selected = state.mapSelection, state.colleagues.rows[selected.id] == nil, !missing.contains(selected.id) {
        missing.append(selected.id)
    }
    return missing
}

private func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .start:
        return [.loadFirstColleagues(state.query, rows: state.layout.tableRows)]
    case .revisionRead(let revision):
        defer { state.revision = revision }
        guard let known = state.revision, known != revision else { return [] }
        return reloadAll(&state)
    case .externalChange:
        return reloadAll(&state)
    case .tick(let now):
        state.now = now
        return teamOnTick(&state) + calendarOnTick(&state)
    case .frameDrawn:
        // The first frame shows the first screen of the list; the rest is read right after it
        // is drawn, before any key is taken, so every key acts on the whole list. The review is
        // read ahead then, in the background.
        var effects: [Effect] = state.colleagues.isComplete ? [] : [.loadColleagues(state.query)]
        if !state.reviewReadAheadAsked {
            state.reviewReadAheadAsked = true
            effects.append(.readAheadReview)
        }
        return effects
    case .calendarsChecked:
        state.calendarChecking = false
        return [.loadMeetings]
    case .meetingsLoaded(let meetings, let warnings):
        meetingsLoaded(meetings, in: &state)
        state.calendarWarnings = warnings
        return []
    case .briefLoaded(let brief):
        briefLoaded(brief, in: &state)
        return []
    case .filterSettled(let token):
        guard token == state.filterToken else { return [] }
        defer { state.filterLoads = [] }
        return state.filterLoads
    case .colleaguesLoaded(let loaded, let departments):
        let focus: ColleagueID? = if case .colleague(let id) = state.pendingFocus { id } else { nil }
        show(loaded, focus: focus, in: &state)
        state.departments = departments
        return []
    case .colleagueRowsLoaded(let loaded, let asked):
        // A colleague deleted since the list was read: read the list again rather than ask forever.
        if loaded.count < asked.count { return [.loadColleagues(state.query)] }
        let offset = state.colleaguePosition.offset, visible = state.layout.tableRows
        let onScreen = Set(state.colleagues.entries[(offset..<(offset + visible)).clamped(to: state.colleagues.entries.indices)].map(\.id))
        state.colleagues.merge(loaded, keeping: onScreen)
        return []
    case .logLoaded(let loaded, let appended):
        let entries = loaded
        let oldIDs = state.log.map(\.interaction.id)
        state.log = appended ? state.log + entries : entries
        state.logIsStale = false
        state.logHasMore = entries.count >= Layout.logPageSize
        let focus: InteractionID? = if case .interaction(let id) = state.pendingFocus { id } else { nil }
        state.logPosition.follow(from: oldIDs, to: state.log.map(\.interaction.id), focus: focus, visible: state.layout.tableRows)
        return []
    case .detailLoaded(let loaded):
        let detail = loaded
        let oldIDs = state.detail?.recent.map(\.interaction.id) ?? []
        let focus: InteractionID? = if case .interaction(let id) = state.pendingFocus { id } else { nil }
        state.detail = detail
        state.detailPosition.follow(
            from: oldIDs, to: detail?.recent.map(\.interaction.id) ?? [], focus: focus,
            visible: state.detailVisibleRows)
        if detail == nil, state.screen == .detail {
            state.screen = state.returnScreen
            state.status = StatusMessage("That colleague no longer exists", isError: true)
        }
        return []
    case .failed(let message):
        state.status = StatusMessage(message, isError: true)
        return []
    case .notice(let message):
        state.status = StatusMessage(message)
        return []
    case .notesEdited(let draft):
        return saveNotes(draft, in: &state)
    case .draftKept(let path, let reason):
        return keepDraft(path, because: reason, in: &state)
    case .candidatesLoaded(let candidates):
        state.candidates = candidates
        if let pending = state.pendingLog, pending.waitingFor == nil {
            state.pendingLog = nil
            guard let entry = try? QuickLogParser(candidates: candidates, now: state.now).parse(pending.line) else { return [] }
            return [.apply(.log(entry.interaction), description: "Logged: \(QuickLogSummary.describe(entry, now: state.now))")]
        }
        return []
    case .quickLogLinesLoaded(let lines):
        state.quickLogHistory = lines
        return []
    case .reviewLoaded(let page):
        reviewLoaded(page, in: &state)
        return []
    case .reviewReadAhead(let page, let revision):
        guard state.review == nil, revision == state.revision else { return [] }
        reviewLoaded(page, in: &state)
        return []
    case .teamChanged:
        return startTeamSync(&state)
    case .teamLoaded(let page):
        // The first time a team is found, listen for its changes for the rest of the session.
        let listen = page != nil && !state.teamListening
        if listen { state.teamListening = true }
        // A sync may bring rows in above the selection: `c` must still act on the row the user sees.
        let before = state.team?.selectableKeys ?? []
        state.team = page
        state.teamPosition.follow(from: before, to: page?.selectableKeys ?? [], visible: TeamScreen.listRows)
        return listen ? [.listenTeam] : []
    case .teamSynced(let offline):
        state.teamSyncing = false
        state.teamOffline = offline
        // A write made while this sync ran may have missed it: one more, which reports.
        if state.teamSyncAgain, offline == nil {
            state.teamSyncAgain = false
            return [.loadTeam] + startTeamSync(&state)
        }
        state.teamSyncAgain = false
        if state.teamSyncAnnounced {
            state.teamSyncAnnounced = false
            state.status = offline.map { StatusMessage("Team server unreachable; your changes wait to be sent (\($0))", isError: true) }
                ?? StatusMessage("Synced with the team")
        }
        return [.loadTeam]
    case .applied(let entry, let focus, let now, let revision):
        if let revision { state.revision = revision }
        // The popup that asked for the write closes only once it has landed; in a run of
        // ratings, the next one opens.
        state.popup = nil
        openNextRating(in: &state)
        if entry.inverse.isEmpty {
            state.status = StatusMessage("\(entry.description) (nothing changed)")
        } else {
            state.undoStack.append(entry)
            state.status = StatusMessage(entry.description, hint: "u undoes")
        }
        // A line that waited for this colleague is logged now, naming them by id.
        if let pending = state.pendingLog, let name = pending.waitingFor, case .colleague(let id)? = focus {
            state.pendingLog = PendingLog(line: replacingWord(name, with: "#\(id)", in: pending.line), waitingFor: nil)
            return reloadAfterWrite(&state, focus: focus, now: now) + [.loadCandidates]
        }
        // A team exchange copied into the log is remembered as copied once the copy has landed,
        // with the interaction it became, before the team page is read again.
        if let copied = state.teamCopyInFlight {
            state.teamCopyInFlight = nil
            if case .interaction(let interaction)? = focus {
                return [.markTeamExchangeCopied(copied, as: interaction)] + reloadAfterWrite(&state, focus: focus, now: now)
            }
        }
        return reloadAfterWrite(&state, focus: focus, now: now)
    case .deletionLossCounted(let id, let name, let loss):
        state.popup = .confirm(Confirmation(message: loss.question(deleting: name), change: .deleteColleague(id), description: "Deleted \(name)"))
        return []
    case .duplicateRefused(let message):
        guard case .form(var form) = state.popup else { return reduce(&state, .applyFailed(message)) }
        form.allowsDuplicate = true
        form.errors[.name] = message + (form.isNew ? "; Enter adds another" : "; Enter saves anyway")
        form.focus = 0
        state.popup = .form(form)
        state.status = StatusMessage("Not saved: \(message)", isError: true)
        return []
    case .applyFailed(let message):
        state.teamCopyInFlight = nil
        // An open popup stays open with what was typed, so nothing is lost; the status says why.
        state.status = StatusMessage("Not saved: \(message)", isError: true)
        return []
    case .undone(let description, let focus, let now, let revision):
        if let revision { state.revision = revision }
        state.status = StatusMessage("Undone: \(description)")
        return reloadAfterWrite(&state, focus: focus, now: now)
    case .undoRefused(let subject):
        state.status = StatusMessage("\(subject) was changed elsewhere since; nothing undone", isError: true)
        return reloadAll(&state)
    case .confirm(let confirmation):
        state.popup = .confirm(confirmation)
        return []
    case .key(let key):
        return handle(key, in: &state)
    }
}

/// `line` with its first whole word `word` replaced.
/// The name the line was waiting for (one word or several) replaced by the new colleague's `#ID`.
private func replacingWord(_ name: String, with replacement: String, in line: String) -> String {
    guard let range = line.range(of: name) else { return line }
    return line.replacingCharacters(in: range, with: replacement)
}

/// After a write or an undo every screen reads again, at the moment it landed, and selects
/// what it was about.
private func reloadAfterWrite(_ state: inout AppState, focus: Focus?, now: Date) -> [Effect] {
    state.now = now
    state.pendingFocus = focus
    return reloadAll(&state)
}

private func handle(_ key: Key, in state: inout AppState) -> [Effect] {
    if case .resize(let width, let height) = key {
        state.width = width
        state.height = height
        state.colleaguePosition.clamp(count: state.colleagues.count, visible: state.layout.tableRows)
        state.logPosition.clamp(count: state.log.count, visible: state.layout.tableRows)
        state.reviewPosition.clamp(count: state.reviewQueue.count, visible: ReviewScreen.visibleRows(state.layout))
        return []
    }
    if key == .endOfInput {
        state.shouldQuit = true
        return []
    }
    // Redraw works everywhere, over popups and the help too.
    if Keymap.command(for: key, on: state.screen) == .redraw { return [.redrawScreen] }
    // The selection follows a write's focus only until the user acts again.
    state.pendingFocus = nil
    if case .mouse(let event) = key { return handleMouse(event, in: &state) }
    if state.filterField != nil { return editFilter(key, in: &state) }
    if state.popup != nil { return handlePopupKey(key, in: &state) }
    if state.helpVisible {
        switch key {
        case .escape, .char("q"), .char("?"), .enter: state.helpVisible = false
        case .down, .char("j"): state.helpOffset += 1
        case .up, .char("k"): state.helpOffset -= 1
        case .pageDown, .char(" "): state.helpOffset += state.layout.content.height - 4
        case .pageUp: state.helpOffset -= state.layout.content.height - 4
        default: break
        }
        state.helpOffset = max(0, min(state.helpOffset, HelpOverlay.lines(for: state.layout).count - HelpOverlay.visibleRows(state.layout)))
        return []
    }
    state.status = nil
    guard let command = Keymap.command(for: key, on: state.screen) else { return [] }
    return perform(command, in: &state)
}

func perform(_ command: Command, in state: inout AppState) -> [Effect] {
    switch command {
    case .moveDown: return move(by: 1, in: &state)
    case .moveUp: return move(by: -1, in: &state)
    case .top: return move(by: -Int.max / 2, in: &state)
    case .bottom: return move(by: Int.max / 2, in: &state)
    case .pageDown: return move(by: pageRows(state), in: &state)
    case .pageUp: return move(by: -pageRows(state), in: &state)
    case .open: return openSelected(in: &state)
    case .back:
        if state.screen == .colleagues, !state.marked.isEmpty {
            state.marked = []
            state.status = StatusMessage("Marks cleared")
        } else if state.screen == .detail {
            state.screen = state.returnScreen
        } else if state.screen == .colleagues, !state.query.filter.isEmpty {
            state.query.filter = ""
            return [.loadColleagues(state.query)]
        } else if state.screen == .log, !state.logFilter.isEmpty {
            state.logFilter = ""
            return [.loadLog(filter: "", before: nil)]
        }
        return []
    case .filter:
        state.filterField = TextField(state.screen == .log ? state.logFilter : state.query.filter)
        return []
    case .cycleSort:
        let all = ColleagueSort.allCases
        state.query.sort = all[(all.firstIndex(of: state.query.sort)! + 1) % all.count]
        state.query.descending = false
        state.status = StatusMessage("Sorted by \(state.query.sort.rawValue)")
        return resort(&state)
    case .reverseSort:
        state.query.descending.toggle()
        return resort(&state)
    case .toggleArchived:
        state.query.includeArchived.toggle()
        state.status = StatusMessage(state.query.includeArchived ? "Showing archived colleagues" : "Hiding archived colleagues")
        return [.loadColleagues(state.query)]
    case .copyTeamExchange:
        guard !refusedWithoutTeam(&state) else { return [] }
        guard let page = state.team, state.teamPosition.selected >= page.awaiting.count,
              page.selectable.indices.contains(state.teamPosition.selected) else {
            state.status = StatusMessage("Select one of your confirmed exchanges to copy it into your log", isError: true)
            return []
        }
        let exchange = page.selectable[state.teamPosition.selected]
        let other = page.rows.name(of: exchange.giver == page.me ? exchange.receiver : exchange.giver)
        guard !page.copied.contains(exchange.id) else {
            state.status = StatusMessage("Already copied into your log", isError: true)
            return []
        }
        guard let entry = page.privateEntry(exchange) else {
            state.status = StatusMessage("\(other) is not in your network under that name: add them to copy it", isError: true)
            return []
        }
        state.teamCopyInFlight = exchange.id
        return [.apply(.log(entry), description: "Copied to your log: \(exchange.what) with \(other)")]
    case .confirmTeamExchange:
        guard !refusedWithoutTeam(&state) else { return [] }
        guard let page = state.team, page.awaiting.indices.contains(state.teamPosition.selected) else {
            state.status = StatusMessage("Select an exchange awaiting your confirmation to confirm it", isError: true)
            return []
        }
        let exchange = page.awaiting[state.teamPosition.selected]
        state.status = StatusMessage("Confirmed \(page.rows.name(of: exchange.giver)) → \(page.rows.name(of: exchange.receiver)), \(QuickLogSummary.duration(exchange.minutes)); sending…")
        state.teamSyncAnnounced = true
        if state.teamSyncing { state.teamSyncAgain = true }
        return [.confirmTeamExchange(exchange.id)] + startTeamSync(&state)
    case .syncTeam:
        guard !refusedWithoutTeam(&state) else { return [] }
        state.status = StatusMessage(state.teamSyncing ? "A sync is already running" : "Syncing with the team's server…")
        state.teamSyncAnnounced = true
        return startTeamSync(&state)
    case .show(let screen):
        state.screen = screen
        // The log and the review are read when shown (the log only when something was written
        // since), so a start or a write does not pay for screens nobody is looking at.
        switch screen {
        case .review: return state.reviewNeedsReading ? [.loadReview] : []
        case .team: return [.loadTeam]
        case .log: return state.logIsStale ? [.loadLog(filter: state.logFilter, before: nil)] : []
        default: return []
        }
    case .help:
        state.helpVisible = true
        state.helpOffset = 0
        return []
    case .quit:
        state.shouldQuit = true
        return []
    case .redraw:
        return [.redrawScreen]
    case .toggleRedact:
        if !state.redacted, state.popup?.showsPrivateFields == true {
            state.status = StatusMessage("This popup shows private fields: close it (Esc), then Ctrl-P redacts", isError: true)
            return []
        }
        state.redacted.toggle()
        state.status = StatusMessage(state.redacted ? "Redacted for screen-sharing: initials, no notes or ratings (Ctrl-P ends it)" : "Names and notes shown again")
        // Free text is redacted by the names it holds: everyone's, for a status or review line.
        return state.redacted ? [.loadCandidates] : []
    case .quickLog, .add, .edit, .editNotes, .rate, .stance, .archive, .delete, .undo, .editInteraction, .addNeed, .addPromise,
         .commitments:
        return performEditing(command, in: &state)
    case .decide(let choice):
        return decide(choice, in: &state)
    case .meetings:
        return openMeetings(in: &state)
    case .palette:
        state.popup = .palette(PalettePopup(screen: state.screen))
        return []
    case .toggleMark:
        return toggleMark(in: &state)
    case .tagMarked:
        return openTagPopup(in: &state)
    case .exportMarked:
        return exportMarked(in: &state)
    case .mapStep(let dx, let dy):
        stepOnMap(dx: dx, dy: dy, in: &state)
        return []
    case .brief:
        return openBrief(in: &state)
    case .toggleHiddenItems:
        return toggleHiddenItems(in: &state)
    case .bringBack:
        return bringBack(in: &state)
    case .toggleCard:
        return toggleCard(in: &state)
    case .snoozeKind:
        return snoozeKind(in: &state)
    case .keepPromise:
        return keepPromise(in: &state)
    }
}

/// How far PgDn moves: one screenful of the list on show.
private func pageRows(_ state: AppState) -> Int {
    state.screen == .review ? ReviewScreen.visibleRows(state.layout) : state.layout.tableRows
}

/// A new list on screen: the selection stays on the same colleague, in the table and on the map
/// (where the list order sets the order of points within a cell).
private func show(_ list: ColleagueList, focus: ColleagueID?, in state: inout AppState) {
    let oldIDs = state.colleagues.ids, oldMapIDs = state.mapColleagues.map(\.id)
    state.colleagues = list
    state.mapColleagues = AppState.mapOrder(list.entries)
    state.colleaguePosition.follow(from: oldIDs, to: list.ids, focus: focus, visible: state.layout.tableRows)
    let mapIDs = state.mapColleagues.map(\.id)
    state.mapPosition.follow(from: oldMapIDs, to: mapIDs, focus: focus, visible: mapIDs.count)
}

/// A new order: a whole list is sorted where it is, since its entries carry every sort key
/// (10,000 in a few milliseconds, where reading them again takes several times that); a list
/// still coming in is read again in the new order.
private func resort(_ state: inout AppState) -> [Effect] {
    guard state.colleagues.isComplete else { return [.loadColleagues(state.query)] }
    var list = state.colleagues
    list.entries = state.query.sort.ordered(list.entries, descending: state.query.descending)
    show(list, focus: nil, in: &state)
    return []
}

/// After any write, every screen reads again what it shows.
func reloadAll(_ state: inout AppState) -> [Effect] {
    var effects: [Effect] = [.loadColleagues(state.query)]
    // The log is read now if it is on screen, else when it is next shown.
    state.logIsStale = true
    state.reviewIsStale = true
    if state.screen == .log { effects.append(.loadLog(filter: state.logFilter, before: nil)) }
    if state.screen == .detail, let id = state.detail?.summary.colleague.id { effects.append(.loadDetail(id)) }
    if state.screen == .review || (state.screen == .detail && state.returnScreen == .review) { effects.append(.loadReview) }
    // The team page reads the private log too: which members are colleagues, which exchanges
    // are in the log.
    if state.screen == .team { effects.append(.loadTeam) }
    // A meeting logged, dismissed or muted (here or from the shell) leaves the prompts.
    if state.calendarCheckedAt != nil { effects.append(.loadMeetings) }
    return effects
}

private func move(by delta: Int, in state: inout AppState) -> [Effect] {
    let layout = state.layout
    switch state.screen {
    case .colleagues:
        state.colleaguePosition.move(by: delta, count: state.colleagues.count, visible: layout.tableRows)
    case .map:
        let count = state.mapColleagues.count
        state.mapPosition.move(by: delta, count: count, visible: count)
    case .log:
        state.logPosition.move(by: delta, count: state.log.count, visible: layout.tableRows)
        // Fetch the next page before the user reaches the end of what is loaded.
        if state.logHasMore, state.logPosition.selected >= state.log.count - layout.tableRows, let cursor = state.log.last?.cursor {
            state.logHasMore = false
            return [.loadLog(filter: state.logFilter, before: cursor)]
        }
    case .detail:
        state.detailPosition.move(by: delta, count: state.detail?.recent.count ?? 0, visible: state.detailVisibleRows)
    case .review:
        state.reviewPosition.move(by: delta, count: state.reviewQueue.count, visible: ReviewScreen.visibleRows(layout))
    case .team:
        state.teamPosition.move(by: delta, count: state.team?.selectable.count ?? 0, visible: TeamScreen.listRows)
    }
    return []
}

/// The team's background work, on the clock: the cache is read at the first tick after the
/// first frame, and a member's team syncs every 30 seconds, one sync at a time.
private func teamOnTick(_ state: inout AppState) -> [Effect] {
    guard state.teamChecked else {
        state.teamChecked = true
        return [.loadTeam]
    }
    guard state.team != nil, !state.teamSyncing else { return [] }
    if let started = state.teamSyncStartedAt, state.now.timeIntervalSince(started) < teamSyncSeconds { return [] }
    return startTeamSync(&state)
}

let teamSyncSeconds: TimeInterval = 30

/// The team keys say why they do nothing on a network that has joined no team.
private func refusedWithoutTeam(_ state: inout AppState) -> Bool {
    guard state.team == nil else { return false }
    state.status = StatusMessage("No team joined: rapport team join LINE, with the line your team's administrator gives you", isError: true)
    return true
}

private func startTeamSync(_ state: inout AppState) -> [Effect] {
    guard !state.teamSyncing else { return [] }
    state.teamSyncing = true
    state.teamSyncStartedAt = state.now
    return [.syncTeam]
}

private func openSelected(in state: inout AppState) -> [Effect] {
    let id: ColleagueID?
    switch state.screen {
    case .colleagues: id = state.selectedColleague?.id
    case .map: id = state.mapSelection?.id
    case .log:
        id = state.log.indices.contains(state.logPosition.selected) ? state.log[state.logPosition.selected].interaction.colleagueIDs.first : nil
    case .review: id = state.selectedInsight?.colleagueID
    case .detail, .team: id = nil
    }
    guard let id else { return [] }
    state.returnScreen = state.screen
    state.screen = .detail
    state.detailPosition = ListPosition()
    if state.detail?.summary.id != id { state.detail = nil }
    return [.loadDetail(id)]
}

/// While `/` is active, keys edit the filter; the list follows each keystroke.
private func editFilter(_ key: Key, in state: inout AppState) -> [Effect] {
    guard var field = state.filterField else { return [] }
    switch key {
    case .enter:
        state.filterField = nil
        return []
    case .escape:
        state.filterField = nil
        field.set("")
    default:
        guard field.handle(key) else { return [] }
        state.filterField = field
    }
    if state.screen == .log {
        guard state.logFilter != field.text else { return [] }
        state.logFilter = field.text
        state.logPosition = ListPosition()
        return [.loadLog(filter: field.text, before: nil)]
    }
    guard state.query.filter != field.text else { return [] }
    state.query.filter = field.text
    state.colleaguePosition = ListPosition()
    return [.loadColleagues(state.query)]
}

private func handleMouse(_ event: MouseEvent, in state: inout AppState) -> [Effect] {
    let layout = state.layout
    switch event {
    case .scrollUp: return move(by: -3, in: &state)
    case .scrollDown: return move(by: 3, in: &state)
    case .click(let x, let y):
        if y == layout.tabBar.y, let screen = TabBar.screen(atColumn: x) {
            return perform(.show(screen), in: &state)
        }
        let position: ListPosition
        let bodyTop: Int
        switch state.screen {
        case .colleagues: (position, bodyTop) = (state.colleaguePosition, layout.content.y + 1)
        case .log: (position, bodyTop) = (state.logPosition, layout.content.y + 1)
        case .review: (position, bodyTop) = (state.reviewPosition, ReviewScreen.firstRowY(layout))
        default: return []
        }
        let bodyEnd = state.screen == .review ? bodyTop + ReviewScreen.visibleRows(layout) : layout.content.maxY
        guard y >= bodyTop, y < bodyEnd else { return [] }
        let row = position.offset + y - bodyTop
        let current = position.selected
        // A click on the selected row opens it, as a double-click would.
        if row == current { return openSelected(in: &state) }
        return move(by: row - current, in: &state)
    }
}
