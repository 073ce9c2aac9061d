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
            recent: try entries(database.interactions(of: id, limit: Self.detailInteractions)))
    }

    func log(matching filter: String, before: LogCursor?, limit: Int) throws -> [LogEntry] {
        try entries(database.interactions(matching: filter, before: before.map { ($0.occurredAt, $0.id) }, limit: limit))
    }

    func departments() throws -> [Department] {
        try database.departments().map { Department(name: $0.name, activeCount: $0.activeCount) }
    }

    func revision() throws -> Int { try database.revision() }

    private func entries(_ interactions: [Interaction]) throws -> [LogEntry] {
        let names = try database.names(of: Set(interactions.flatMap(\.colleagueIDs)))
        return interactions.map { LogEntry(interaction: $0, names: $0.colleagueIDs.compactMap { names[$0] }) }
    }
}
