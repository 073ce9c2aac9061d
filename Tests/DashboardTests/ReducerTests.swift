import Foundation
import PeerNetwork
import Testing
import TerminalUI
@testable import Dashboard

@Suite struct ReducerTests {
    let now = Date(timeIntervalSince1970: 1_795_532_400)

    func summary(_ id: Int64, _ name: String, vital: Int? = 3, trust: Int? = 3, archived: Bool = false) -> ColleagueSummary {
        ColleagueSummary(
            colleague: Colleague(id: id, name: name, team: "Team", ratings: Ratings(vital: vital, trust: trust), archived: archived),
            lastContact: nil, balance: Balance())
    }

    func loadedState(count: Int = 30) -> AppState {
        var state = AppState(width: 80, height: 24, now: now)
        _ = update(&state, .colleaguesLoaded(ColleagueList((1...count).map { summary(Int64($0), "Person \($0)") }), departments: []))
        return state
    }

    @Test func startLoadsTheColleaguesAndTheLogWhenShown() {
        var state = AppState(width: 80, height: 24, now: now)
        #expect(update(&state, .start) == [.loadFirstColleagues(ColleagueQuery(), rows: state.layout.tableRows)])
        #expect(update(&state, .key(.char("3"))) == [.loadLog(filter: "", before: nil)])
        #expect(update(&state, .externalChange) == [.loadColleagues(ColleagueQuery()), .loadLog(filter: "", before: nil)])
        _ = update(&state, .logLoaded([], appended: false))
        _ = update(&state, .key(.char("1")))
        #expect(update(&state, .key(.char("3"))).isEmpty, "nothing written since: the log on hand is current")
        _ = update(&state, .key(.char("1")))
        _ = update(&state, .externalChange)
        #expect(update(&state, .key(.char("3"))) == [.loadLog(filter: "", before: nil)], "written since: read again")
    }

    /// The reducer tells another program's writes from ours by the revision: it reloads when the
    /// revision moved and no write of its own moved it.
    @Test func aMovedRevisionReloadsUnlessOurOwnWriteMovedIt() {
        var state = AppState(width: 80, height: 24, now: now)
        _ = update(&state, .start)
        #expect(update(&state, .revisionRead(7)).isEmpty, "the first read only sets it")
        #expect(update(&state, .revisionRead(7)).isEmpty, "nothing written")
        #expect(update(&state, .revisionRead(8)) == [.loadColleagues(ColleagueQuery())], "another program wrote")
        _ = update(&state, .applied(UndoEntry(description: "x", inverse: Inverse()), focus: nil, now: now, revision: 9))
        #expect(update(&state, .revisionRead(9)).isEmpty, "our own write, reloaded already")
    }

    @Test func movingKeepsTheSelectionVisible() {
        var state = loadedState()
        _ = update(&state, .key(.char("j")))
        _ = update(&state, .key(.down))
        #expect(state.colleaguePosition.selected == 2)
        _ = update(&state, .key(.char("G")))
        #expect(state.colleaguePosition.selected == 29)
        // 24 rows: tab bar, header, status bar leave 21 table rows.
        #expect(state.colleaguePosition.offset == 30 - 21)
        _ = update(&state, .key(.char("g")))
        #expect(state.colleaguePosition == ListPosition(selected: 0, offset: 0))
        _ = update(&state, .key(.pageDown))
        #expect(state.colleaguePosition.selected == 21)
        _ = update(&state, .key(.char("k")))
        #expect(state.colleaguePosition.selected == 20)
    }

    @Test func enterOpensDetailAndEscReturns() {
        var state = loadedState()
        _ = update(&state, .key(.char("j")))
        #expect(update(&state, .key(.enter)) == [.loadDetail(2)])
        #expect(state.screen == .detail)
        _ = update(&state, .key(.escape))
        #expect(state.screen == .colleagues)
    }

    @Test func filterFollowsEachKeystrokeAndEscClears() {
        var state = loadedState()
        _ = update(&state, .key(.char("/")))
        #expect(state.filterField != nil)
        // Each keystroke asks to be told when the keys stop; only the latest token loads.
        #expect(update(&state, .key(.char("f"))) == [.settleFilter(token: 1)])
        #expect(update(&state, .key(.char("i"))) == [.settleFilter(token: 2)])
        #expect(update(&state, .key(.char("q"))) == [.settleFilter(token: 3)], "q types, it does not quit")
        #expect(!state.shouldQuit)
        #expect(update(&state, .filterSettled(token: 2)).isEmpty, "a stale token loads nothing")
        #expect(update(&state, .filterSettled(token: 3)) == [.loadColleagues(ColleagueQuery(filter: "fiq"))])
        #expect(update(&state, .filterSettled(token: 3)).isEmpty, "and loads it once")
        #expect(update(&state, .key(.backspace)) == [.settleFilter(token: 4)])
        #expect(update(&state, .key(.enter)).isEmpty)
        #expect(state.filterField == nil)
        #expect(state.query.filter == "fi")
        // A key that acts on the list before the keys stopped gets the list its filter asked for first.
        #expect(update(&state, .key(.escape)) == [.loadColleagues(ColleagueQuery(filter: "fi")), .redeliver(.escape)])
        #expect(update(&state, .key(.escape)) == [.loadColleagues(ColleagueQuery())], "Esc clears a kept filter")
    }

    @Test func sortCyclesAndReversesInMemoryKeepingTheSelection() {
        var state = AppState(width: 80, height: 24, now: now)
        let people = (1...30).map { summary(Int64($0), "Person \(String(format: "%02d", $0))", vital: 1 + $0 % 5) }
        _ = update(&state, .colleaguesLoaded(ColleagueList(people), departments: []))
        _ = update(&state, .key(.char("j")))
        #expect(state.selectedColleague?.colleague.name == "Person 02")
        #expect(update(&state, .key(.char("s"))).isEmpty, "a whole list is sorted where it is")
        #expect(state.query == ColleagueQuery(sort: .team))
        #expect(update(&state, .key(.char("s"))).isEmpty)
        #expect(state.colleagues.entries.prefix(3).map(\.name) == ["Person 04", "Person 09", "Person 14"], "vital 5 first, then by name")
        #expect(state.selectedColleague?.colleague.name == "Person 02", "the selection follows the colleague")
        _ = update(&state, .key(.char("S")))
        #expect(state.query == ColleagueQuery(sort: .vital, descending: true))
        #expect(state.colleagues.entries.prefix(2).map(\.name) == ["Person 05", "Person 10"], "vital 1 first")
        for _ in 0..<(ColleagueSort.allCases.count - 2) { _ = update(&state, .key(.char("s"))) }
        #expect(state.query.sort == .name)
        #expect(state.colleagues.entries.map(\.name) == people.map(\.colleague.name))
        // A first screen still waiting for the rest is read again in the new order.
        _ = update(&state, .colleaguesLoaded(ColleagueList(entries: Array(ColleagueList(people).entries.prefix(10)), total: 30), departments: []))
        #expect(update(&state, .key(.char("s"))) == [.loadColleagues(ColleagueQuery(sort: .team))])
        #expect(update(&state, .key(.char("."))) == [.loadColleagues(ColleagueQuery(sort: .team, includeArchived: true))])
    }

    @Test func numberKeysSwitchScreens() {
        var state = loadedState()
        _ = update(&state, .key(.char("2")))
        #expect(state.screen == .map)
        _ = update(&state, .key(.char("3")))
        #expect(state.screen == .log)
        _ = update(&state, .key(.char("1")))
        #expect(state.screen == .colleagues)
    }

    @Test func helpClosesBeforeQuitting() {
        var state = loadedState()
        _ = update(&state, .key(.char("?")))
        #expect(state.helpVisible)
        _ = update(&state, .key(.char("q")))
        #expect(!state.helpVisible)
        #expect(!state.shouldQuit)
        _ = update(&state, .key(.char("q")))
        #expect(state.shouldQuit)
    }

    @Test func reloadKeepsTheSamePersonSelected() {
        var state = loadedState(count: 5)
        _ = update(&state, .key(.char("j")))
        _ = update(&state, .key(.char("j")))
        let reordered = [5, 3, 4, 2, 1].map { summary(Int64($0), "Person \($0)") }
        _ = update(&state, .colleaguesLoaded(ColleagueList(reordered), departments: []))
        #expect(state.selectedColleague?.id == 3)
        _ = update(&state, .colleaguesLoaded(ColleagueList(Array(reordered.prefix(1))), departments: []))
        #expect(state.colleaguePosition.selected == 0)
    }

    @Test func logPagesInNearTheEnd() {
        var state = loadedState()
        let page = (0..<Layout.logPageSize).map { index in
            LogEntry(interaction: Interaction(id: Int64(1000 - index), occurredAt: now.addingTimeInterval(-Double(index) * 60), colleagueIDs: [1], direction: .gave, kind: .help), names: ["Person 1"])
        }
        _ = update(&state, .key(.char("3")))
        _ = update(&state, .logLoaded(page, appended: false))
        #expect(state.logHasMore)
        #expect(update(&state, .key(.char("j"))).isEmpty)
        let effects = update(&state, .key(.char("G")))
        #expect(effects == [.loadLog(filter: "", before: page.last!.cursor)])
        _ = update(&state, .logLoaded(Array(page.prefix(3)), appended: true))
        #expect(state.log.count == Layout.logPageSize + 3)
        #expect(!state.logHasMore)
    }

    @Test func resizeRelaysOutAndClampsTheScroll() {
        var state = loadedState()
        _ = update(&state, .key(.char("G")))
        _ = update(&state, .key(.resize(width: 100, height: 40)))
        #expect(state.width == 100 && state.height == 40)
        #expect(state.colleaguePosition.offset == 0, "all 30 rows fit at 40 lines")
        _ = update(&state, .key(.resize(width: 40, height: 12)))
        #expect(state.layout.isTooSmall)
    }

    @Test func clicksSelectThenOpen() {
        var state = loadedState()
        // Body rows start at y = 2 (tab bar, then the header).
        _ = update(&state, .key(.mouse(.click(x: 5, y: 4))))
        #expect(state.colleaguePosition.selected == 2)
        #expect(update(&state, .key(.mouse(.click(x: 5, y: 4)))) == [.loadDetail(3)])
        _ = update(&state, .key(.escape))
        _ = update(&state, .key(.mouse(.scrollDown(x: 5, y: 4))))
        #expect(state.colleaguePosition.selected == 5)
        let mapTab = TabBar.tabRanges().first { $0.0 == .map }!.1
        _ = update(&state, .key(.mouse(.click(x: mapTab.lowerBound, y: 0))))
        #expect(state.screen == .map)
    }

    @Test func mapWalksOnlyRatedColleagues() {
        var state = AppState(width: 80, height: 24, now: now)
        _ = update(&state, .colleaguesLoaded(ColleagueList([summary(1, "A"), summary(2, "B", vital: nil), summary(3, "C")]), departments: []))
        _ = update(&state, .key(.char("2")))
        _ = update(&state, .key(.char("j")))
        #expect(update(&state, .key(.enter)) == [.loadDetail(3)])
    }

    @Test func everyBindingIsInTheHelpAndResolves() {
        let helpKeys = Set(Keymap.helpSections.flatMap(\.bindings).map(\.keyLabel))
        for binding in Keymap.bindings {
            #expect(helpKeys.contains(binding.keyLabel))
        }
        // No key means two things on the same screen.
        for screen in ScreenID.allCases {
            var seen: [Key: Command] = [:]
            for binding in Keymap.bindings where binding.contexts.contains(.screen(screen)) {
                for key in binding.keys {
                    #expect(seen[key] == nil, "\(key) bound twice on \(screen)")
                    seen[key] = binding.command
                }
            }
        }
    }
}

@Suite struct MapTests {
    let now = Date(timeIntervalSince1970: 1_795_532_400)

    func summary(_ id: Int64, _ name: String, vital: Int, trust: Int) -> ColleagueSummary {
        ColleagueSummary(colleague: Colleague(id: id, name: name, ratings: Ratings(vital: vital, trust: trust)), lastContact: nil, balance: Balance())
    }

    @Test func jAndKFollowThePlotsReadingOrder() {
        var state = AppState(width: 120, height: 40, now: now)
        _ = update(&state, .colleaguesLoaded(ColleagueList([
            summary(1, "Low Left", vital: 1, trust: 1), summary(2, "Top Right", vital: 5, trust: 5),
            summary(3, "Top Left", vital: 5, trust: 1), summary(4, "Middle", vital: 3, trust: 3),
        ]), departments: []))
        #expect(state.mapColleagues.map(\.name) == ["Top Left", "Top Right", "Middle", "Low Left"])
    }

    @Test func pointsAreLabelledWithNamesThenInitialsAsRoomAllows() {
        var state = AppState(width: 120, height: 40, now: now)
        _ = update(&state, .colleaguesLoaded(ColleagueList([summary(1, "Dana Whitfield", vital: 5, trust: 2), summary(2, "田中 浩 (Hiroshi Tanaka)", vital: 4, trust: 4)]), departments: []))
        _ = update(&state, .key(.char("2")))
        let wide = DashboardView.render(state).text
        #expect(wide.contains("Dana W.") && wide.contains("田中 T."), "names where they fit")
        state.width = 80
        state.height = 24
        let narrow = DashboardView.render(state).text
        #expect(narrow.contains("DW") || narrow.contains("Dana W."))
        // Six in one cell two rows high: three to a row.
        let crowd = (1...6).map { ColleagueEntry(id: ColleagueID($0), name: "Person \($0)", vital: 5, trust: 5) }
        #expect(MapScreen.labels(crowd, cellWidth: 40, cellHeight: 3) == .names(width: 9))
        #expect(MapScreen.labels(crowd, cellWidth: 10, cellHeight: 3) == .initials)
        #expect(MapScreen.labels(crowd, cellWidth: 6, cellHeight: 3) == .dots)
        #expect(MapScreen.initials("Zoë") == "Zo", "one name: its first two letters")
        #expect(MapScreen.initials("陈静") == "陈")
    }

    @Test func declaredDepartmentsWithNobodyAreListed() {
        var state = AppState(width: 120, height: 40, now: now)
        _ = update(&state, .colleaguesLoaded(ColleagueList([summary(1, "Dana", vital: 5, trust: 2)]), departments: [Department(name: "Procurement", activeCount: 0)]))
        _ = update(&state, .key(.char("2")))
        #expect(DashboardView.render(state).text.contains("Procurement"))
    }
}

/// The sort arrow means one thing on every column: ↓ is descending, the values falling down it.
@Suite struct SortArrowTests {
    @Test func theArrowFollowsTheValuesNotTheKey() {
        #expect(ColleagueSort.name.isDescending(reversed: false) == false, "A to Z: ↑")
        #expect(ColleagueSort.vital.isDescending(reversed: false) == true, "5 to 1: ↓")
        #expect(ColleagueSort.vital.isDescending(reversed: true) == false)
        #expect(ColleagueSort.balance.isDescending(reversed: false) == false, "from −1: ↑")
        var state = AppState(width: 100, height: 30, now: Date(timeIntervalSince1970: 1_795_532_400))
        _ = update(&state, .colleaguesLoaded(ColleagueList([
            ColleagueSummary(colleague: Colleague(id: 1, name: "Dana Whitfield"), lastContact: nil, balance: Balance()),
        ]), departments: []))
        state.query.sort = .vital
        #expect(DashboardView.render(state).text.contains("V↓"))
        state.query.sort = .balance
        #expect(DashboardView.render(state).text.contains("Bal↑"))
    }
}

@Suite struct DueColumnTests {
    @Test func aRhythmJustRenewedIsDueInItsWholeWeeks() {
        let now = Date(timeIntervalSince1970: 1_795_532_400)
        let summary = ColleagueSummary(colleague: Colleague(id: 1, name: "Dana", contactEveryWeeks: 3), lastContact: now.addingTimeInterval(-60), balance: Balance())
        #expect(ColleaguesScreen.due(summary, now: now).text == "in 3w")
    }
}

@Suite struct PaletteTests {
    @Test func typedLettersFindAnActionAndEnterRunsIt() {
        var state = AppState(width: 100, height: 30, now: Date(timeIntervalSince1970: 1_795_532_400))
        state.screen = .review
        _ = update(&state, .key(.char(":")))
        guard case .palette(let opened) = state.popup else { Issue.record("no palette"); return }
        #expect(opened.matches.contains { $0.command == .decide(.snoozed) }, "the review's own actions")
        #expect(!opened.matches.contains { $0.command == .cycleSort }, "not another screen's")
        for character in "snz" { _ = update(&state, .key(.character(character))) }
        guard case .palette(let typed) = state.popup else { Issue.record("closed"); return }
        #expect(typed.matches.first?.command == .decide(.snoozed))
        _ = update(&state, .key(.down))
        _ = update(&state, .key(.enter))
        #expect(state.popup == nil)
        for character in ":colleagues screen" { _ = update(&state, .key(.character(character))) }
        _ = update(&state, .key(.enter))
        #expect(state.screen == .colleagues, "a screen switch runs as its key would")
    }
}

@Suite struct FormAtSixtyBySixteenTests {
    /// The add form on the smallest screen reaches its last fields: it scrolls with the focus.
    @Test func theFieldsScrollToTheFocusedOne() {
        var state = AppState(width: 60, height: 16, now: Date(timeIntervalSince1970: 1_795_532_400))
        _ = update(&state, .key(.char("a")))
        #expect(!DashboardView.render(state).text.contains("Notes"))
        for _ in 0..<(ColleagueForm.Field.allCases.count - 1) { _ = update(&state, .key(.tab)) }
        let text = DashboardView.render(state).text
        #expect(text.contains("Notes") && text.contains("Values"))
        #expect(!text.contains("│ Name "), "the first fields scrolled away")
    }
}

@Suite struct MapStepTests {
    @Test func theArrowsMoveAcrossTheGridToTheNearestColleague() {
        var state = AppState(width: 100, height: 30, now: Date(timeIntervalSince1970: 1_795_532_400))
        func person(_ id: ColleagueID, _ name: String, trust: Int, vital: Int) -> ColleagueSummary {
            ColleagueSummary(colleague: Colleague(id: id, name: name, ratings: Ratings(vital: vital, trust: trust)), lastContact: nil, balance: Balance())
        }
        _ = update(&state, .colleaguesLoaded(ColleagueList([
            person(1, "Ann", trust: 2, vital: 5), person(2, "Bo", trust: 4, vital: 5), person(3, "Cy", trust: 4, vital: 2), person(4, "Di", trust: 1, vital: 1),
        ]), departments: []))
        _ = update(&state, .key(.char("2")))
        #expect(state.mapSelection?.name == "Ann", "the top row, left first")
        _ = update(&state, .key(.right))
        #expect(state.mapSelection?.name == "Bo")
        _ = update(&state, .key(.down))
        #expect(state.mapSelection?.name == "Cy")
        _ = update(&state, .key(.down))
        #expect(state.mapSelection?.name == "Di", "lower still, to one side")
        _ = update(&state, .key(.left))
        #expect(state.mapSelection?.name == "Di", "nobody further left: it stays")
        _ = update(&state, .key(.up))
        #expect(state.mapSelection?.name == "Cy", "the nearest up: Cy (4 away) before Ann (5)")
        _ = update(&state, .key(.char("k")))
        #expect(state.mapSelection?.name == "Bo", "k keeps the reading order")
    }
}

@Suite struct MarkedColleaguesTests {
    func listState() -> AppState {
        var state = AppState(width: 100, height: 30, now: Date(timeIntervalSince1970: 1_795_532_400))
        _ = update(&state, .colleaguesLoaded(ColleagueList((1...4).map { id in
            ColleagueSummary(colleague: Colleague(id: ColleagueID(id), name: ["Ann Berg", "Ben Adler", "Cy Moss", "Di Lund"][id - 1]), lastContact: nil, balance: Balance())
        }), departments: []))
        return state
    }

    @Test func spaceMarksAndTheNextKeyActsOnThemAll() {
        var state = listState()
        _ = update(&state, .key(.char(" ")))
        _ = update(&state, .key(.char("j")))
        _ = update(&state, .key(.char(" ")))
        #expect(state.marked == [1, 3], "Space marks and moves on")
        #expect(DashboardView.render(state).text.contains("● Ann Berg") && DashboardView.render(state).text.contains("2 marked"))
        #expect(update(&state, .key(.char("A"))) == [.apply(.batch([.setArchived(1, true), .setArchived(3, true)]), description: "Archived 2 colleagues: Ann Berg and Cy Moss")])
        #expect(state.marked.isEmpty)
    }

    @Test func deletingSeveralAsksOnceNamingThemAll() {
        var state = listState()
        for _ in 0..<3 { _ = update(&state, .key(.char(" "))) }
        #expect(update(&state, .key(.char("D"))).isEmpty)
        guard case .confirm(let confirmation) = state.popup else { Issue.record("no confirmation"); return }
        #expect(confirmation.message.hasPrefix("Delete 3 colleagues (Ann Berg, Ben Adler, Cy Moss)"))
        #expect(confirmation.change == .batch([.deleteColleague(1), .deleteColleague(2), .deleteColleague(3)]))
    }

    @Test func tagAddsOneTagToEveryMarkedOne() {
        var state = listState()
        _ = update(&state, .key(.char(" ")))
        _ = update(&state, .key(.char(" ")))
        _ = update(&state, .key(.char("T")))
        for character in "two words" { _ = update(&state, .key(.character(character))) }
        #expect(update(&state, .key(.enter)).isEmpty, "a tag is one word")
        _ = update(&state, .key(.control("u")))
        for character in "@Vendors" { _ = update(&state, .key(.character(character))) }
        #expect(update(&state, .key(.enter)) == [.apply(.batch([.addTag(1, "vendors"), .addTag(2, "vendors")]), description: "Tagged @vendors: Ann Berg and Ben Adler")])
    }

    @Test func escapeClearsTheMarks() {
        var state = listState()
        _ = update(&state, .key(.char(" ")))
        _ = update(&state, .key(.escape))
        #expect(state.marked.isEmpty)
    }
}

@Suite struct StatusHintTests {
    /// A write's status offers u; on a bar too narrow for both, the hint goes whole first.
    @Test func theHintGoesBeforeTheMessageIsCut() {
        let status = StatusMessage("Logged: gave info · Dana Whitfield · 30m · today — sent the deck", hint: "u undoes")
        #expect(status.text == "Logged: gave info · Dana Whitfield · 30m · today — sent the deck — u undoes")
        #expect(status.shown(fitting: 80) == status.text)
        #expect(status.shown(fitting: 70) == "Logged: gave info · Dana Whitfield · 30m · today — sent the deck")
        #expect(status.rewritten { $0.uppercased() }.hint == "u undoes", "redaction rewrites the message and keeps the hint")
    }

    /// A status is one line, whatever it quotes.
    @Test func aStatusQuotingSeveralLinesIsOneLine() {
        #expect(StatusMessage("Need met: the deck\r\nand notes\nfor Q3").message == "Need met: the deck and notes for Q3")
    }
}
