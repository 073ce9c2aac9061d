import Foundation
import PeerNetwork
import Testing
@testable import Dashboard

/// The selection follows identity across reloads: a key never lands on whatever slid into an
/// old index.
@Suite struct SelectionTests {
    let now = Date(timeIntervalSince1970: 1_795_532_400)

    private func summaries(_ names: [(Int64, String)]) -> [ColleagueSummary] {
        names.map { ColleagueSummary(colleague: Colleague(id: $0.0, name: $0.1), lastContact: nil, balance: Balance()) }
    }

    private func loaded(_ names: [(Int64, String)], into state: inout AppState) {
        _ = update(&state, .colleaguesLoaded(ColleagueList(summaries(names)), departments: []))
    }

    @Test func aNewColleagueIsSelectedAfterAdding() {
        var state = AppState(width: 80, height: 24, now: now)
        loaded([(1, "Ann"), (2, "Ben"), (3, "Cy")], into: &state)
        _ = update(&state, .applied(UndoEntry(description: "Added Bo", inverse: .touching(colleague: 9)), focus: .colleague(9), now: now))
        loaded([(1, "Ann"), (2, "Ben"), (9, "Bo"), (3, "Cy")], into: &state)
        #expect(state.selectedColleague?.id == 9)
    }

    @Test func theNeighbourIsSelectedAfterADelete() {
        var state = AppState(width: 80, height: 24, now: now)
        loaded([(1, "Ann"), (2, "Ben"), (3, "Cy"), (4, "Di")], into: &state)
        _ = update(&state, .key(.down))
        _ = update(&state, .applied(UndoEntry(description: "Deleted Ben", inverse: .touching(colleague: 2)), focus: .colleague(2), now: now))
        // Meanwhile another shell added Bea, who sorts where Ben was.
        loaded([(1, "Ann"), (7, "Bea"), (3, "Cy"), (4, "Di")], into: &state)
        #expect(state.selectedColleague?.id == 3, "the row after the deleted one, not whoever took its index")
    }

    @Test func theRestoredRowIsSelectedAfterUndo() {
        var state = AppState(width: 80, height: 24, now: now)
        loaded([(1, "Ann"), (3, "Cy"), (4, "Di")], into: &state)
        _ = update(&state, .key(.char("G")))
        _ = update(&state, .undone("Deleted Ben", focus: .colleague(2), now: now))
        loaded([(1, "Ann"), (2, "Ben"), (3, "Cy"), (4, "Di")], into: &state)
        #expect(state.selectedColleague?.id == 2)
    }

    @Test func theSameColleagueStaysSelectedWhenOthersMove() {
        var state = AppState(width: 80, height: 24, now: now)
        loaded([(1, "Ann"), (2, "Ben"), (3, "Cy")], into: &state)
        _ = update(&state, .key(.down))
        _ = update(&state, .externalChange)
        loaded([(5, "Aaron"), (1, "Ann"), (2, "Ben"), (3, "Cy")], into: &state)
        #expect(state.selectedColleague?.id == 2)
    }

    @Test func aWriteReloadsAtTheMomentItLanded() {
        var state = AppState(width: 80, height: 24, now: now)
        let later = now.addingTimeInterval(0.7)
        _ = update(&state, .applied(UndoEntry(description: "x", inverse: .touching(colleague: 1)), focus: nil, now: later))
        #expect(state.now == later)
    }

    @Test func ctrlLRedrawsEvenOverAPopup() {
        var state = AppState(width: 80, height: 24, now: now)
        loaded([(1, "Ann")], into: &state)
        _ = update(&state, .key(.char("l")))
        #expect(state.popup != nil)
        #expect(update(&state, .key(.control("l"))) == [.redrawScreen])
        #expect(state.popup != nil)
    }

    @Test func theEndOfInputQuits() {
        var state = AppState(width: 80, height: 24, now: now)
        _ = update(&state, .key(.endOfInput))
        #expect(state.shouldQuit)
    }
}
