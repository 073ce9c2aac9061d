import Foundation
import PeerNetwork
import Testing
import TerminalUI
@testable import Dashboard

/// A new user's empty screens say how to start from there, every phrase whole at every size.
@Suite struct FirstStepsTests {
    @Test(arguments: [(60, 16), (80, 24), (200, 50)]) func emptyScreensListTheWaysToStartWhole(width: Int, height: Int) {
        var state = AppState(width: width, height: height, now: Date(timeIntervalSince1970: 1_795_521_600))
        _ = update(&state, .colleaguesLoaded(ColleagueList([]), departments: []))
        let colleagues = DashboardView.render(state).text
        _ = update(&state, .key(.char("3")))
        _ = update(&state, .logLoaded([], appended: false))
        let log = DashboardView.render(state).text
        for (screen, steps) in [(colleagues, ColleaguesScreen.firstSteps), (log, LogScreen.firstSteps)] {
            let words = screen.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            for step in steps.steps {
                #expect(words.contains(step.what), "\(step.what)\n\(screen)")
            }
            #expect(screen.contains(steps.title))
        }
    }
}
