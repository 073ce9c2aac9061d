import PeerNetwork

/// What a key binding does. Keys map to commands through the `Keymap`.
public enum Command: Hashable, Sendable {
    case moveDown, moveUp, top, bottom, pageDown, pageUp
    case open, back
    case filter, cycleSort, reverseSort, toggleArchived
    case show(ScreenID)
    case help, quit, redraw, toggleRedact
    case confirmTeamExchange, syncTeam, copyTeamExchange
    case quickLog, add, edit, editNotes, rate, stance, archive, delete, undo, editInteraction
    case decide(ReviewDecision.Choice)
    case addNeed, addPromise, commitments
    case toggleHiddenItems, bringBack, toggleCard, snoozeKind, keepPromise
    case meetings, brief, palette
    case toggleMark, tagMarked, exportMarked
    /// On the map: to the nearest colleague across or up the grid.
    case mapStep(dx: Int, dy: Int)
}

extension Command {
    /// Commands whose popup or editor shows a colleague's private fields (every field of the
    /// form, the ratings, an interaction's note, the notes in $EDITOR): refused while redacted.
    var showsPrivateFields: Bool {
        switch self {
        case .edit, .editNotes, .rate, .editInteraction, .brief: true
        default: false
        }
    }
}

extension Popup {
    /// Whether the open popup shows private fields: redaction cannot start over it.
    var showsPrivateFields: Bool {
        switch self {
        case .form(let form): form.base.id != nil
        case .rate: true
        case .quickLog(let popup): popup.editing != nil
        case .brief: true
        default: false
        }
    }
}
