import Foundation
import PeerNetwork

/// A fresh review keeps the same item selected when it is still there; when it is gone (done,
/// snoozed, dismissed) its neighbour is selected, so the next item moves up under the cursor.
func reviewLoaded(_ page: ReviewPage, in state: inout AppState) {
    let oldIDs = state.reviewQueue.map(\.id)
    state.review = page
    state.reviewIsStale = false
    let queue = state.reviewQueue
    // A write's focus is a review key: select the card (or open reason) that holds it.
    let focus: String? = if case .reviewItem(let key) = state.pendingFocus {
        (queue.first { $0.reason?.key == key } ?? queue.first { $0.reason == nil && $0.card.keys.contains(key) })?.id
    } else { nil }
    state.reviewPosition.follow(from: oldIDs, to: queue.map(\.id), focus: focus, visible: ReviewScreen.visibleRows(state.layout))
}

/// `x` done, `z` snooze, `d` dismiss: on a card, every reason on it; on an open card's reason
/// row, that reason alone.
func decide(_ choice: ReviewDecision.Choice, in state: inout AppState) -> [Effect] {
    guard let row = state.selectedRow else { return [] }
    let reasons = row.decidable
    let changes = reasons.map { decision(choice, on: $0, at: state.now) }
    guard let first = reasons.first, let change = changes.first else { return [] }
    if changes.count == 1 { return [.apply(change, description: describe(choice, on: first))] }
    let who = row.card.colleagueName ?? first.kind.title
    return [.apply(.batch(changes), description: "\(choice.pastTense): \(who), \(changes.count) reasons")]
}

/// Done on your promise keeps it; on theirs it means you checked in: the promise stays open
/// and the item comes back in a week.
private func decision(_ choice: ReviewDecision.Choice, on insight: Insight, at now: Date) -> Change {
    guard choice == .done, let promiseID = insight.promiseID else {
        return .decide(ReviewDecision(key: insight.key, choice: choice, at: now))
    }
    if insight.promiseDirection == .theirs { return .decide(ReviewDecision(key: insight.key, choice: .snoozed, at: now)) }
    return .decide(ReviewDecision(key: insight.key, choice: .done, at: now), keeping: promiseID)
}

private func describe(_ choice: ReviewDecision.Choice, on insight: Insight) -> String {
    guard choice == .done, insight.promiseID != nil else { return "\(choice.pastTense): \(insight.action)" }
    return insight.promiseDirection == .theirs
        ? "Checked in, back in a week: \(insight.action)" : "Done, promise kept: \(insight.action)"
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

/// `k`: the promise on the selected card or reason is kept, whoever made it.
func keepPromise(in state: inout AppState) -> [Effect] {
    guard let row = state.selectedRow else { return [] }
    guard let insight = ([row.reason].compactMap { $0 } + row.card.reasons).first(where: { $0.promiseID != nil }),
          let promiseID = insight.promiseID else {
        state.status = StatusMessage("No promise on this card")
        return []
    }
    let done = ReviewDecision(key: insight.key, choice: .done, at: state.now)
    return [.apply(.decide(done, keeping: promiseID), description: "Promise kept: \(insight.action)")]
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
