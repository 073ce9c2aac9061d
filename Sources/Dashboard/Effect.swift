import PeerNetwork
import TerminalUI

/// Work `update` asks for; the runtime performs it and feeds the result back as an `Action`.
public enum Effect: Equatable, Sendable {
    case loadColleagues(ColleagueQuery)
    /// At start: the first `rows` of the list and how many there are, for a first frame that
    /// does not wait for 10,000 entries; the reducer asks for the rest once it is drawn (`.frameDrawn`).
    case loadFirstColleagues(ColleagueQuery, rows: Int)
    /// Full rows for colleagues coming on screen.
    case loadColleagueRows([ColleagueID])
    case loadLog(filter: String, before: LogCursor?)
    case loadDetail(ColleagueID)
    case loadCandidates
    /// The quick-log lines kept in the store, for ↑.
    case loadQuickLogLines
    case loadReview
    /// Reads the review on a thread and a connection of their own while the list is looked at,
    /// so that `4` shows it at once on a network where reading it takes a perceptible moment.
    /// Its end comes back as `reviewReadAhead`.
    case readAheadReview
    /// Reads the team from the local cache (never from the network).
    case loadTeam
    /// Sends the team outbox and fetches the team, on a thread of its own: the dashboard never
    /// waits for the network. Its end comes back as `teamSynced`.
    case syncTeam
    /// Listens for the server's "refetch" for as long as the dashboard runs; each notice comes
    /// back as `teamChanged`.
    case listenTeam
    /// Records the member's confirmation of an exchange in the cache and its outbox.
    case confirmTeamExchange(String)
    /// Remembers, on this machine only, that an exchange was copied into the private log; the
    /// write's reload, after it, reads the team page again.
    case markTeamExchangeCopied(String, as: InteractionID)
    /// Checks the calendar files on a thread of their own and reads them again when they
    /// changed; its end comes back as `calendarsChecked`.
    case checkCalendars
    case loadMeetings
    /// Writes these colleagues to a new vCard file in the working folder; its end is a notice.
    case exportColleagues([ColleagueID])
    case loadBrief(BriefSubject)
    /// Writes a change; `description` is what the status bar and undo say about it.
    case apply(Change, description: String)
    case undo(UndoEntry)
    /// Opens the colleague's free-text fields in $VISUAL or $EDITOR, in a private draft file;
    /// what comes back is `notesEdited`.
    case editNotes(ColleagueID)
    /// Writes notes edited in a draft; the draft goes once they are saved, and stays when they
    /// cannot be (`draftKept`), as minutes of typing are not thrown away with a refusal.
    case saveNotes(Change, description: String, draft: String)
    /// Removes a draft whose notes need no saving.
    case discardDraft(String)
    /// Ctrl-L: repaint every cell, whatever the terminal shows now.
    case redrawScreen
    /// Report `filterSettled(token)` once the keys typed in one go have all been taken.
    case settleFilter(token: Int)
    /// Take this key again, after the effects before it have run.
    case redeliver(Key)
    /// Counts what a delete would lose, then asks for confirmation.
    /// What deleting them would take with it, for the confirmation (`deletionLossCounted`).
    case countDeletionLoss(ColleagueID, name: String)
}
