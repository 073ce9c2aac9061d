import Foundation
import PeerNetwork
import TerminalUI

/// Everything that can happen to the dashboard: input from the user, and results of effects.
public enum Action: Equatable, Sendable {
    case start
    case key(Key)
    case tick(Date)
    case externalChange
    case colleaguesLoaded([ColleagueSummary], departments: [Department])
    case logLoaded([LogEntry], appended: Bool)
    case detailLoaded(ColleagueDetail?)
    case candidatesLoaded([QuickLogCandidate])
    case reviewLoaded(ReviewPage)
    case applied(UndoEntry)
    case undone(String)
    case confirm(Confirmation)
    case notice(String)
    case failed(String)
}
