import Foundation
import PeerNetwork
import PeerStore

/// A brief, read from the store: for the colleagues named, or for everyone a meeting matched.
public enum BriefRead {
    /// How many of the latest exchanges a brief shows each person.
    public static let recentCount = 3

    public static func brief(_ ids: [ColleagueID], meeting: MeetingToLog?, in database: AppDatabase, now: Date) throws -> Brief {
        let people = try ids.compactMap { id -> Brief.Person? in
            guard let summary = try database.summary(of: id, now: now) else { return nil }
            return Brief.Person(
                colleague: summary.colleague, balance: summary.balance, promises: try database.promises(of: id),
                needs: try database.needs(of: id), lastInformationShared: try database.lastInformationShared(with: id),
                recent: try database.interactions(of: id, limit: recentCount))
        }
        return Brief(meeting: meeting?.meeting, people: people, others: meeting?.unknown ?? [])
    }

    public static func json(_ brief: Brief, now: Date) -> JSONValue {
        .object([
            ("asOf", .date(now)),
            ("meeting", .optional(brief.meeting) { meeting in
                .object([
                    ("key", .string(meeting.key.short)), ("title", .string(meeting.title)),
                    ("start", .date(meeting.start)), ("end", .date(meeting.end)), ("minutes", .int(meeting.minutes)),
                ])
            }),
            ("people", .array(brief.people.map { person in
                let colleague = person.colleague
                return .object([
                    ("id", .optional(colleague.id) { .int(Int($0)) }),
                    ("name", .string(colleague.name)),
                    ("role", .string(colleague.role)),
                    ("team", .string(colleague.team)),
                    ("valuedInfo", .string(colleague.valuedInfo)),
                    ("agenda", .string(colleague.agenda)),
                    ("motivators", .string(colleague.motivators)),
                    ("demotivators", .string(colleague.demotivators)),
                    ("promises", .array(person.promises.map { .promise($0, name: colleague.name) })),
                    ("needs", .array(person.needs.map { .need($0, name: colleague.name) })),
                    ("lastInformationShared", .optional(person.lastInformationShared) { .interaction($0, names: [:]) }),
                    ("balance", .balance(person.balance)),
                    ("recent", .array(person.recent.map { .interaction($0, names: [:]) })),
                    ("suggestion", .string(person.suggestion(now: now))),
                ])
            })),
            ("others", .array(brief.others.map { .object([("name", .string($0.name)), ("email", .string($0.email))]) })),
        ])
    }
}
