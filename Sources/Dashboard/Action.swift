import Foundation
import PeerNetwork
import TerminalUI

/// Everything that can happen to the dashboard: input from the user, and results of effects.
public enum Action: Equatable, Sendable {
    case start
    case key(Key)
    case tick(Date)
    /// A frame is on the screen: what waited for the first one (the rest of the list) is read now.
    case frameDrawn
    /// The keys stopped after a `settleFilter(token)`: the latest token's loads run now.
    case filterSettled(token: Int)
    /// The store's revision, read after each turn: when it moved and no write of ours moved it,
    /// another program wrote.
    case revisionRead(Int)
    case externalChange
    case colleaguesLoaded(ColleagueList, departments: [Department])
    /// Rows for the ids asked for; an id without a row was deleted since the list was read.
    case colleagueRowsLoaded([ColleagueSummary], asked: [ColleagueID])
    case logLoaded([LogEntry], appended: Bool)
    case detailLoaded(ColleagueDetail?)
    case candidatesLoaded([QuickLogCandidate])
    case quickLogLinesLoaded([String])
    case reviewLoaded(ReviewPage)
    /// The review read in the background, at this store revision: kept only when nothing was
    /// written since and no review was read meanwhile.
    case reviewReadAhead(ReviewPage, revision: Int)
    /// The team from the local cache; nil when no team was joined.
    case teamLoaded(TeamPage?)
    /// A background sync ended: `offline` says why it could not reach the server.
    case teamSynced(offline: String?)
    /// The server said the team changed: sync now rather than at the next 30 s.
    case teamChanged
    /// A write landed at `now`: screens reload with that clock and select `focus`.
    /// `revision`: the store's revision after the write, so that it is not taken for another
    /// program's.
    /// A check of the calendar files ended (read again if they changed).
    case calendarsChecked
    /// The meetings to log, from the calendars as last read, and what their reading passed over.
    case meetingsLoaded([MeetingToLog], warnings: [String] = [])
    /// A brief to show; nil when there was nothing to brief on.
    case briefLoaded(Brief?)
    case applied(UndoEntry, focus: Focus?, now: Date, revision: Int? = nil)
    /// A write failed; an open popup stays open with what was typed.
    case applyFailed(String)
    /// A new colleague's name or email is already someone's: the form says so, and Enter
    /// again adds them anyway.
    case duplicateRefused(String)
    /// What deleting a colleague would take with it: the reducer asks for confirmation.
    case deletionLossCounted(ColleagueID, name: String, DeletionLoss)
    case undone(String, focus: Focus?, now: Date, revision: Int? = nil)
    case undoRefused(subject: String)
    case confirm(Confirmation)
    /// The editor closed on the notes draft: the reducer decides whether and what to save.
    case notesEdited(NotesDraft)
    /// Edited notes that could not be saved stay in their draft, and the status says where.
    case draftKept(path: String, reason: String)
    case notice(String)
    case failed(String)
}
