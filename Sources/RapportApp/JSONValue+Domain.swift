import Foundation
import PeerNetwork

/// The documented `--json` shapes (see README, "JSON output").
extension JSONValue {
    public static func colleague(_ colleague: Colleague, lastContact: Date?, balance: Balance) -> JSONValue {
        .object([
            ("id", .optional(colleague.id) { .int(Int($0)) }),
            ("name", .string(colleague.name)),
            ("role", .string(colleague.role)),
            ("team", .string(colleague.team)),
            ("organisation", .string(colleague.organisation)),
            ("email", .string(colleague.email)),
            ("tags", .array(colleague.tags.map(JSONValue.string))),
            ("stance", .string(colleague.stance.rawValue)),
            ("archived", .bool(colleague.archived)),
            ("ratings", ratings(colleague.ratings)),
            ("ratedAt", .date(colleague.ratedAt)),
            ("lastContact", .date(lastContact)),
            ("balance", .balance(balance)),
        ])
    }

    public static func ratings(_ ratings: Ratings) -> JSONValue {
        .object(RatingDimension.allCases.map { ($0.rawValue, .optional(ratings[$0]) { .int($0) }) })
    }

    public static func balance(_ balance: Balance) -> JSONValue {
        .object([
            ("given", .int(balance.givenCount)),
            ("received", .int(balance.receivedCount)),
            ("mutual", .int(balance.mutualCount)),
            ("givenMinutes", .int(balance.givenMinutes)),
            ("receivedMinutes", .int(balance.receivedMinutes)),
            ("score", .score(balance.score)),
            ("minutesScore", .score(balance.minutesScore)),
            ("leaning", .string(balance.leaning.rawValue)),
        ])
    }

    public static func interaction(_ interaction: Interaction, names: [ColleagueID: String]) -> JSONValue {
        .object([
            ("id", .optional(interaction.id) { .int(Int($0)) }),
            ("occurredAt", .date(interaction.occurredAt)),
            ("colleagues", .array(interaction.colleagueIDs.map { id in
                .object([("id", .int(Int(id))), ("name", .optional(names[id], JSONValue.string))])
            })),
            ("direction", .string(interaction.direction.rawValue)),
            ("kind", .string(interaction.kind.rawValue)),
            ("minutes", .optional(interaction.minutes) { .int($0) }),
            ("note", .string(interaction.note)),
        ])
    }
}
