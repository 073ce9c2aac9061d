import Foundation
import PeerNetwork

/// Everything in a database, as values: what `rapport export --format json` writes and an import
/// restores, ids included.
public struct NetworkArchive: Equatable, Sendable {
    public struct Person: Equatable, Sendable {
        public var colleague: Colleague
        public var createdAt: Date
        public var importedAt: Date?
        public var ratingHistory: [RatingChange]
        public var stanceHistory: [StanceChange]

        public init(colleague: Colleague, createdAt: Date, importedAt: Date?, ratingHistory: [RatingChange], stanceHistory: [StanceChange]) {
            self.colleague = colleague
            self.createdAt = createdAt
            self.importedAt = importedAt
            self.ratingHistory = ratingHistory
            self.stanceHistory = stanceHistory
        }
    }

    public var people: [Person]
    public var interactions: [Interaction]
    public var needs: [Need]
    public var promises: [Promise]
    public var decisions: [ReviewDecision]
    public var departments: [String]
    public var weeklyBudgetHours: Double?
    public var weekStart: WeekStart?

    public init(
        people: [Person], interactions: [Interaction], needs: [Need] = [], promises: [Promise] = [], decisions: [ReviewDecision] = [],
        departments: [String] = [], weeklyBudgetHours: Double? = nil, weekStart: WeekStart? = nil
    ) {
        self.people = people
        self.interactions = interactions
        self.needs = needs
        self.promises = promises
        self.decisions = decisions
        self.departments = departments
        self.weeklyBudgetHours = weeklyBudgetHours
        self.weekStart = weekStart
    }

    /// Only `ids` and what belongs to them: their interactions (with only them in), needs and
    /// promises. Settings, departments and decisions stay whole.
    public func keeping(_ ids: Set<ColleagueID>) -> NetworkArchive {
        var copy = self
        copy.people = people.filter { ids.contains($0.colleague.id ?? -1) }
        copy.interactions = interactions.compactMap { interaction in
            var kept = interaction
            kept.colleagueIDs = interaction.colleagueIDs.filter(ids.contains)
            return kept.colleagueIDs.isEmpty ? nil : kept
        }
        copy.needs = needs.filter { ids.contains($0.colleagueID) }
        copy.promises = promises.filter { ids.contains($0.colleagueID) }
        return copy
    }
}
