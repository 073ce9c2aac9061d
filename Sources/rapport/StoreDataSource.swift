import Dashboard
import Foundation
import PeerNetwork
import PeerStore

/// The dashboard's reads, served by the SQLite store.
final class StoreDataSource: DashboardDataSource {
    let database: AppDatabase
    /// Recent interactions shown on a detail page.
    static let detailInteractions = 50

    init(database: AppDatabase) { self.database = database }

    func colleagues(_ query: ColleagueQuery, now: Date) throws -> [ColleagueSummary] {
        try database.colleagueSummaries(
            now: now, sort: query.sort, descending: query.descending, includeArchived: query.includeArchived, matching: query.filter)
    }

    func detail(of id: ColleagueID, now: Date) throws -> ColleagueDetail? {
        guard let summary = try database.summary(of: id, now: now) else { return nil }
        return ColleagueDetail(
            summary: summary, ratingHistory: try database.ratingHistory(of: id), stanceHistory: try database.stanceHistory(of: id),
            recent: try entries(database.interactions(of: id, limit: Self.detailInteractions)),
            needs: try database.needs(of: id), promises: try database.promises(of: id))
    }

    func log(matching filter: String, before: LogCursor?, limit: Int) throws -> [LogEntry] {
        try entries(database.interactions(matching: filter, before: before.map { ($0.occurredAt, $0.id) }, limit: limit))
    }

    func departments() throws -> [Department] {
        try database.departments().map { Department(name: $0.name, activeCount: $0.activeCount) }
    }

    func revision() throws -> Int { try database.revision() }

    func candidates() throws -> [QuickLogCandidate] { try database.quickLogCandidates() }

    func colleague(_ id: ColleagueID) throws -> Colleague? { try database.colleague(id) }

    func interactionsOnlyWith(_ id: ColleagueID) throws -> Int { try database.interactionsOnlyWith(id) }

    func review(now: Date) throws -> ReviewPage {
        let calendar = try database.weekCalendar()
        let input = try database.reviewInput(now: now)
        let review = Review.build(input, now: now, calendar: calendar)
        // The input already holds everyone the insights can name.
        let named = Set(review.insights.compactMap(\.colleagueID))
        let colleagues = Dictionary(
            input.people.map(\.colleague).filter { $0.id.map(named.contains) ?? false }.map { ($0.id!, $0) },
            uniquingKeysWith: { first, _ in first })
        return ReviewPage(review: review, colleagues: colleagues, calendar: calendar)
    }

    /// Undo steps of this session, by token.
    private var undos: [Int: () throws -> Void] = [:]
    private var nextToken = 0

    func apply(_ change: Change, now: Date) throws -> UndoToken {
        nextToken += 1
        undos[nextToken] = try perform(change, now: now)
        return UndoToken(id: nextToken)
    }

    /// Writes `change` and returns how to take it back.
    private func perform(_ change: Change, now: Date) throws -> () throws -> Void {
        let undo: () throws -> Void
        switch change {
        case .log(let interaction):
            let saved = try database.logInteraction(interaction)
            undo = { [database] in try database.deleteInteraction(saved.id!) }
        case .updateInteraction(let interaction):
            guard let id = interaction.id, let before = try database.interaction(id) else { throw StoreError.interactionNotFound(interaction.id ?? 0) }
            try database.updateInteraction(interaction)
            undo = { [database] in try database.restore(before) }
        case .deleteInteraction(let id):
            guard let before = try database.interaction(id) else { throw StoreError.interactionNotFound(id) }
            try database.deleteInteraction(id)
            undo = { [database] in try database.restore(before) }
        case .addColleague(let colleague):
            let saved = try database.addColleague(colleague, at: now)
            undo = { [database] in try database.deleteColleague(saved.id!) }
        case .updateColleague(let colleague):
            undo = try restoring(colleague.id) { try database.updateColleague(colleague, at: now) }
        case .rate(let id, let ratings):
            undo = try restoring(id) { try database.rate(id, ratings, at: now) }
        case .setStance(let id, let stance):
            undo = try restoring(id) { try database.setStance(id, stance, at: now) }
        case .setArchived(let id, let archived):
            undo = try restoring(id) { try database.setArchived(id, archived) }
        case .deleteColleague(let id):
            undo = try restoring(id) { try database.deleteColleague(id) }
        case .decide(let decision, let promiseID):
            let keptBefore = try promiseID.flatMap { try database.promise($0) }?.keptAt
            let previous = try database.decide(decision, keeping: promiseID)
            undo = { [database] in
                try Self.putBack(previous, of: decision.key, in: database)
                if let promiseID { try database.keepPromise(promiseID, at: keptBefore) }
            }
        case .forgetDecision(let key):
            let previous = try database.forgetDecision(key)
            undo = { [database] in try Self.putBack(previous, of: key, in: database) }
        case .addNeed(let need):
            let saved = try database.addNeed(need)
            undo = { [database] in try database.deleteNeed(saved.id!) }
        case .addPromise(let promise):
            let saved = try database.addPromise(promise)
            undo = { [database] in try database.deletePromise(saved.id!) }
        case .keepPromise(let id):
            guard let before = try database.promise(id) else { throw StoreError.invalid("no promise with id \(id)") }
            try database.keepPromise(id, at: now)
            undo = { [database] in try database.keepPromise(id, at: before.keptAt) }
        case .closeNeed(let id):
            guard let before = try database.need(id) else { throw StoreError.invalid("no need with id \(id)") }
            try database.closeNeed(id, at: now)
            undo = { [database] in try database.closeNeed(id, at: before.closedAt) }
        case .batch(let changes):
            var steps: [() throws -> Void] = []
            let takeBack = { for step in steps.reversed() { try step() } }
            do {
                for change in changes { steps.append(try perform(change, now: now)) }
            } catch {
                // All of the batch or none of it.
                try? takeBack()
                throw error
            }
            undo = takeBack
        }
        return undo
    }

    /// An insight's decision as it was before: the earlier one, or none.
    private static func putBack(_ previous: ReviewDecision?, of key: String, in database: AppDatabase) throws {
        if let previous { try database.decide(previous) } else { try database.forgetDecision(key) }
    }

    /// Any change to one colleague is undone by putting back a snapshot taken just before it.
    private func restoring(_ id: ColleagueID?, change: () throws -> Void) throws -> () throws -> Void {
        guard let id else { throw StoreError.invalid("colleague has no id") }
        let snapshot = try database.snapshot(of: id)
        try change()
        return { [database] in try database.restore(snapshot) }
    }

    func undo(_ token: UndoToken) throws {
        guard let undo = undos.removeValue(forKey: token.id) else { return }
        try undo()
    }

    private func entries(_ interactions: [Interaction]) throws -> [LogEntry] {
        let names = try database.names(of: Set(interactions.flatMap(\.colleagueIDs)))
        return interactions.map { LogEntry(interaction: $0, names: $0.colleagueIDs.compactMap { names[$0] }) }
    }
}
