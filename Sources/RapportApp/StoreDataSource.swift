import Dashboard
import Foundation
import Interchange
import PeerNetwork
import PeerStore
import TeamStore

/// The dashboard's reads, served by the SQLite store.
public final class StoreDataSource: DashboardDataSource {
    public let database: AppDatabase
    /// Recent interactions shown on a detail page.
    public static let detailInteractions = 50

    public init(database: AppDatabase) { self.database = database }

    /// The calendars as the background check last read them.
    private let calendars = CalendarWatch()

    public func calendarCheck() -> (@Sendable () -> Void)? {
        guard let sources = try? database.calendarSources(), !sources.isEmpty, let rules = try? database.meetingRules() else { return nil }
        let calendars = calendars
        return { calendars.check(sources, rules: rules, now: AppClock.now) }
    }

    public func meetingsToLog(now: Date) throws -> [MeetingToLog] {
        guard let scan = calendars.scan else { return [] }
        return try scan.meetingsToLog(database, rules: try database.meetingRules(), now: now)
    }

    public func quickLogLines() throws -> [String] { try database.quickLogLines() }

    /// Where `X` writes: the folder the dashboard was started in.
    public var exportFolder = FileManager.default.currentDirectoryPath

    /// `rapport-2026-12-06.vcf` in `exportFolder`, or `-2`, `-3`… beside one already there.
    public func exportVCard(_ ids: [ColleagueID], now: Date) throws -> String {
        let colleagues = try ids.compactMap { try database.colleague($0) }
        let path = PrivateFile.unusedName("\(exportFolder)/rapport-\(QuickLogSummary.isoDay(now)).vcf")
        let text = VCardWriter.write(colleagues)
        try PrivateFile.write(to: path, existing: .refuse(hint: "choose another name")) { try $0.write(contentsOf: Data(text.utf8)) }
        return path
    }

    public func calendarWarnings() -> [String] { calendars.scan?.warnings ?? [] }

    public func brief(_ subject: BriefSubject, now: Date) throws -> Brief? {
        switch subject {
        case .colleague(let id):
            return try BriefRead.brief([id], meeting: nil, in: database, now: now)
        case .meeting(let meeting):
            return try BriefRead.brief(meeting.colleagues.map(\.id), meeting: meeting, in: database, now: now)
        case .nextMeeting:
            guard let next = try calendars.scan?.nextMeeting(database, rules: try database.meetingRules(), now: now) else { return nil }
            return try BriefRead.brief(next.colleagues.map(\.id), meeting: next, in: database, now: now)
        }
    }

    public func colleagues(_ query: ColleagueQuery, now: Date, limit: Int?) throws -> ColleagueList {
        // In name order only the first rows need reading; any other order reads everyone, and
        // then the list is whole.
        let byName = query.sort == .name && !query.descending
        if byName, let limit {
            // The first screen: its full rows in one read, so the first frame needs no second.
            var list = ColleagueList(try database.colleagueSummaries(
                now: now, includeArchived: query.includeArchived, matching: query.filter, limit: limit))
            if list.count >= limit { list.total = try database.colleagueCount(includeArchived: query.includeArchived, matching: query.filter) }
            return list
        }
        let read = try database.colleagueEntries(includeArchived: query.includeArchived, matching: query.filter)
        // The store reads in name order already: only another order sorts.
        return ColleagueList(entries: byName ? read : query.sort.ordered(read, descending: query.descending))
    }

    public func colleagueRows(_ ids: [ColleagueID], now: Date) throws -> [ColleagueSummary] {
        try database.colleagueSummaries(ids: ids, now: now)
    }

    public func detail(of id: ColleagueID, now: Date) throws -> ColleagueDetail? {
        guard let summary = try database.summary(of: id, now: now) else { return nil }
        return ColleagueDetail(
            summary: summary, ratingHistory: try database.ratingHistory(of: id), stanceHistory: try database.stanceHistory(of: id),
            recent: try entries(database.interactions(of: id, limit: Self.detailInteractions)),
            needs: try database.needs(of: id), promises: try database.promises(of: id))
    }

    public func log(matching filter: String, before: LogCursor?, limit: Int) throws -> [LogEntry] {
        try entries(database.interactions(matching: filter, before: before.map { ($0.occurredAt, $0.id) }, limit: limit))
    }

    /// Teams with their people, and the departments declared (`rapport departments --add`) with
    /// nobody in them yet: a silo shows before anyone is in it.
    /// The departments last read, and the revision they were read at: a filter or sort reloads
    /// the list on every keystroke, but departments change only with a write (from any process).
    private var departmentsRead: (revision: Int, departments: [Department])?

    public func departments() throws -> [Department] {
        let revision = try database.revision()
        if let read = departmentsRead, read.revision == revision { return read.departments }
        var departments = try database.departments().map { Department(name: $0.name, activeCount: $0.activeCount) }
        for name in try database.declaredDepartments() where !departments.contains(where: { $0.name.folded == name.folded }) {
            departments.append(Department(name: name, activeCount: 0))
        }
        departmentsRead = (revision, departments)
        return departments
    }

    public func revision() throws -> Int { try database.revision() }

    public func candidates() throws -> [QuickLogCandidate] { try database.quickLogCandidates() }

    public func colleague(_ id: ColleagueID) throws -> Colleague? { try database.colleague(id) }

    public func deletionLoss(of id: ColleagueID) throws -> DeletionLoss { try database.deletionLoss(of: id) }

    public func review(now: Date) throws -> ReviewPage {
        try Self.review(in: database, now: now)
    }

    private static func review(in database: AppDatabase, now: Date) throws -> ReviewPage {
        let calendar = try database.weekCalendar()
        return page(try database.reviewInputWithCharter(now: now, calendar: calendar), now: now, calendar: calendar)
    }

    public func reviewReadAhead(now: Date) -> (@Sendable () -> (page: ReviewPage, revision: Int)?)? {
        guard let reader = try? database.secondReader() else { return nil }
        return {
            // The revision is read first: a write landing during the read makes the review look
            // older than it is, and so read again, never newer.
            guard let revision = try? reader.revision(), let page = try? Self.review(in: reader, now: now) else { return nil }
            return (page, revision)
        }
    }

    private static func page(_ input: ReviewInput, now: Date, calendar: Calendar) -> ReviewPage {
        let review = Review.build(input, now: now, calendar: calendar)
        // The input already holds everyone the insights can name.
        let named = Set(review.insights.flatMap(\.colleagueIDs))
        var colleagues: [ColleagueID: Colleague] = [:]
        // Only the named are copied: mapping everyone first copied 10,000 colleagues.
        for person in input.people {
            if let id = person.colleague.id, named.contains(id) { colleagues[id] = person.colleague }
        }
        return ReviewPage(review: review, colleagues: colleagues, calendar: calendar)
    }

    /// Writes `change` in one transaction, recording the rows it touches: that record is the
    /// exact inverse the dashboard keeps for `u`.
    public func apply(_ change: Change, now: Date) throws -> Applied {
        let (focus, inverse) = try database.recording { try perform(change, now: now) }
        return Applied(inverse: inverse, focus: focus ?? Self.focus(of: inverse))
    }

    /// Writes one change; returns what it created, when the inverse alone cannot tell.
    private func perform(_ change: Change, now: Date) throws -> Focus? {
        switch change {
        case .log(let interaction):
            return try database.logInteraction(interaction).id.map(Focus.interaction)
        case .updateInteraction(let interaction, let base):
            try database.updateInteraction(interaction, editedFrom: base)
        case .deleteInteraction(let id):
            try database.deleteInteraction(id)
        case .addColleague(let colleague, let allowingDuplicate):
            return try database.addColleague(colleague, at: now, refusingLikelyDuplicate: !allowingDuplicate).id.map(Focus.colleague)
        case .updateColleague(let colleague, let base, let allowingDuplicate):
            try database.updateColleague(colleague, editedFrom: base, at: now, refusingLikelyDuplicate: !allowingDuplicate)
        case .rate(let id, let ratings, let shown):
            try database.rate(id, ratings, shownAs: shown, at: now)
        case .setStance(let id, let stance, let shown):
            try database.setStance(id, stance, shownAs: shown, at: now)
        case .setArchived(let id, let archived):
            try database.setArchived(id, archived)
        case .deleteColleague(let id):
            try database.deleteColleague(id)
        case .decide(let decision, let promiseID):
            try database.decide(decision, keeping: promiseID)
            return .reviewRow
        case .forgetDecision(let key):
            try database.forgetDecision(key)
            return .reviewItem(key)
        case .addNeed(let need):
            _ = try database.addNeed(need)
        case .addPromise(let promise):
            _ = try database.addPromise(promise)
        case .keepPromise(let id):
            try database.keepPromise(id, at: now)
        case .closeNeed(let id):
            try database.closeNeed(id, at: now)
        case .logMeeting(let interaction, let meeting):
            return try database.logMeeting(interaction, for: meeting, at: now).id.map(Focus.interaction)
        case .addTag(let id, let tag):
            try database.addTag(tag, to: id)
        case .rememberLine(let line):
            try database.rememberQuickLogLine(line, at: now)
        case .decideMeeting(let meeting, let decision):
            try database.decideMeeting(meeting, decision, at: now)
        case .batch(let changes):
            // Inside `recording` every write joins one transaction: all of the batch or none.
            return try changes.map { try perform($0, now: now) }.compactMap { $0 }.first
        }
        return nil
    }

    /// The team cache beside the database, when this network has joined a team.
    private func teamCache() throws -> (cache: TeamCache, conninfo: String)? {
        guard let connection = try database.teamConnection() else { return nil }
        let path = TeamCache.path(beside: database.path)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return (try TeamCache(path: path), connection.conninfo)
    }

    public func team(now: Date) throws -> TeamPage? {
        guard let (cache, _) = try teamCache(), let team = try cache.team() else { return nil }
        let rows = try cache.rows()
        // Team members who are colleagues too, matched here by name: one colleague a name.
        var byName: [String: [ColleagueID]] = [:]
        for candidate in try database.quickLogCandidates() { byName[candidate.foldedName, default: []].append(candidate.id) }
        var colleagues: [String: ColleagueID] = [:]
        for member in rows.members {
            if let ids = byName[member.name.singleSpaced.folded], ids.count == 1 { colleagues[member.role] = ids[0] }
        }
        return TeamPage(
            rows: rows, me: team.myRole, syncedAt: team.syncedAt, pending: try cache.pendingCount(), now: now,
            colleagues: colleagues, copied: try stillInTheLog(cache.copied()))
    }

    /// The copied exchanges whose interaction is still in the log: one undone or deleted there
    /// can be copied again.
    private func stillInTheLog(_ copied: [String: Int64?]) throws -> Set<String> {
        let existing = try database.existingInteractions(copied.values.compactMap { $0 })
        return Set(copied.filter { _, interaction in interaction.map(existing.contains) ?? true }.keys)
    }

    public func markTeamExchangeCopied(_ id: String, as interaction: InteractionID) throws {
        try teamCache()?.cache.markCopied(id, as: interaction)
    }

    public func confirmTeamExchange(_ id: String, now: Date) throws {
        guard let (cache, _) = try teamCache() else { return }
        try cache.record(.confirm(exchange: id), now: now)
    }

    public func teamSync() -> (@Sendable () -> String?)? {
        guard let (cache, conninfo) = try? teamCache() else { return nil }
        let path = cache.path
        return {
            do {
                try TeamCache(path: path).sync(conninfo)
                return nil
            } catch {
                return "\(error)"
            }
        }
    }

    public func teamListener() -> (@Sendable (@escaping @Sendable () -> Void) -> Void)? {
        guard let (_, conninfo) = try? teamCache() else { return nil }
        return { changed in TeamListener.run(conninfo, changed: changed) }
    }

    public func undo(_ inverse: Inverse) throws -> Focus? {
        do {
            try database.undo(inverse)
        } catch StoreError.undoConflict(let subject) {
            throw UndoRefused(subject: subject)
        }
        return Self.focus(of: inverse)
    }

    /// What a change was about, read from the rows it touched: a review item, else an
    /// interaction, else a colleague.
    private static func focus(of inverse: Inverse) -> Focus? {
        if let key = inverse.reviewKeys.first { return .reviewItem(key) }
        if let id = inverse.interactionIDs.first { return .interaction(id) }
        return inverse.colleaguesInvolved.first.map(Focus.colleague)
    }

    private func entries(_ interactions: [Interaction]) throws -> [LogEntry] {
        let names = try database.names(of: Set(interactions.flatMap(\.colleagueIDs)))
        return interactions.map { LogEntry(interaction: $0, names: $0.colleagueIDs.compactMap { names[$0] }) }
    }
}
