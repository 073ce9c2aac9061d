import Foundation

/// Colleagues past their keep-in-touch rhythm (`ContactCadence`: what the user set, else from
/// vital): a catch-up is due before the relationship cools.
public enum KeepInTouchRule: InsightRule {
    public static func insights(in context: ReviewContext) -> [Insight] {
        context.people(where: { ContactCadence.daysLate($0, now: context.now) != nil }).compactMap { person in
            let colleague = person.colleague
            guard let id = colleague.id, let late = ContactCadence.daysLate(person, now: context.now),
                  let weeks = ContactCadence.weeks(for: colleague) else { return nil }
            let valued = colleague.valuedInfo.trimmed
            let action = valued.isEmpty
                ? Phrasing.pick(for: id,
                    "Catch up with \(colleague.firstName): ask what is on their plate this month",
                    "Book twenty minutes with \(colleague.firstName) to hear what has changed",
                    "Drop \(colleague.firstName) a note on something you saw that touches their work",
                )
                : "Catch up with \(colleague.firstName), and bring “\(valued.inSentence)”"
            return Insight(
                .keepInTouch, key: "keep-in-touch:\(id)", about: colleague,
                why: "Every \(Plural.count(weeks, "week")); \(context.lastContactPhrase(person.lastContact)) (\(late)d late)",
                action: action, priority: 46 + min(8, Double(late) / 7))
        }
    }
}
