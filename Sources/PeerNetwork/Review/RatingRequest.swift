import Foundation

/// One item asking for the ratings of colleagues who have none, since the map and the other
/// rules cannot place them; `r` on it rates them one after another. Its key names when the
/// newest of them arrived, so someone who arrives later brings a new item even after this one
/// is done or dismissed.
enum RatingRequest {
    /// `arrived`: "imported" or "added", said of them; `arrival`: when each one did.
    static func insights(
        for unrated: [ReviewInput.Person], kind: InsightKind, arrived: String, arrival: (ReviewInput.Person) -> Date?,
        now: Date
    ) -> [Insight] {
        guard let latest = unrated.compactMap(arrival).max() else { return [] }
        let names = unrated.prefix(3).map(\.colleague.name).joined(separator: ", ") + (unrated.count > 3 ? ", …" : "")
        let count = unrated.count == 1 ? "the colleague" : "the \(unrated.count) colleagues"
        let only = unrated.count == 1 ? unrated[0].colleague : nil
        var insight = Insight(
            kind: kind, key: "\(kind.rawValue):\(Int(latest.timeIntervalSince1970))", colleagueID: only?.id,
            colleagueName: only?.name ?? "\(unrated.count) colleagues",
            why: "\(arrived.capitalized) \(RelativeTime.ago(from: latest, to: now)) with no ratings: \(names)",
            action: "Rate \(count) you \(arrived), so the map and the review can place them", priority: 45)
        insight.colleagueIDs = unrated.compactMap(\.colleague.id)
        return [insight]
    }
}
