import Foundation
import PeerNetwork
import TerminalUI

/// The loop: read a key or a tick, update the state, run the effects, draw the frame.
/// One thread owns the terminal; nothing here blocks for long.
public final class DashboardRuntime {
    let terminal: any TerminalBackend
    let data: any DashboardDataSource
    let clock: () -> Date
    /// Opens a file in the user's editor and returns when they are done with it.
    let editFile: (String) throws -> Void
    public private(set) var state: AppState

    /// How often the loop wakes without a key, to notice writes from other processes.
    public static let tickMilliseconds = 1_000

    public init(
        terminal: any TerminalBackend, data: any DashboardDataSource, clock: @escaping () -> Date = Date.init,
        editFile: @escaping (String) throws -> Void = { _ in }
    ) {
        self.terminal = terminal
        self.data = data
        self.clock = clock
        self.editFile = editFile
        state = AppState(width: terminal.width, height: terminal.height, now: clock())
    }

    /// The most keys taken in one burst before the screen is drawn again.
    static let burstLimit = 100_000

    public func run() {
        dispatch(.start)
        readRevision()
        while !state.shouldQuit {
            terminal.draw(DashboardView.render(state))
            dispatch(.frameDrawn)
            let first = terminal.readKey(timeoutMilliseconds: Self.tickMilliseconds)
            dispatch(.tick(clock()))
            // What finished in the background comes first, so a key finds it (`4`, the review
            // read ahead).
            for action in background.take() { dispatch(action) }
            // A burst (typing ahead, a paste without bracketed-paste mode) is taken whole before
            // one redraw; each key still acts on the state every earlier key left.
            var key = first
            var taken = 0
            while let current = key, !state.shouldQuit {
                dispatchKey(current)
                taken += 1
                key = taken < Self.burstLimit ? terminal.readKey(timeoutMilliseconds: 0) : nil
            }
            settleKeys()
            readRevision()
        }
    }

    public func dispatch(_ action: Action) {
        run(update(&state, action))
    }

    /// Runs effects, and the effects their results ask for, until none are left. What a result
    /// asks for runs before the next effect in line: a key taken again after a filter's loads
    /// (`.redeliver`) finds the list and its rows read, as a key typed after them would.
    private func run(_ effects: [Effect]) {
        var pending = effects
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            if let result = perform(effect) { pending = update(&state, result) + pending }
        }
    }

    private let background = BackgroundWork()

    /// The token of the latest `settleFilter`, reported once the keys taken in one go are done.
    private var settling: Int?

    /// One key.
    public func dispatchKey(_ key: Key) {
        dispatch(.key(key))
    }

    /// The keys typed in one go have all been taken.
    public func settleKeys() {
        guard let token = settling else { return }
        settling = nil
        dispatch(.filterSettled(token: token))
    }

    /// The store's revision, for the reducer to tell another program's writes from none.
    private func readRevision() {
        if let revision = try? data.revision() { dispatch(.revisionRead(revision)) }
    }

    /// Writes the free-text fields to a draft in a private temporary folder, opens it in the
    /// editor with the terminal handed over, and reads it back; the reducer decides what to save.
    private func editNotes(of id: ColleagueID) throws -> Action {
        guard let colleague = try data.colleague(id) else { return .failed("That colleague no longer exists") }
        // A name of its own, short enough to read in the status; never a folder already there.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-notes-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        let file = folder.appendingPathComponent("notes.md")
        do {
            try Data(NotesDocument.render(colleague).utf8).write(to: file)
            terminal.suspend()
            defer { terminal.resume() }
            try editFile(file.path)
            return .notesEdited(NotesDraft(colleague: colleague, path: file.path, text: String(data: try Data(contentsOf: file), encoding: .utf8)))
        } catch {
            discardDraft(file.path)
            throw error
        }
    }

    private func discardDraft(_ path: String) {
        try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
    }

    /// Writes at the current moment; the screens then reload at the moment it landed.
    private func apply(_ change: Change, description: String) throws -> Action {
        let applied = try data.apply(change, now: clock())
        return .applied(UndoEntry(description: description, inverse: applied.inverse), focus: applied.focus, now: clock(), revision: try? data.revision())
    }

    /// The effect run; its result as an action, or nil when it has none to report.
    func perform(_ effect: Effect) -> Action? {
        do {
            switch effect {
            case .loadColleagues(let query):
                return .colleaguesLoaded(try data.colleagues(query, now: state.now, limit: nil), departments: try data.departments())
            case .loadFirstColleagues(let query, let rows):
                // The map's departments come with the rest of the list, or now when this is all of it.
                let list = try data.colleagues(query, now: state.now, limit: rows)
                return .colleaguesLoaded(list, departments: list.isComplete ? try data.departments() : [])
            case .loadColleagueRows(let ids):
                // Two reloads in one burst can ask for the same rows: read only what is still missing.
                let missing = ids.filter { state.colleagues.rows[$0] == nil }
                return .colleagueRowsLoaded(missing.isEmpty ? [] : try data.colleagueRows(missing, now: state.now), asked: missing)
            case .loadLog(let filter, let before):
                return .logLoaded(try data.log(matching: filter, before: before, limit: Layout.logPageSize), appended: before != nil)
            case .loadDetail(let id):
                return .detailLoaded(try data.detail(of: id, now: state.now))
            case .loadCandidates:
                return .candidatesLoaded(try data.candidates())
            case .loadQuickLogLines:
                return .quickLogLinesLoaded(try data.quickLogLines())
            case .loadReview:
                return .reviewLoaded(try data.review(now: state.now))
            case .readAheadReview:
                guard let read = data.reviewReadAhead(now: state.now) else { return nil }
                background.start { read().map { .reviewReadAhead($0.page, revision: $0.revision) } }
                return nil
            case .loadTeam:
                return .teamLoaded(try data.team(now: state.now))
            case .markTeamExchangeCopied(let id, let interaction):
                try data.markTeamExchangeCopied(id, as: interaction)
                return nil
            case .confirmTeamExchange(let id):
                try data.confirmTeamExchange(id, now: clock())
                return .teamLoaded(try data.team(now: state.now))
            case .syncTeam:
                guard let sync = data.teamSync() else { return .teamSynced(offline: "no team") }
                background.start { .teamSynced(offline: sync()) }
                return nil
            case .checkCalendars:
                guard let check = data.calendarCheck() else { return .calendarsChecked }
                background.start { check(); return .calendarsChecked }
                return nil
            case .exportColleagues(let ids):
                let path = try data.exportVCard(ids, now: clock())
                return .notice("Exported \(Plural.count(ids.count, "colleague")) to \(path)")
            case .loadMeetings:
                return .meetingsLoaded(try data.meetingsToLog(now: state.now), warnings: data.calendarWarnings())
            case .loadBrief(let subject):
                return .briefLoaded(try data.brief(subject, now: state.now))
            case .listenTeam:
                if let listener = data.teamListener() { background.listen(listener, reporting: .teamChanged) }
                return nil
            case .apply(let change, let description):
                do {
                    return try apply(change, description: description)
                } catch let twin as LikelyDuplicate {
                    return .duplicateRefused(twin.description)
                } catch {
                    return .applyFailed("\(error)")
                }
            case .undo(let entry):
                do {
                    let focus = try data.undo(entry.inverse)
                    return .undone(entry.description, focus: focus, now: clock(), revision: try? data.revision())
                } catch let refused as UndoRefused {
                    return .undoRefused(subject: refused.subject)
                }
            case .redrawScreen:
                terminal.invalidate()
                return nil
            case .settleFilter(let token):
                settling = token
                return nil
            case .redeliver(let key):
                return .key(key)
            case .countDeletionLoss(let id, let name):
                return .deletionLossCounted(id, name: name, try data.deletionLoss(of: id))
            case .editNotes(let id):
                return try editNotes(of: id)
            case .saveNotes(let change, let description, let draft):
                do {
                    let applied = try apply(change, description: description)
                    discardDraft(draft)
                    return applied
                } catch {
                    return .draftKept(path: draft, reason: "\(error)")
                }
            case .discardDraft(let draft):
                discardDraft(draft)
                return nil
            }
        } catch {
            return .failed("\(error)")
        }
    }
}
