import Foundation
import PeerNetwork
import Testing
@testable import Dashboard

/// A big network arrives as entries only; the reducer asks for the rows the screen shows (and
/// a screen either side), and for nothing it already has.
@Suite struct ColleagueWindowTests {
    let now = Date(timeIntervalSince1970: 1_795_532_400)
    let people = (1...10_000).map { ColleagueEntry(id: Int64($0), name: "Person \($0)", vital: 1 + $0 % 5, trust: 1 + $0 % 3) }

    func row(_ id: ColleagueID) -> ColleagueSummary {
        ColleagueSummary(colleague: Colleague(id: id, name: "Person \(id)", team: "Team"), lastContact: nil, balance: Balance())
    }

    /// Runs the effects a data source would: rows for the ids asked, nothing else.
    func settle(_ state: inout AppState, _ effects: [Effect]) -> [[ColleagueID]] {
        var asked: [[ColleagueID]] = []
        for effect in effects {
            guard case .loadColleagueRows(let ids) = effect else { continue }
            asked.append(ids)
            asked += settle(&state, update(&state, .colleagueRowsLoaded(ids.map(row), asked: ids)))
        }
        return asked
    }

    @Test func onlyTheRowsAroundTheScreenAreLoaded() throws {
        var state = AppState(width: 80, height: 24, now: now)
        let visible = state.layout.tableRows
        let asked = settle(&state, update(&state, .colleaguesLoaded(ColleagueList(entries: people), departments: [])))
        #expect(asked == [Array(1...Int64(2 * visible))], "a new list: the first screen and the next")
        #expect(DashboardView.render(state).text.contains("Person 1 "))

        // Moving within what is loaded asks for nothing.
        #expect(settle(&state, update(&state, .key(.char("j")))).isEmpty)
        // The end of the list loads the last screens only.
        let atEnd = settle(&state, update(&state, .key(.char("G"))))
        #expect(atEnd.count == 1 && atEnd[0].last == 10_000 && atEnd[0].count == 2 * visible, "the last screen and the one before")
        #expect(state.selectedColleague?.colleague.name == "Person 10000")
        #expect(DashboardView.render(state).text.contains("Person 10000"))
        #expect(state.colleagues.rows.count <= ColleagueList.rowLimit)

        // Scrolling reads further ahead than a new list does.
        _ = settle(&state, update(&state, .key(.char("g"))))
        #expect(settle(&state, update(&state, .key(.pageDown))).isEmpty, "the second screen came with the first")
        let further = settle(&state, update(&state, .key(.pageDown))).first ?? []
        #expect(further.count > 2 * visible, "more than a new list's two screens: \(further.count)")
    }

    @Test func theMapPanelLoadsItsSelection() {
        var state = AppState(width: 120, height: 40, now: now)
        _ = settle(&state, update(&state, .colleaguesLoaded(ColleagueList(entries: people), departments: [])))
        _ = settle(&state, update(&state, .key(.char("2"))))
        #expect(state.mapSelection?.vital == 5 && state.mapSelection?.trust == 1, "top left first")
        // The bottom right is far down the list, outside the rows the table loaded.
        let asked = settle(&state, update(&state, .key(.char("G"))))
        let selected = state.mapSelection
        #expect(selected?.vital == 1 && selected?.trust == 3)
        #expect(asked == [[selected?.id ?? -1]])
        #expect(state.focusedColleague?.id == selected?.id)
    }

    @Test func aRowDeletedSinceTheListWasReadReloadsTheList() {
        var state = AppState(width: 80, height: 24, now: now)
        let effects = update(&state, .colleaguesLoaded(ColleagueList(entries: Array(people.prefix(3))), departments: []))
        #expect(effects == [.loadColleagueRows([1, 2, 3])])
        #expect(update(&state, .colleagueRowsLoaded([row(1), row(3)], asked: [1, 2, 3])) == [.loadColleagues(ColleagueQuery())])
    }

    @Test func aNewListDropsRowsFromTheOldOne() {
        var state = AppState(width: 80, height: 24, now: now)
        _ = settle(&state, update(&state, .colleaguesLoaded(ColleagueList(entries: people), departments: [])))
        let effects = update(&state, .colleaguesLoaded(ColleagueList(entries: Array(people.suffix(5))), departments: []))
        #expect(state.colleagues.rows.isEmpty, "rows may be stale after a reload")
        #expect(effects == [.loadColleagueRows(Array(9_996...10_000))])
    }

    @Test func theMapShowsEveryDigitOfABigDepartment() {
        var state = AppState(width: 200, height: 50, now: now)
        _ = update(&state, .colleaguesLoaded(ColleagueList(entries: people), departments: [
            Department(name: "Engineering", activeCount: 1_250), Department(name: "Procurement", activeCount: 0),
        ]))
        _ = update(&state, .key(.char("2")))
        let text = DashboardView.render(state).text
        #expect(text.contains("1250│"), "the count ends at the panel's edge, whole")
        #expect(text.contains("Procurement") && text.contains("   0│"), "nobody there: the count says it, in red")
    }
}
