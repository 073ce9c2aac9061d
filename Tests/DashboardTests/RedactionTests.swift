import Foundation
import PeerNetwork
import Testing
import TerminalUI
@testable import Dashboard

/// Screen-sharing mode shows initials and hides what you think of people, everywhere.
@Suite struct RedactionTests {
    let now = Date(timeIntervalSince1970: 1_795_532_400)
    let dana = Colleague(id: 1, name: "Dana Whitfield", role: "Director", team: "Finance", email: "dana@example.com", notes: "private",
                         agenda: "Hold opex flat", valuedInfo: "churn", stance: .skeptic, ratings: Ratings(vital: 5, frequency: 2, quality: 2, trust: 2))

    @Test func nothingSensitiveReachesTheScreen() {
        var state = AppState(width: 100, height: 30, now: now)
        #expect(update(&state, .key(.control("p"))) == [.loadCandidates], "nothing reloads: only the view redacts")
        #expect(state.redacted)
        _ = update(&state, .colleaguesLoaded(ColleagueList([ColleagueSummary(colleague: dana, lastContact: now, balance: Balance())]), departments: []))
        let table = DashboardView.render(state).text
        #expect(table.contains("D. W."))
        #expect(!table.contains("Dana"))
        _ = update(&state, .key(.char("x")))
        #expect(DashboardView.render(state).text.contains("REDACTED"))

        var review = Review.build(ReviewInput(people: []), now: now)
        review.insights = [Insight(kind: .investFirst, key: "invest-first:1", colleagueID: 1, colleagueName: "Dana Whitfield",
                                   why: "vital 5", action: "Ask Dana what would help with “Hold opex flat”", priority: 1)]
        _ = update(&state, .key(.char("w")))
        _ = update(&state, .reviewLoaded(ReviewPage(review: review, colleagues: [1: dana], calendar: .iso8601Local)))
        let screen = DashboardView.render(state).text
        #expect(screen.contains("Ask D. what would help with “…”"))
        #expect(!screen.contains("Dana") && !screen.contains("opex") && !screen.contains("churn"))
        #expect(state.review?.colleagues[1]?.ratings.vital == 5, "ratings stay in the data for the map")
        #expect(!screen.contains("vital 5") && screen.contains("vital ·"), "a rating's figure is hidden")
        #expect(state.review?.review.insights.first?.action == "Ask Dana what would help with “Hold opex flat”", "the state keeps the truth")
    }

    @Test func theQuickLogNamesThemByID() {
        var state = AppState(width: 100, height: 30, now: now)
        _ = update(&state, .key(.control("p")))
        _ = update(&state, .colleaguesLoaded(ColleagueList([ColleagueSummary(colleague: dana, lastContact: now, balance: Balance())]), departments: []))
        _ = update(&state, .key(.char("l")))
        guard case .quickLog(let popup) = state.popup else { Issue.record("no popup"); return }
        #expect(popup.field.text == "#1 ")
        _ = update(&state, .key(.escape))
        _ = update(&state, .key(.control("p")))
        #expect(!state.redacted)
    }

    @Test func initials() {
        #expect(Redaction.initials("Dana Whitfield") == "D. W.")
        #expect(Redaction.initials("Zoë") == "Z.")
    }
}
