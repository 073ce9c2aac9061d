import PeerNetwork

/// Work `update` asks for; the runtime performs it and feeds the result back as an `Action`.
public enum Effect: Equatable, Sendable {
    case loadColleagues(ColleagueQuery)
    case loadLog(filter: String, before: LogCursor?)
    case loadDetail(ColleagueID)
}
