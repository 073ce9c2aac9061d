import Foundation

/// Everything the weekly review reads, as plain values: the store fills it, tests build it
/// by hand.
public struct ReviewInput: Equatable, Sendable {
    /// One active colleague with the dates the rules look at.
    public struct Person: Equatable, Sendable {
        public var colleague: Colleague
        public var addedAt: Date
        public var lastContact: Date?
        /// The last time the user gave them information (an `info` exchange, gave or mutual).
        public var lastInfoShared: Date?
        public var ratingHistory: [RatingChange]
        /// When an import brought them in; nil for colleagues added by hand.
        public var importedAt: Date?

        public init(
            colleague: Colleague, addedAt: Date, lastContact: Date? = nil, lastInfoShared: Date? = nil, ratingHistory: [RatingChange] = [],
            importedAt: Date? = nil
        ) {
            self.importedAt = importedAt
            self.colleague = colleague
            self.addedAt = addedAt
            self.lastContact = lastContact
            self.lastInfoShared = lastInfoShared
            self.ratingHistory = ratingHistory
        }
    }

    public var people: [Person]
    /// Interactions since `ReviewInput.historyDays` before the review's moment.
    public var interactions: [Interaction]
    public var needs: [Need]
    public var promises: [Promise]
    /// Departments the user wants ties to, plus every team in the network (archived people's too).
    public var departments: [String]
    public var weeklyBudgetHours: Double
    public var decisions: [ReviewDecision]

    /// How far back `interactions` must reach: the balance window and the eight-week chart.
    public static let historyDays = max(Balance.defaultWindowDays, 8 * 7 + 7)

    public init(
        people: [Person], interactions: [Interaction] = [], needs: [Need] = [], promises: [Promise] = [],
        departments: [String] = [], weeklyBudgetHours: Double = HelpBudget.defaultWeeklyHours, decisions: [ReviewDecision] = []
    ) {
        self.people = people
        self.interactions = interactions
        self.needs = needs
        self.promises = promises
        self.departments = departments
        self.weeklyBudgetHours = weeklyBudgetHours
        self.decisions = decisions
    }
}
