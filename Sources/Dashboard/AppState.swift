import Foundation
import PeerNetwork
import TerminalUI

/// A scrollable list position: the selected row and the first row shown.
public struct ListPosition: Equatable, Sendable {
    public var selected = 0
    public var offset = 0

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Moves by `delta` rows within `count`, keeping the selection inside `visible` rows.
    public mutating func move(by delta: Int, count: Int, visible: Int) {
        guard count > 0 else { self = ListPosition(); return }
        selected = min(max(0, selected + delta), count - 1)
        offset = Table.offset(keeping: selected, visible: visible, current: offset, count: count)
    }

    mutating func clamp(count: Int, visible: Int) { move(by: 0, count: count, visible: visible) }

    /// Keeps the selection on the same thing across a reload of a list: on `focus` when it is
    /// listed, else on the row selected before, else on that row's nearest neighbour still listed
    /// (the next one first), so a key never lands on whatever slid into an old index.
    mutating func follow<ID: Hashable>(from old: [ID], to new: [ID], focus: ID? = nil, visible: Int) {
        if let focus, let found = new.firstIndex(of: focus) {
            selected = found
        } else if old.indices.contains(selected) {
            if let found = new.firstIndex(of: old[selected]) {
                selected = found
            } else {
                // Only a row gone from the list needs every position (a filter keystroke on
                // 10,000 people keeps its row far more often than not).
                let index = Dictionary(new.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
                let after = old[(selected + 1)...].lazy.compactMap { index[$0] }.first
                let before = old[..<selected].reversed().lazy.compactMap { index[$0] }.first
                selected = after ?? before ?? selected
            }
        }
        clamp(count: new.count, visible: visible)
    }
}

/// Everything the dashboard shows. Changed only by `update`.
public struct AppState: Equatable, Sendable {
    public var width: Int
    public var height: Int
    public var now: Date

    public var screen: ScreenID = .colleagues
    /// Screen-sharing mode: initials, no notes or ratings (see `Redaction`).
    public var redacted = false
    /// Where `Esc` returns from the detail screen.
    public var returnScreen: ScreenID = .colleagues
    public var helpVisible = false
    /// First line of the help overlay shown, when it is longer than the screen.
    public var helpOffset = 0
    public var shouldQuit = false
    /// The store's revision the screens were last read at (`revisionRead`).
    public var revision: Int?
    /// List loads a filter being typed asked for, held until the keys stop (`filterSettled`
    /// with the latest `filterToken`): a pasted filter runs one query, not one per character.
    public var filterLoads: [Effect] = []
    public var filterToken = 0
    public var status: StatusMessage?

    public var query = ColleagueQuery()
    public var colleagues = ColleagueList()
    /// Colleagues rated on both vital and trust, in the plot's reading order (top row first,
    /// left to right), which is the order j/k move in on the map. Kept with the list.
    public var mapColleagues: [ColleagueEntry] = []
    public var colleaguePosition = ListPosition()
    /// Colleagues marked with Space for one action on several (A archives, D deletes, T tags).
    public var marked: Set<ColleagueID> = []
    public var departments: [Department] = []
    public var mapPosition = ListPosition()

    public var logFilter = ""
    public var log: [LogEntry] = []
    public var logPosition = ListPosition()
    /// False once a page came back shorter than asked: the whole log is loaded.
    public var logHasMore = true
    /// Something was written since the log was read: read it again when it is shown.
    public var logIsStale = true

    public var review: ReviewPage? { didSet { queueReview() } }
    /// Something was written since the review was read: read it again when it is shown.
    public var reviewIsStale = true
    /// The review was asked to be read ahead: once a session, after the first frame.
    var reviewReadAheadAsked = false
    /// A review read longer ago than this is read again when shown, even with nothing written:
    /// its dates and due days move with the clock. Within it, switching back to the screen
    /// shows the review on hand.
    public static let reviewFreshSeconds = 60.0
    public var reviewPosition = ListPosition()
    /// The team, as the local cache holds it; nil before it is read, or when no team was joined.
    public var team: TeamPage?
    /// Whether the cache was read once: the first tick after the first frame reads it.
    public var teamChecked = false
    /// The Team screen's selection, among the exchanges awaiting the member's confirmation.
    public var teamPosition = ListPosition()
    /// A sync runs in the background; the next starts 30 s after this one did.
    public var teamSyncing = false
    public var teamSyncStartedAt: Date?
    /// Why the last sync could not reach the server; nil when it did.
    public var teamOffline: String?
    /// The running sync was asked for with a key, so its end is reported in the status bar.
    public var teamSyncAnnounced = false
    /// Something was written while a sync ran: another sync follows it.
    public var teamSyncAgain = false
    /// The listener for the server's notices was started (once a team was found).
    public var teamListening = false
    /// Meetings from the calendars still to log, newest first.
    public var meetings: [MeetingToLog] = []
    /// A check of the calendar files runs in the background; the next starts 30 s after this one did.
    public var calendarChecking = false
    public var calendarCheckedAt: Date?
    /// What the last reading of the calendars passed over (a broken event, a missing file).
    public var calendarWarnings: [String] = []
    /// The team exchange whose copy into the private log is being written.
    public var teamCopyInFlight: String?
    /// `.` on the review: list the done, snoozed and dismissed items after the open ones.
    public var reviewShowsHidden = false { didSet { queueReview() } }
    /// Cards opened with Space, by card id: their reasons are listed under them.
    public var reviewOpenCards: Set<String> = [] { didSet { queueReview() } }
    /// The review's rows: a card per colleague (open ones followed by their reasons), then the
    /// hidden cards when they are shown. Kept, not computed on each read: a review of 10,000
    /// colleagues has thousands of cards, and a frame reads the queue several times.
    public private(set) var reviewQueue: [ReviewRow] = []
    /// The open cards alone, for the count the screen shows.
    public private(set) var reviewCardCount = 0

    public var detail: ColleagueDetail?
    public var detailPosition = ListPosition()

    /// The filter being typed, when `/` is active on the colleagues or log screen.
    public var filterField: TextField?

    public var popup: Popup?
    /// Everyone the quick-log line may name, loaded when the popup opens.
    public var candidates: [QuickLogCandidate] = []
    /// Lines logged this session, oldest first, recalled with ↑ in the quick-log popup.
    public var quickLogHistory: [String] = []
    /// This session's changes, newest last; `u` takes back the last one.
    public var undoStack: [UndoEntry] = []
    /// What the last write or undo was about: the reloads that follow select it.
    public var pendingFocus: Focus?
    /// Colleagues still to rate, one popup after another (the review's "Rate imported" item).
    public var rateQueue: [ColleagueID] = []
    /// A quick-log line waiting for the colleague it names to be added: `name` is the unknown
    /// word, replaced by the new colleague's `#ID` once the form is saved.
    public var pendingLog: PendingLog?

    public init(width: Int, height: Int, now: Date) {
        self.width = width
        self.height = height
        self.now = now
    }

    public var layout: Layout { Layout(width: width, height: height) }

    /// Rows of the detail page's interaction list that show entries.
    var detailVisibleRows: Int { layout.detailInteractions(interactions: detail?.recent.count ?? 0).height - 1 }

    /// The map's order for `entries`: rated on both vital and trust, top row first (vital 5),
    /// left to right (trust 1 first), list order within a point. A bucket per point rather
    /// than a sort: it runs on every list load, for 10,000 people.
    static func mapOrder(_ entries: [ColleagueEntry]) -> [ColleagueEntry] {
        // Positions in the buckets, so each entry is copied once, into the result.
        var points = Array(repeating: [Int](), count: 25)
        for (position, entry) in entries.enumerated() {
            guard let vital = entry.vital, let trust = entry.trust, (1...5).contains(vital), (1...5).contains(trust) else { continue }
            points[(5 - vital) * 5 + trust - 1].append(position)
        }
        var ordered: [ColleagueEntry] = []
        ordered.reserveCapacity(points.reduce(0) { $0 + $1.count })
        for point in points { ordered.append(contentsOf: point.lazy.map { entries[$0] }) }
        return ordered
    }

    /// The colleague selected on the map.
    public var mapSelection: ColleagueEntry? {
        mapColleagues.indices.contains(mapPosition.selected) ? mapColleagues[mapPosition.selected] : nil
    }

    public var selectedColleague: ColleagueSummary? { colleagues[colleaguePosition.selected] }

    /// The colleague the current screen is about: the selected row, map point, or detail page.
    public var focusedColleague: Colleague? {
        switch screen {
        case .colleagues: return selectedColleague?.colleague
        case .map: return mapSelection.flatMap { colleagues.rows[$0.id]?.colleague }
        case .detail: return detail?.summary.colleague
        case .review: return selectedInsight?.colleagueID.flatMap { review?.colleagues[$0] }
        case .log, .team: return nil
        }
    }

    /// Whether showing the review must read it first: never read, written since, or too old.
    var reviewNeedsReading: Bool {
        guard let review, !reviewIsStale else { return true }
        return now.timeIntervalSince(review.review.now) >= Self.reviewFreshSeconds
    }

    private mutating func queueReview() {
        guard let review = review?.review else { (reviewQueue, reviewCardCount) = ([], 0); return }
        let open = review.cards
        let cards = reviewShowsHidden ? open + review.hiddenCards : open
        reviewCardCount = open.count
        reviewQueue = cards.flatMap { card -> [ReviewRow] in
            let row = ReviewRow(card: card, reason: nil)
            guard reviewOpenCards.contains(row.id) else { return [row] }
            return [row] + card.reasons.map { ReviewRow(card: card, reason: $0) }
        }
    }

    public var selectedRow: ReviewRow? {
        let queue = reviewQueue
        return queue.indices.contains(reviewPosition.selected) ? queue[reviewPosition.selected] : nil
    }

    /// The reason a row is about: its own, or a card's most urgent one.
    public var selectedInsight: Insight? { selectedRow.map { $0.reason ?? $0.card.lead } }

    /// The interaction selected on the log or in a detail page's list.
    public var focusedInteraction: LogEntry? {
        switch screen {
        case .log: return log.indices.contains(logPosition.selected) ? log[logPosition.selected] : nil
        case .detail:
            guard let recent = detail?.recent, recent.indices.contains(detailPosition.selected) else { return nil }
            return recent[detailPosition.selected]
        default: return nil
        }
    }
}

/// A quick-log line that names someone not in the network yet.
public struct PendingLog: Equatable, Sendable {
    public var line: String
    /// The name still being added; nil once the line names them by id and waits only for the
    /// quick-log candidates to reload.
    public var waitingFor: String?
}

public struct StatusMessage: Equatable, Sendable {
    public var message: String
    public var isError: Bool
    /// A key to try next ("u undoes"), said after the message; it goes first when the bar is narrow.
    public var hint: String?

    /// A status is one line: what it quotes (a note, a need) is put on it.
    public init(_ message: String, isError: Bool = false, hint: String? = nil) {
        self.message = message.onOneLine
        self.isError = isError
        self.hint = hint
    }

    /// The message with its hint.
    public var text: String { hint.map { "\(message) — \($0)" } ?? message }

    /// The message with its hint where both fit in `width` columns, else the message alone.
    func shown(fitting width: Int) -> String { DisplayWidth.of(text) <= width ? text : message }

    /// The same status with its message rewritten (redacted), its hint kept.
    func rewritten(_ rewrite: (String) -> String) -> StatusMessage {
        StatusMessage(rewrite(message), isError: isError, hint: hint)
    }
}
