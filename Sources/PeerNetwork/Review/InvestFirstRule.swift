import Foundation

/// Vital colleagues without a real relationship yet: start where it matters most.
///
/// Fires when vital is 4 or 5 and either frequency, quality or trust is at 2 or less, or there
/// has been no contact for longer than the vital level allows (vital 5: 21 days, vital 4: 42).
/// The more vital, the sooner silence counts and the higher the item sits in the queue.
public enum InvestFirstRule: InsightRule {
    public static let minimumVital = 4
    public static let lowRating = 2
    /// Vital 5, frequency, quality and trust all 1, and no contact.
    static let maximumGap = Double(5 * (3 * lowRating + 1))

    /// Days without contact before a vital colleague counts as neglected.
    public static func quietDays(vital: Int) -> Double { vital >= 5 ? 21 : 42 }

    public static func insights(in context: ReviewContext) -> [Insight] {
        context.people(where: { ($0.colleague.ratings.vital ?? 0) >= minimumVital }).compactMap { person in
            let colleague = person.colleague
            guard let vital = colleague.ratings.vital, vital >= minimumVital, let id = colleague.id else { return nil }
            let low = [RatingDimension.frequency, .quality, .trust].compactMap { dimension in
                colleague.ratings[dimension].flatMap { $0 <= lowRating ? (dimension, $0) : nil }
            }
            let quiet = context.daysSince(person.lastContact).map { $0 > quietDays(vital: vital) } ?? true
            guard !low.isEmpty || quiet else { return nil }
            var reasons = ["vital \(vital)"]
            if !low.isEmpty { reasons[0] += ", but " + low.map { "\($0.0.rawValue) \($0.1)" }.joined(separator: ", ") }
            if quiet { reasons.append(context.lastContactPhrase(person.lastContact)) }
            // The gap: how far below 3 each low rating sits, plus one for silence, times vital;
            // scaled into 60…75 so a due promise or an upcoming need still comes first.
            let gap = Double(low.map { lowRating + 1 - $0.1 }.reduce(0, +) + (quiet ? 1 : 0)) * Double(vital)
            let agenda = colleague.agenda.trimmed
            let action = agenda.isEmpty
                ? Phrasing.pick(for: id,
                    "Ask \(colleague.firstName) what you can do to support them",
                    "Offer \(colleague.firstName) an hour of your time on whatever is pressing for them",
                    "Learn what \(colleague.firstName) is measured on this quarter, and where you could help",
                )
                : Phrasing.pick(for: id,
                    "Ask \(colleague.firstName) what would help with “\(agenda)”",
                    "Offer \(colleague.firstName) something concrete towards “\(agenda)”",
                    "Bring \(colleague.firstName) one idea or data point for “\(agenda)”",
                )
            return Insight(
                .investFirst, key: "invest-first:\(id)", about: colleague, why: reasons.joined(separator: "; "), action: action,
                priority: 60 + 15 * gap / maximumGap)
        }
    }
}
