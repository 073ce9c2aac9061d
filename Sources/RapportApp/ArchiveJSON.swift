import Foundation
import PeerNetwork
import PeerStore

/// Rapport's own JSON: the whole network, with a format name and a version, keys in a fixed
/// order, times in UTC to the millisecond. Read back, every field is checked and a problem names
/// its place (`colleagues[3].ratings.vital`).
public enum ArchiveJSON {
    public static let format = "rapport"
    public static let version = 1

    /// `2026-11-24T12:00:00.123Z`: a moment in UTC to the millisecond, as exports write times.
    public static let timeStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    public static func time(_ date: Date?) -> JSONValue { .optional(date) { .string(timeStyle.format($0)) } }

    /// The archive as JSON, for writing out as it renders (`JSONValue.write(to:)`).
    public static func value(_ archive: NetworkArchive, exportedAt: Date) -> JSONValue {
        JSONValue.object([
            ("format", .string(format)),
            ("version", .int(version)),
            ("exportedAt", time(exportedAt)),
            ("settings", .object([
                ("weeklyBudgetHours", .optional(archive.weeklyBudgetHours, JSONValue.double)),
                ("weekStart", .optional(archive.weekStart?.name, JSONValue.string)),
            ])),
            ("departments", .array(archive.departments.map(JSONValue.string))),
            ("colleagues", .array(archive.people.map(person))),
            ("interactions", .array(archive.interactions.map { interaction in
                .object([
                    ("id", .optional(interaction.id) { .int(Int($0)) }),
                    ("occurredAt", time(interaction.occurredAt)),
                    ("colleagueIDs", .array(interaction.colleagueIDs.map { .int(Int($0)) })),
                    ("direction", .string(interaction.direction.rawValue)),
                    ("kind", .string(interaction.kind.rawValue)),
                    ("minutes", .optional(interaction.minutes) { .int($0) }),
                    ("note", .string(interaction.note)),
                ])
            })),
            ("needs", .array(archive.needs.map { need in
                .object([
                    ("id", .optional(need.id) { .int(Int($0)) }), ("colleagueID", .int(Int(need.colleagueID))), ("what", .string(need.what)),
                    ("dueAt", time(need.dueAt)), ("createdAt", time(need.createdAt)), ("closedAt", time(need.closedAt)),
                ])
            })),
            ("promises", .array(archive.promises.map { promise in
                .object([
                    ("id", .optional(promise.id) { .int(Int($0)) }), ("colleagueID", .int(Int(promise.colleagueID))),
                    ("direction", .string(promise.direction.rawValue)), ("what", .string(promise.what)),
                    ("dueAt", time(promise.dueAt)), ("createdAt", time(promise.createdAt)), ("keptAt", time(promise.keptAt)),
                ])
            })),
            ("reviewDecisions", .array(archive.decisions.map { decision in
                .object([
                    ("key", .string(decision.key)), ("choice", .string(decision.choice.rawValue)),
                    ("decidedAt", time(decision.decidedAt)), ("until", time(decision.until)),
                ])
            })),
        ])
    }

    private static func person(_ person: NetworkArchive.Person) -> JSONValue {
        let c = person.colleague
        return .object([
            ("id", .optional(c.id) { .int(Int($0)) }),
            ("uid", .optional(c.uid, JSONValue.string)),
            ("name", .string(c.name)),
            ("role", .string(c.role)),
            ("team", .string(c.team)),
            ("organisation", .string(c.organisation)),
            ("email", .string(c.email)),
            ("tags", .array(c.tags.map(JSONValue.string))),
            ("notes", .string(c.notes)),
            ("agenda", .string(c.agenda)),
            ("motivators", .string(c.motivators)),
            ("demotivators", .string(c.demotivators)),
            ("valuedInfo", .string(c.valuedInfo)),
            ("stance", .string(c.stance.rawValue)),
            ("archived", .bool(c.archived)),
            ("contactEveryWeeks", .optional(c.contactEveryWeeks) { .int($0) }),
            ("ratings", .ratings(c.ratings)),
            ("ratedAt", time(c.ratedAt)),
            ("createdAt", time(person.createdAt)),
            ("importedAt", time(person.importedAt)),
            ("ratingHistory", .array(person.ratingHistory.map { change in
                .object([("dimension", .string(change.dimension.rawValue)), ("value", .int(change.value)), ("changedAt", time(change.changedAt))])
            })),
            ("stanceHistory", .array(person.stanceHistory.map { change in
                .object([("stance", .string(change.stance.rawValue)), ("changedAt", time(change.changedAt))])
            })),
        ])
    }
}
