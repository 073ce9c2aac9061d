import Foundation
import PeerNetwork

/// A fresh review keeps the same item selected when it is still there; when it is gone (done,
/// snoozed, dismissed) its neighbour is selected, so the next item moves up under the cursor.
func reviewLoaded(_ page: ReviewPage, in state: inout AppState) {
    let oldKeys = state.reviewQueue.map(\.key)
    let focus: String? = if case .reviewItem(let key) = state.pendingFocus { key } else { nil }
    state.review = page
    state.reviewPosition.follow(
        from: oldKeys, to: state.reviewQueue.map(\.key), focus: focus, visible: ReviewScreen.visibleRows(state.layout))
}

/// `x` done, `z` snooze, `d` dismiss on the selected review item.
func decide(_ choice: ReviewDecision.Choice, in state: inout AppState) -> [Effect] {
    guard let insight = state.selectedInsight else { return [] }
    let decision = ReviewDecision(key: insight.key, choice: choice, at: state.now)
    // Done on a promise means it was settled: keep it, so it leaves the promise list too.
    if choice == .done, let promiseID = insight.promiseID {
        return [.apply(.decide(decision, keeping: promiseID), description: "Done, promise kept: \(insight.action)")]
    }
    return [.apply(.decide(decision), description: "\(choice.pastTense): \(insight.action)")]
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

/// `R` on a done, snoozed or dismissed item puts it back in the queue.
func bringBack(in state: inout AppState) -> [Effect] {
    guard let insight = state.selectedInsight else { return [] }
    guard insight.decision != nil else {
        state.status = StatusMessage("That item is already in the queue")
        return []
    }
    return [.apply(.forgetDecision(insight.key), description: "Back in the queue: \(insight.action)")]
}
