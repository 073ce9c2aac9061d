import Foundation
import PeerNetwork
import Testing
import TerminalUI
@testable import Dashboard

@Suite struct ReviewReducerTests {
    let now = Date(timeIntervalSince1970: 1_795_521_600)
    let dana = Colleague(id: 1, name: "Dana Whitfield", ratings: Ratings(vital: 5, frequency: 2, quality: 2, trust: 2))
    let omar = Colleague(id: 2, name: "Omar Haddad", stance: .antiSponsor)

    func page(_ insights: [Insight]) -> ReviewPage {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var review = Review.build(ReviewInput(people: []), now: now, calendar: calendar)
        review.insights = insights
        return ReviewPage(review: review, colleagues: [1: dana, 2: omar], calendar: calendar)
    }

    func insight(_ kind: InsightKind, _ colleague: Colleague) -> Insight {
        Insight(
            kind: kind, key: "\(kind.rawValue):\(colleague.id!)", colleagueID: colleague.id, colleagueName: colleague.name,
            why: "why", action: "do something", priority: 1)
    }

    func reviewState() -> AppState {
        var state = AppState(width: 80, height: 24, now: now)
        #expect(update(&state, .key(.char("w"))) == [.loadReview])
        #expect(state.screen == .review)
        _ = update(&state, .reviewLoaded(page([insight(.investFirst, dana), insight(.engage, omar), insight(.staleRatings, dana)])))
        _ = update(&state, .candidatesLoaded([QuickLogCandidate(id: 1, name: "Dana Whitfield"), QuickLogCandidate(id: 2, name: "Omar Haddad")]))
        return state
    }

    @Test func fourWAndTheTabOpenTheReview() {
        var state = AppState(width: 80, height: 24, now: now)
        #expect(update(&state, .key(.char("4"))) == [.loadReview])
        #expect(state.screen == .review)
        _ = update(&state, .key(.char("1")))
        let tab = TabBar.tabRanges().first { $0.0 == .review }!.1.lowerBound
        #expect(update(&state, .key(.mouse(.click(x: tab, y: 0)))) == [.loadReview])
        #expect(state.screen == .review)
    }

    @Test func theFirstFrameAsksOnceForTheReviewReadAhead() {
        var state = AppState(width: 80, height: 24, now: now)
        #expect(update(&state, .frameDrawn).contains(.readAheadReview))
        #expect(!update(&state, .frameDrawn).contains(.readAheadReview))
    }

    /// A review read ahead is shown by `4` only when no write moved the revision since it was read
    /// and no review was read meanwhile.
    @Test func aReviewReadAheadIsKeptOnlyAtTheCurrentRevision() {
        var state = AppState(width: 80, height: 24, now: now)
        _ = update(&state, .revisionRead(7))
        _ = update(&state, .reviewReadAhead(page([insight(.engage, omar)]), revision: 6))
        #expect(state.review == nil, "written since it was read")
        _ = update(&state, .reviewReadAhead(page([insight(.engage, omar)]), revision: 7))
        #expect(update(&state, .key(.char("4"))).isEmpty, "the review on hand is current")
        #expect(state.reviewQueue.map(\.card.lead.colleagueName) == ["Omar Haddad"])
        _ = update(&state, .reviewLoaded(page([insight(.investFirst, dana)])))
        _ = update(&state, .reviewReadAhead(page([insight(.engage, omar)]), revision: 7))
        #expect(state.reviewQueue.map(\.card.lead.colleagueName) == ["Dana Whitfield"], "a review read meanwhile stays")
    }

    @Test func theReviewIsReadAgainOnlyWhenWrittenSinceOrAMinuteOld() {
        var state = reviewState()
        _ = update(&state, .key(.char("1")))
        #expect(update(&state, .key(.char("4"))).isEmpty, "nothing written since: the review on hand is current")
        _ = update(&state, .key(.char("1")))
        _ = update(&state, .externalChange)
        #expect(update(&state, .key(.char("4"))) == [.loadReview], "another process wrote: read again")
        _ = update(&state, .reviewLoaded(page([insight(.engage, omar)])))
        _ = update(&state, .key(.char("1")))
        _ = update(&state, .tick(now.addingTimeInterval(AppState.reviewFreshSeconds - 1)))
        #expect(update(&state, .key(.char("4"))).isEmpty)
        _ = update(&state, .key(.char("1")))
        _ = update(&state, .tick(now.addingTimeInterval(AppState.reviewFreshSeconds)))
        #expect(update(&state, .key(.char("4"))) == [.loadReview], "a minute on, due days may have moved")
    }

    @Test func doneSnoozeAndDismissStoreADecision() throws {
        var state = reviewState()
        _ = update(&state, .key(.char("j")))
        for (key, choice) in [("x", ReviewDecision.Choice.done), ("z", .snoozed), ("d", .dismissed)] {
            let effects = update(&state, .key(.char(Character(key))))
            #expect(effects == [.apply(.decide(ReviewDecision(key: "engage:2", choice: choice, at: now)), description: "\(choice.pastTense): do something")])
        }
        #expect(ReviewDecision(key: "k", choice: .snoozed, at: now).until == now.addingTimeInterval(7 * 86_400))
    }

    @Test func aDecidedCardLeavesItsNeighbourSelected() {
        var state = reviewState()
        #expect(state.reviewQueue.map(\.card.id) == ["colleague:1", "colleague:2"], "Dana's two reasons are one card")
        _ = update(&state, .key(.char("j")))
        _ = update(&state, .reviewLoaded(page([insight(.investFirst, dana), insight(.staleRatings, dana)])))
        #expect(state.selectedRow?.card.id == "colleague:1", "Omar's card left; its neighbour is selected")
        _ = update(&state, .reviewLoaded(page([insight(.engage, omar), insight(.staleRatings, dana)])))
        #expect(state.selectedInsight?.key == "stale-ratings:1", "the same card stays selected when it is still there")
        _ = update(&state, .reviewLoaded(page([])))
        #expect(state.selectedInsight == nil)
        #expect(update(&state, .key(.char("x"))).isEmpty, "nothing to decide on an empty queue")
    }

    @Test func quickLogFromAnItemLogsAndMarksItDone() throws {
        var state = reviewState()
        _ = update(&state, .key(.char("j")))
        #expect(update(&state, .key(.char("l"))) == [.loadCandidates, .loadQuickLogLines])
        _ = update(&state, .key(.tab))  // keep the prefilled name
        guard case .quickLog(let popup) = state.popup else { Issue.record("no quick-log popup"); return }
        #expect(popup.field.text == "Omar Haddad ")
        #expect(popup.reviewKeys == ["engage:2"])
        for character in "gave info asked what worries him" { _ = update(&state, .key(.character(character))) }
        let effects = update(&state, .key(.enter))
        guard case .apply(.batch(let changes), let description) = try #require(effects.first) else {
            Issue.record("expected a batch, got \(effects)")
            return
        }
        #expect(changes.count == 3, "the log, the decision, the line kept")
        guard case .log(let interaction) = changes[0] else { Issue.record("first change is not a log"); return }
        #expect(interaction.colleagueIDs == [2])
        #expect(interaction.note == "asked what worries him")
        #expect(changes[1] == .decide(ReviewDecision(key: "engage:2", choice: .done, at: now)))
        #expect(description.hasPrefix("Logged and done: gave info · Omar Haddad"))
    }

    @Test func rateAndOpenWorkOnTheItemsColleague() {
        var state = reviewState()
        _ = update(&state, .key(.char("g")))
        _ = update(&state, .key(.char("r")))
        guard case .rate(let rate) = state.popup else { Issue.record("no rate popup"); return }
        #expect(rate.colleagueID == 1)
        #expect(rate.previous == dana.ratings, "re-rating starts from the last values")
        _ = update(&state, .key(.escape))
        #expect(update(&state, .key(.enter)) == [.loadDetail(1)])
        #expect(state.screen == .detail)
        #expect(update(&state, .applied(UndoEntry(description: "x", inverse: .touching(colleague: 1)), focus: nil, now: state.now)).contains(.loadReview),
                "a change made from the review reloads it")
        _ = update(&state, .key(.escape))
        #expect(state.screen == .review)
    }

    @Test func undoTakesADecisionBack() {
        var state = reviewState()
        let entry = UndoEntry(description: "Snoozed for a week: do something", inverse: .touching(colleague: 7))
        #expect(update(&state, .applied(entry, focus: nil, now: state.now)).contains(.loadReview))
        #expect(update(&state, .key(.char("u"))) == [.undo(entry)])
    }

    @Test func pagingMovesOneScreenOfTheQueue() {
        var state = reviewState()
        let many = (1...30).map { id in insight(.staleRatings, Colleague(id: Int64(id), name: "P\(id)")) }
        _ = update(&state, .reviewLoaded(page(many)))
        #expect(ReviewScreen.visibleRows(state.layout) == 12, "80×24: header 4, panel 4, title and column header 2")
        _ = update(&state, .key(.pageDown))
        #expect(state.reviewPosition.selected == 12)
        _ = update(&state, .key(.char("G")))
        _ = update(&state, .key(.resize(width: 80, height: 40)))
        #expect(state.reviewPosition.offset <= 29 - ReviewScreen.visibleRows(state.layout) + 1, "a taller window shows more of the end")
    }

    @Test func hiddenItemsCanBeShownAndBroughtBack() {
        var state = reviewState()
        var page = page([insight(.investFirst, dana)])
        var snoozed = insight(.engage, omar)
        snoozed.decision = ReviewDecision(key: snoozed.key, choice: .snoozed, at: now)
        page.review.hiddenInsights = [snoozed]
        _ = update(&state, .reviewLoaded(page))
        #expect(state.reviewQueue.map(\.card.lead.key) == ["invest-first:1"])
        #expect(update(&state, .key(.char("R"))).isEmpty, "an open item is already in the queue")
        _ = update(&state, .key(.char(".")))
        #expect(state.reviewQueue.map(\.card.lead.key) == ["invest-first:1", "engage:2"])
        #expect(DashboardView.render(state).text.contains("Snoozed     Omar Haddad"))
        _ = update(&state, .key(.char("j")))
        #expect(update(&state, .key(.char("R"))) == [.apply(.forgetDecision("engage:2"), description: "Back in the queue: do something")])
        _ = update(&state, .key(.char(".")))
        #expect(state.reviewQueue.count == 1)
        #expect(state.reviewPosition.selected == 0, "the selection stays inside the shorter queue")
    }

    @Test func clickingARowSelectsThenOpensIt() {
        var state = reviewState()
        let y = ReviewScreen.firstRowY(state.layout) + 1
        _ = update(&state, .key(.mouse(.click(x: 10, y: y))))
        #expect(state.selectedInsight?.key == "engage:2")
        #expect(update(&state, .key(.mouse(.click(x: 10, y: y)))) == [.loadDetail(2)])
    }
}

@Suite struct ReviewScreenTests {
    let now = Date(timeIntervalSince1970: 1_795_521_600)

    func frame(colleagues: [ColleagueSummary]) -> String {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var state = AppState(width: 80, height: 24, now: now)
        _ = update(&state, .colleaguesLoaded(ColleagueList(colleagues), departments: []))
        _ = update(&state, .key(.char("w")))
        _ = update(&state, .reviewLoaded(ReviewPage(
            review: Review.build(ReviewInput(people: []), now: now, calendar: calendar), colleagues: [:], calendar: calendar)))
        return DashboardView.render(state).text
    }

    @Test func anEmptyNetworkSaysHowToStart() {
        let text = frame(colleagues: [])
        #expect(text.contains("No colleagues yet. Add them on screen 1 (a)"))
        #expect(text.contains("given ········  received ········"), "empty weeks are dots, not the lowest bar")
    }

    @Test func anEmptyQueueIsAllClear() {
        let dana = ColleagueSummary(colleague: Colleague(id: 1, name: "Dana"), lastContact: nil, balance: Balance())
        #expect(frame(colleagues: [dana]).contains("Nothing left to act on this week."))
    }
}

@Suite struct CommitmentReducerTests {
    let now = Date(timeIntervalSince1970: 1_795_521_600)

    func state() -> AppState {
        var state = AppState(width: 80, height: 24, now: now)
        let dana = ColleagueSummary(colleague: Colleague(id: 1, name: "Dana Whitfield"), lastContact: nil, balance: Balance())
        _ = update(&state, .colleaguesLoaded(ColleagueList([dana]), departments: []))
        return state
    }

    func type(_ text: String, into state: inout AppState) {
        for character in text { _ = update(&state, .key(.character(character))) }
    }

    @Test func aNeedNeedsADay() throws {
        var state = state()
        _ = update(&state, .key(.char("n")))
        guard case .commitment(let popup) = state.popup else { Issue.record("no popup"); return }
        #expect(popup.heading == "You will need from Dana Whitfield")
        type("sign-off on the budget", into: &state)
        #expect(update(&state, .key(.enter)).isEmpty, "no day, nothing saved")
        #expect(state.popup != nil)
        type(" by march", into: &state)
        let effects = update(&state, .key(.enter))
        guard case .apply(.addNeed(let need), let description) = try #require(effects.first) else {
            Issue.record("expected a need, got \(effects)")
            return
        }
        #expect(need.what == "sign-off on the budget")
        #expect(need.colleagueID == 1)
        #expect(description.hasPrefix("Need added: You will need from Dana Whitfield sign-off on the budget, by "))
        landed(&state)
        #expect(state.popup == nil)
    }

    @Test func tabSwitchesWhoPromised() throws {
        var state = state()
        _ = update(&state, .key(.char("p")))
        _ = update(&state, .key(.tab))
        guard case .commitment(let popup) = state.popup else { Issue.record("no popup"); return }
        #expect(popup.heading == "Dana Whitfield promised you")
        type("an intro to procurement", into: &state)
        let effects = update(&state, .key(.enter))
        guard case .apply(.addPromise(let promise), _) = try #require(effects.first) else {
            Issue.record("expected a promise, got \(effects)")
            return
        }
        #expect(promise.direction == .theirs)
        #expect(promise.dueAt == nil, "a promise may have no day")
        #expect(promise.what == "an intro to procurement")
    }

    @Test func doneOnAPromiseItemKeepsThePromise() {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var input = ReviewInput(people: [ReviewInput.Person(colleague: Colleague(id: 1, name: "Dana Whitfield"), addedAt: now)])
        input.promises = [Promise(id: 9, colleagueID: 1, direction: .mine, what: "an intro", dueAt: now, createdAt: now)]
        let review = Review.build(input, now: now, calendar: calendar)
        var state = state()
        _ = update(&state, .key(.char("w")))
        _ = update(&state, .reviewLoaded(ReviewPage(review: review, colleagues: [:], calendar: calendar)))
        #expect(state.selectedInsight?.promiseID == 9)
        // Open the card and take the promise alone.
        _ = update(&state, .key(.char(" ")))
        _ = update(&state, .key(.char("j")))
        let decision = ReviewDecision(key: "promise:9", choice: .done, at: now)
        #expect(update(&state, .key(.char("x"))) == [.apply(
            .decide(decision, keeping: 9),
            description: "Done, promise kept: Deliver “an intro” to Dana, or agree a new date")])
        let snooze = update(&state, .key(.char("z")))
        #expect(snooze.count == 1)
        if case .apply(.decide, _) = snooze.first {} else { Issue.record("snoozing keeps the promise open: \(snooze)") }
    }
}

@Suite struct CommitmentListReducerTests {
    let now = Date(timeIntervalSince1970: 1_795_521_600)

    @Test func cListsTheOpenOnesAndEnterSettlesTheSelected() throws {
        var state = AppState(width: 80, height: 24, now: now)
        let dana = Colleague(id: 1, name: "Dana Whitfield")
        _ = update(&state, .colleaguesLoaded(ColleagueList([ColleagueSummary(colleague: dana, lastContact: nil, balance: Balance())]), departments: []))
        _ = update(&state, .key(.enter))
        _ = update(&state, .detailLoaded(ColleagueDetail(
            summary: ColleagueSummary(colleague: dana, lastContact: nil, balance: Balance()), ratingHistory: [], stanceHistory: [],
            recent: [], needs: [Need(id: 4, colleagueID: 1, what: "sign-off", dueAt: now, createdAt: now)],
            promises: [Promise(id: 7, colleagueID: 1, direction: .mine, what: "the deck", createdAt: now)])))
        _ = update(&state, .key(.char("c")))
        guard case .commitments(let list) = state.popup else { Issue.record("no list"); return }
        #expect(list.count == 2)
        #expect(DashboardView.render(state).text.contains("You owe   the deck"))
        _ = update(&state, .key(.char("j")))
        _ = update(&state, .key(.char("j")))
        #expect(update(&state, .key(.enter)) == [.apply(.keepPromise(7), description: "Promise kept: the deck")])
        landed(&state)
        #expect(state.popup == nil)
        _ = update(&state, .key(.char("c")))
        #expect(update(&state, .key(.char("x"))) == [.apply(.closeNeed(4), description: "Need met: sign-off")])
    }
}

@Suite struct RateImportedReducerTests {
    let now = Date(timeIntervalSince1970: 1_795_521_600)

    /// Imported or added by hand, colleagues with no ratings are rated in turn.
    @Test(arguments: [InsightKind.rateImported, .rateNew])
    func rRatesTheUnratedColleaguesOneAfterAnother(kind: InsightKind) {
        let people = [Colleague(id: 7, name: "Ana Lima"), Colleague(id: 8, name: "Ben Adler")]
        var insight = Insight(kind: kind, key: "\(kind.rawValue):1", colleagueID: nil, colleagueName: nil, why: "why", action: "Rate them", priority: 45)
        insight.colleagueIDs = [7, 8]
        var review = Review.build(ReviewInput(people: []), now: now)
        review.insights = [insight]
        var state = AppState(width: 80, height: 24, now: now)
        _ = update(&state, .key(.char("w")))
        _ = update(&state, .reviewLoaded(ReviewPage(review: review, colleagues: [7: people[0], 8: people[1]], calendar: .iso8601Local)))
        _ = update(&state, .key(.char("r")))
        guard case .rate(let first) = state.popup else { Issue.record("no popup"); return }
        #expect(first.name == "Ana Lima")
        for digit in "4333" { _ = update(&state, .key(.character(digit))) }
        #expect(update(&state, .key(.enter)) == [.apply(.rate(7, Ratings(vital: 4, frequency: 3, quality: 3, trust: 3), shown: Ratings()), description: "Rated Ana Lima: vital –→4, frequency –→3, quality –→3, trust –→3")])
        landed(&state)
        guard case .rate(let second) = state.popup else { Issue.record("the next one did not open"); return }
        #expect(second.name == "Ben Adler")
        _ = update(&state, .key(.escape))
        #expect(state.popup == nil)
        #expect(state.rateQueue.isEmpty, "Esc stops the run")
    }
}

/// Cards: decisions on a card or on one reason, Z for a kind, k for a promise, and their promises.
@Suite struct ReviewCardReducerTests {
    let now = Date(timeIntervalSince1970: 1_795_521_600)
    let dana = Colleague(id: 1, name: "Dana Whitfield")
    let kenji = Colleague(id: 3, name: "Kenji Watanabe")

    func insight(_ kind: InsightKind, _ colleague: Colleague, promise: (PromiseID, PromiseDirection)? = nil) -> Insight {
        var insight = Insight(kind: kind, key: "\(kind.rawValue):\(colleague.id!)", colleagueID: colleague.id, colleagueName: colleague.name,
                              why: "why \(kind.rawValue)", action: "act on \(kind.rawValue)", priority: 1)
        insight.promiseID = promise?.0
        insight.promiseDirection = promise?.1
        insight.promised = promise.map { _ in "an intro to procurement" }
        return insight
    }

    func state(_ insights: [Insight]) -> AppState {
        var review = Review.build(ReviewInput(people: []), now: now)
        review.insights = insights
        var state = AppState(width: 80, height: 24, now: now)
        _ = update(&state, .key(.char("w")))
        _ = update(&state, .reviewLoaded(ReviewPage(review: review, colleagues: [1: dana, 3: kenji], calendar: .iso8601Local)))
        return state
    }

    @Test func xOnACardDecidesEveryReasonInOneStep() {
        var state = state([insight(.investFirst, dana), insight(.keepInTouch, dana), insight(.staleRatings, dana)])
        #expect(state.reviewQueue.count == 1)
        #expect(update(&state, .key(.char("z"))) == [.apply(.batch([
            .decide(ReviewDecision(key: "invest-first:1", choice: .snoozed, at: now)),
            .decide(ReviewDecision(key: "keep-in-touch:1", choice: .snoozed, at: now)),
            .decide(ReviewDecision(key: "stale-ratings:1", choice: .snoozed, at: now)),
        ]), description: "Snoozed for a week: Dana Whitfield, 3 reasons")])
    }

    @Test func spaceOpensACardSoOneReasonCanBeDecidedAlone() {
        var state = state([insight(.investFirst, dana), insight(.staleRatings, dana)])
        _ = update(&state, .key(.char(" ")))
        #expect(state.reviewQueue.map(\.id) == ["colleague:1", "colleague:1/invest-first:1", "colleague:1/stale-ratings:1"])
        _ = update(&state, .key(.char("G")))
        #expect(update(&state, .key(.char("d"))) == [.apply(.decide(ReviewDecision(key: "stale-ratings:1", choice: .dismissed, at: now)), description: "Dismissed: act on stale-ratings")])
        _ = update(&state, .key(.char("g")))
        _ = update(&state, .key(.char(" ")))
        #expect(state.reviewQueue.count == 1, "Space folds it again")
    }

    @Test func theirPromiseIsCheckedInAndKeptOnlyWithK() {
        var state = state([insight(.promise, kenji, promise: (5, .theirs))])
        #expect(update(&state, .key(.char("x"))) == [.apply(.decide(ReviewDecision(key: "promise:3", choice: .snoozed, at: now)), description: "Checked in, back in a week: act on promise")],
                "x on their promise leaves it open and brings the card back in a week")
        #expect(update(&state, .key(.char("K"))) == [.apply(.decide(ReviewDecision(key: "promise:3", choice: .done, at: now), keeping: 5), description: "Promise kept: “an intro to procurement”")], "the status names the promise, not the suggested action")
    }

    @Test func myPromiseIsKeptByDoneAndAskedAboutWhenLogging() throws {
        var state = state([insight(.promise, dana, promise: (9, .mine)), insight(.investFirst, dana)])
        #expect(update(&state, .key(.char("x"))) == [.apply(.batch([
            .decide(ReviewDecision(key: "promise:1", choice: .done, at: now), keeping: 9),
            .decide(ReviewDecision(key: "invest-first:1", choice: .done, at: now)),
        ]), description: "Done: Dana Whitfield, 2 reasons")])
        _ = update(&state, .candidatesLoaded([QuickLogCandidate(id: 1, name: "Dana Whitfield")]))
        _ = update(&state, .key(.char("l")))
        _ = update(&state, .key(.tab))  // keep the prefilled name
        for character in "gave sent the deck" { _ = update(&state, .key(.character(character))) }
        _ = update(&state, .key(.control("k")))
        let effects = update(&state, .key(.enter))
        guard case .apply(.batch(let changes), let description) = try #require(effects.first) else { Issue.record("\(effects)"); return }
        #expect(changes.dropFirst() == [
            .decide(ReviewDecision(key: "invest-first:1", choice: .done, at: now)),
            .decide(ReviewDecision(key: "promise:1", choice: .done, at: now), keeping: 9),
            .rememberLine("Dana Whitfield gave sent the deck"),
        ])
        #expect(description.hasPrefix("Logged and done, promise kept:"))
    }

    @Test func capitalZSnoozesEveryItemOfAKind() {
        var state = state([insight(.keepInTouch, dana), insight(.keepInTouch, kenji), insight(.investFirst, dana)])
        _ = update(&state, .key(.char("j")))
        #expect(update(&state, .key(.char("Z"))) == [.apply(.batch([
            .decide(ReviewDecision(key: "keep-in-touch:1", choice: .snoozed, at: now)),
            .decide(ReviewDecision(key: "keep-in-touch:3", choice: .snoozed, at: now)),
        ]), description: "Snoozed 2 Keep in touch items for a week")])
    }
}
