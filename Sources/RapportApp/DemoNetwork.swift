import Foundation
import PeerNetwork
import PeerStore

/// The demo network, as Swift values in `DemoNetwork+Data.swift`: its one source, compiled into
/// the binary so it needs no resource beside it. Times there are relative ("daysAgo"), so the
/// demo always looks like the last three months.
public struct DemoNetwork: Equatable, Sendable {
    public struct RatingPoint: Equatable, Sendable {
        var daysAgo: Double
        var vital: Int?, frequency: Int?, quality: Int?, trust: Int?
    }
    public struct StancePoint: Equatable, Sendable {
        var daysAgo: Double
        var stance: Stance
    }
    /// A colleague of the demo, by the key its exchanges name them with; its ratings were
    /// given `ratedDaysAgo` (now when nil), after those of `ratingHistory`.
    public struct Person: Equatable, Sendable {
        var key: String
        var colleague: Colleague
        var ratedDaysAgo: Double?
        var ratingHistory: [RatingPoint] = []
        var stanceHistory: [StancePoint] = []
    }
    public struct Exchange: Equatable, Sendable {
        var daysAgo: Double
        var hoursAgo: Double?
        var with: [String]
        var direction: Direction
        var kind: InteractionKind
        var minutes: Int?
        var note: String?
    }

    /// A need or a promise; `daysAhead` is negative when it is overdue.
    public struct Commitment: Equatable, Sendable {
        var with: String
        var what: String
        var direction: PromiseDirection?
        var daysAhead: Double?
        var createdDaysAgo: Double
    }

    public var weeklyBudgetHours: Double?
    public var colleagues: [Person]
    public var interactions: [Exchange]
    public var needs: [Commitment]?
    public var promises: [Commitment]?
    public var departments: [String]?


    /// The demo as a whole network, ids from 1 in the order written, dated back from `now`.
    public func archive(now: Date, calendar: Calendar = .iso8601Local) throws -> NetworkArchive {
        let ago = { (days: Double) in now.addingTimeInterval(-days * 86_400) }
        let ids = Dictionary(uniqueKeysWithValues: colleagues.enumerated().map { ($1.key, ColleagueID($0 + 1)) })
        func colleague(_ key: String) throws -> ColleagueID {
            guard let id = ids[key] else { throw CLIError("the demo network names unknown colleague '\(key)'") }
            return id
        }
        let day = { (ahead: Double) in calendar.startOfDay(for: now.addingTimeInterval(ahead * 86_400)) }
        let weekStart = Week.containing(now, calendar: calendar).start
        let people = colleagues.enumerated().map { index, person in
            var colleague = person.colleague
            colleague.id = ColleagueID(index + 1)
            colleague.ratedAt = colleague.ratings.isUnrated ? nil : person.ratedDaysAgo.map(ago) ?? now
            // The histories end with the ratings and stance they have now, as a store keeps them.
            let earlierRatings = person.ratingHistory.map { point in
                (Ratings(vital: point.vital, frequency: point.frequency, quality: point.quality, trust: point.trust), ago(point.daysAgo))
            }
            let ratingHistory = (earlierRatings + (colleague.ratedAt.map { [(colleague.ratings, $0)] } ?? [])).flatMap { values, when in
                RatingDimension.allCases.compactMap { dimension in values[dimension].map { RatingChange(dimension: dimension, value: $0, changedAt: when) } }
            }
            let stanceHistory = person.stanceHistory.map { StanceChange(stance: $0.stance, changedAt: ago($0.daysAgo)) }
                + (colleague.stance == .unknown ? [] : [StanceChange(stance: colleague.stance, changedAt: now)])
            return NetworkArchive.Person(
                colleague: colleague, createdAt: now, importedAt: nil, ratingHistory: ratingHistory, stanceHistory: stanceHistory)
        }
        let interactions = try interactions.enumerated().map { index, exchange in
            var when = ago(exchange.daysAgo).addingTimeInterval(-(exchange.hoursAgo ?? 0) * 3_600)
            // "This week" entries stay in this week even early on a Monday.
            if exchange.daysAgo == 0 { when = max(when, min(now, weekStart.addingTimeInterval(60))) }
            return Interaction(
                id: InteractionID(index + 1), occurredAt: when, colleagueIDs: try exchange.with.map(colleague), direction: exchange.direction,
                kind: exchange.kind, minutes: exchange.minutes, note: exchange.note ?? "")
        }
        return NetworkArchive(
            people: people, interactions: interactions,
            needs: try (needs ?? []).enumerated().map { index, need in
                Need(id: NeedID(index + 1), colleagueID: try colleague(need.with), what: need.what, dueAt: day(need.daysAhead ?? 0),
                     createdAt: ago(need.createdDaysAgo))
            },
            promises: try (promises ?? []).enumerated().map { index, promise in
                Promise(
                    id: PromiseID(index + 1), colleagueID: try colleague(promise.with), direction: promise.direction ?? .mine, what: promise.what,
                    dueAt: promise.daysAhead.map(day), createdAt: ago(promise.createdDaysAgo))
            },
            departments: departments ?? [], weeklyBudgetHours: weeklyBudgetHours)
    }

    /// Fills an empty database with the demo network.
    public static func fill(_ database: AppDatabase, now: Date = AppClock.now, calendar: Calendar = .iso8601Local) throws {
        guard try database.colleagueCount() == 0 else {
            throw CLIError("\(database.path) already has colleagues; the demo fills only an empty database (try --db /tmp/demo.sqlite)")
        }
        try database.restore(try bundled.archive(now: now, calendar: calendar))
    }

    /// The demo network in memory, for `--demo`.
    public static func inMemory(now: Date = AppClock.now, calendar: Calendar = .iso8601Local) throws -> AppDatabase {
        let database = try AppDatabase(inMemoryNamed: "the demo network")
        try fill(database, now: now, calendar: calendar)
        return database
    }
}
