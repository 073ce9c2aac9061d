import Foundation
import PeerNetwork

/// What the dashboard reads. The app implements it on the SQLite store; tests use plain values.
/// Every call asks only for what a screen shows.
public protocol DashboardDataSource: AnyObject {
    /// The list in order, or its first `limit` entries with the total; rows may be left out,
    /// and are then asked for with `colleagueRows`.
    func colleagues(_ query: ColleagueQuery, now: Date, limit: Int?) throws -> ColleagueList
    func colleagueRows(_ ids: [ColleagueID], now: Date) throws -> [ColleagueSummary]
    func detail(of id: ColleagueID, now: Date) throws -> ColleagueDetail?
    func log(matching filter: String, before: LogCursor?, limit: Int) throws -> [LogEntry]
    /// Teams with how many active colleagues each; a team whose people are all archived counts 0.
    func departments() throws -> [Department]
    /// Changes whenever anyone, in any process, writes: the dashboard reloads when it moves.
    func revision() throws -> Int
    /// Everyone the quick-log line may name.
    func candidates() throws -> [QuickLogCandidate]
    /// The quick-log lines typed before, oldest first.
    func quickLogLines() throws -> [String]
    func colleague(_ id: ColleagueID) throws -> Colleague?
    /// Writes `change` in one transaction and returns its exact inverse.
    func apply(_ change: Change, now: Date) throws -> Applied
    /// Applies an inverse in one transaction and returns what it put back. Throws `UndoRefused`,
    /// having changed nothing, when another process changed one of its rows since.
    func undo(_ inverse: Inverse) throws -> Focus?
    /// How many interactions a delete of this colleague would remove (those with nobody else).
    func deletionLoss(of id: ColleagueID) throws -> DeletionLoss
    /// The weekly review as of `now`, with the colleagues its insights name.
    func review(now: Date) throws -> ReviewPage
    /// The review's read, to run on a background thread on a connection of its own, with the
    /// revision read before it; it returns nil when that read fails (the read `4` asks for then
    /// reports it). Nil when there is no second connection to open (a database in memory).
    func reviewReadAhead(now: Date) -> (@Sendable () -> (page: ReviewPage, revision: Int)?)?
    /// The team from the local cache; nil when this network has joined no team.
    func team(now: Date) throws -> TeamPage?
    func confirmTeamExchange(_ id: String, now: Date) throws
    /// Remembers, on this machine, that an exchange was copied into the private log.
    func markTeamExchangeCopied(_ id: String, as interaction: InteractionID) throws
    /// The sync step, to run on a background thread: it returns why the server could not be
    /// reached, or nil. Nil when there is no team.
    func teamSync() -> (@Sendable () -> String?)?
    /// The check of the calendar files, to run on a background thread: it reads them again when
    /// they changed. Nil when no calendar was added.
    func calendarCheck() -> (@Sendable () -> Void)?
    /// The meetings to log from the calendars as last read, less those decided.
    func meetingsToLog(now: Date) throws -> [MeetingToLog]
    /// Writes these colleagues as vCards to a new private file in the working folder; returns its path.
    func exportVCard(_ ids: [ColleagueID], now: Date) throws -> String
    /// Events and sources the last reading of the calendars passed over, one line each.
    func calendarWarnings() -> [String]
    /// A brief; nil when the subject is the next meeting and there is none within a day.
    func brief(_ subject: BriefSubject, now: Date) throws -> Brief?
    /// The listener for the server's "refetch", to run on a thread of its own for good: it calls
    /// its argument whenever the team changed. Nil when there is no team.
    func teamListener() -> (@Sendable (@escaping @Sendable () -> Void) -> Void)?
}

/// The review screen's data: the review, and the colleagues its insights are about (so
/// quick-log and re-rate work from a queue item).
public struct ReviewPage: Equatable, Sendable {
    public var review: Review
    public var colleagues: [ColleagueID: Colleague]
    /// The user's week calendar, which the review was counted in.
    public var calendar: Calendar

    public init(review: Review, colleagues: [ColleagueID: Colleague], calendar: Calendar) {
        self.review = review
        self.colleagues = colleagues
        self.calendar = calendar
    }
}

public struct ColleagueQuery: Equatable, Sendable {
    public var sort: ColleagueSort = .name
    public var descending = false
    public var includeArchived = false
    public var filter = ""

    public init(sort: ColleagueSort = .name, descending: Bool = false, includeArchived: Bool = false, filter: String = "") {
        self.sort = sort
        self.descending = descending
        self.includeArchived = includeArchived
        self.filter = filter
    }
}

public struct LogCursor: Equatable, Sendable {
    public var occurredAt: Date
    public var id: InteractionID

    public init(occurredAt: Date, id: InteractionID) {
        self.occurredAt = occurredAt
        self.id = id
    }
}

/// An interaction with the names of the people in it, for the timeline.
public struct LogEntry: Equatable, Sendable {
    public var interaction: Interaction
    public var names: [String]

    public init(interaction: Interaction, names: [String]) {
        self.interaction = interaction
        self.names = names
    }

    public var cursor: LogCursor? { interaction.id.map { LogCursor(occurredAt: interaction.occurredAt, id: $0) } }
}

public struct Department: Equatable, Sendable {
    public var name: String
    public var activeCount: Int

    public init(name: String, activeCount: Int) {
        self.name = name
        self.activeCount = activeCount
    }
}

/// Everything the detail screen shows about one colleague.
public struct ColleagueDetail: Equatable, Sendable {
    public var summary: ColleagueSummary
    public var ratingHistory: [RatingChange]
    public var stanceHistory: [StanceChange]
    public var recent: [LogEntry]
    /// Open needs and promises with them.
    public var needs: [Need]
    public var promises: [Promise]

    public init(
        summary: ColleagueSummary, ratingHistory: [RatingChange], stanceHistory: [StanceChange], recent: [LogEntry],
        needs: [Need] = [], promises: [Promise] = []
    ) {
        self.needs = needs
        self.promises = promises
        self.summary = summary
        self.ratingHistory = ratingHistory
        self.stanceHistory = stanceHistory
        self.recent = recent
    }
}
