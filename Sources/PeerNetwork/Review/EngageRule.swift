import Foundation

/// Anti-sponsors and skeptics with no contact for `quietDays` (30): detractors left alone
/// stay detractors. Find out what worries them.
public enum EngageRule: InsightRule {
    public static let quietDays = 30.0

    public static func insights(in context: ReviewContext) -> [Insight] {
        context.people(where: { $0.colleague.stance == .antiSponsor || $0.colleague.stance == .skeptic }).compactMap { person in
            let colleague = person.colleague
            guard colleague.stance == .antiSponsor || colleague.stance == .skeptic, let id = colleague.id else { return nil }
            if let since = context.daysSince(person.lastContact), since <= quietDays { return nil }
            return Insight(
                .engage, key: "engage:\(id)", about: colleague,
                why: "\(colleague.stance.rawValue); \(context.lastContactPhrase(person.lastContact))",
                action: Phrasing.pick(for: id,
                    "Ask \(colleague.firstName) what worries them about your plans, and whether they feel left out",
                    "Invite \(colleague.firstName) into the next discussion that touches their area, before decisions are made",
                    "Find out what \(colleague.firstName) would need to see to back you, over a coffee rather than in a meeting",
                ),
                priority: colleague.stance == .antiSponsor ? 68 : 62)
        }
    }
}
