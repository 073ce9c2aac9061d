import PeerNetwork

/// What a key binding does. Keys map to commands through the `Keymap`.
public enum Command: Hashable, Sendable {
    case moveDown, moveUp, top, bottom, pageDown, pageUp
    case open, back
    case filter, cycleSort, reverseSort, toggleArchived
    case show(ScreenID)
    case help, quit, redraw, toggleRedact
    case quickLog, add, edit, editNotes, rate, stance, archive, delete, undo, editInteraction
    case decide(ReviewDecision.Choice)
    case addNeed, addPromise, commitments
    case toggleHiddenItems, bringBack, toggleCard, snoozeKind, keepPromise
}
