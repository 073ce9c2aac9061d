import Foundation
import PeerNetwork

/// A fresh review keeps the same item selected when it is still there; when it is gone (done,
/// snoozed, dismissed) its neighbour is selected, so the next item moves up under the cursor.
func reviewLoaded(_ page: ReviewPage, in state: inout AppState) {
    let oldIDs = state.reviewQueue.map(\.id)
    state.review = page
    state.reviewIsStale = false
    let queue = state.reviewQueue
    // After a decision the selection stays on its row, so the next card moves up under it; it
    // never follows a card that the decision moved elsewhere in the queue.
    if state.pendingFocus == .reviewRow {
        state.reviewPosition.clamp(count: queue.count, visible: ReviewScreen.visibleRows(state.layout))
        return
    }
    // Otherwise a write's focus is a review key (an undo): select the card (or open reason) that holds it.
    let focus: String? = if case .reviewItem(let key) = state.pendingFocus {
        (queue.first { $0.reason?.key == key } ?? queue.first { $0.reason == nil && $0.card.keys.contains(key) })?.id
    } else { nil }
    state.reviewPosition.follow(from: oldIDs, to: queue.map(\.id), focus: focus, visible: ReviewScreen.visibleRows(state.layout))
}

/// `x` done, `z` snooze, `d` dismiss: on a card, every reason on it; on an open card's reason
/// row, that reason alone.
func decide(_ choice: ReviewDecision.Choice, in state: inout AppState) -> [Effect] {
    guard let row = state.selectedRow else { return [] }
    let decided = row.decidable.map { $0.decided(choice, at: state.now) }
    let changes = decided.map { Change.decide($0.decision, keeping: $0.keeping) }
    guard let first = decided.first, let change = changes.first else { return [] }
    if changes.count == 1 { return [.apply(change, description: first.description)] }
    let who = row.card.colleagueName ?? row.decidable[0].kind.title
    return [.apply(.batch(changes), description: "\(choice.pastTense): \(who), \(changes.count) reasons")]
}

/// `Z`: snooze, for a week, every open item of the selected reason's kind.
func snoozeKind(in state: inout AppState) -> [Effect] {
    guard let kind = state.selectedInsight?.kind, let review = state.review?.review else { return [] }
    let open = review.insights.filter { $0.kind == kind }
    guard !open.isEmpty else { return [] }
    let changes = open.map { Change.decide(ReviewDecision(key: $0.key, choice: .snoozed, at: state.now)) }
    let noun = open.count == 1 ? "item" : "items"
    return [.apply(changes.count == 1 ? changes[0] : .batch(changes), description: "Snoozed \(open.count) \(kind.title) \(noun) for a week")]
}

/// `K`: the promise on the selected card or reason is kept, whoever made it.
func keepPromise(in state: inout AppState) -> [Effect] {
    let now = state.now
    guard let row = state.selectedRow,
          let kept = ([row.reason].compactMap { $0 } + row.card.reasons).lazy.compactMap({ $0.keptPromise(at: now) }).first else {
        state.status = StatusMessage("No promise on this card")
        return []
    }
    return [.apply(.decide(kept.decision, keeping: kept.keeping), description: kept.description)]
}

/// Space: list a card's reasons under it, or fold them back.
func toggleCard(in state: inout AppState) -> [Effect] {
    guard let row = state.selectedRow else { return [] }
    let id = row.card.id
    if state.reviewOpenCards.remove(id) == nil { state.reviewOpenCards.insert(id) }
    // The selection stays on the card.
    if let index = state.reviewQueue.firstIndex(where: { $0.id == id }) { state.reviewPosition.selected = index }
    state.reviewPosition.clamp(count: state.reviewQueue.count, visible: ReviewScreen.visibleRows(state.layout))
    return []
}

/// `.` shows or hides the items decisions took out of the queue.
func toggleHiddenItems(in state: inout AppState) -> [Effect] {
    state.reviewShowsHidden.toggle()
    let hidden = state.review?.review.hiddenInsights.count ?? 0
    state.status = StatusMessage(state.reviewShowsHidden
        ? "Showing \(hidden) done, snoozed or dismissed item\(hidden == 1 ? "" : "s") after the open ones; R brings one back"
        : "Hiding done, snoozed and dismissed items")
    state.reviewPosition.clamp(count: state.reviewQueue.count, visible: ReviewScreen.visibleRows(state.layout))
    return []
}

/// `R` on a done, snoozed or dismissed card (or reason) puts it back in the queue.
func bringBack(in state: inout AppState) -> [Effect] {
    guard let row = state.selectedRow else { return [] }
    let hidden = row.decidable.filter { $0.decision != nil }
    guard let first = hidden.first else {
        state.status = StatusMessage("That item is already in the queue")
        return []
    }
    let changes = hidden.map { Change.forgetDecision($0.key) }
    return [.apply(changes.count == 1 ? changes[0] : .batch(changes), description: "Back in the queue: \(first.action)")]
}
