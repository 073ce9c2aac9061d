import Foundation

/// Colleagues an import brought in have no ratings, so the map and the other rules cannot place
/// them: one item asks for all of them, and `r` on it rates them one after another. Its key
/// names the latest import, so a later import brings a new item even after this one is done.
public enum RateImportedRule: InsightRule {
    public static func insights(in context: ReviewContext) -> [Insight] {
        let unrated = context.people.filter { $0.importedAt != nil && $0.colleague.ratings.isUnrated && $0.colleague.id != nil }
        guard let latest = unrated.compactMap(\.importedAt).max() else { return [] }
        let names = unrated.prefix(3).map(\.colleague.name).joined(separator: ", ") + (unrated.count > 3 ? ", …" : "")
        let count = unrated.count == 1 ? "the colleague" : "the \(unrated.count) colleagues"
        let only = unrated.count == 1 ? unrated[0].colleague : nil
        var insight = Insight(
            kind: .rateImported, key: "rate-imported:\(Int(latest.timeIntervalSince1970))", colleagueID: only?.id,
            colleagueName: only?.name ?? "\(unrated.count) colleagues",
            why: "Imported \(RelativeTime.ago(from: latest, to: context.now)) with no ratings: \(names)",
            action: "Rate \(count) you imported, so the map and the review can place them", priority: 45)
        insight.colleagueIDs = unrated.compactMap(\.colleague.id)
        return [insight]
    }
}
