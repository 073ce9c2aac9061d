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
        /// Every rating they were given, oldest first, up to the review's moment.
        public var ratingHistory: [RatingChange]
        /// When an import brought them in; nil for colleagues added by hand.
        public var importedAt: Date?
        /// The balance as of the review's moment. Its window counts are filled where
        /// `balance.windowCountsMatter`, and zero elsewhere, where `leaning` is `.balanced`
        /// whatever they are: counting every window took most of a review at 10,000 colleagues.
        public var balance: Balance

        public init(
            colleague: Colleague, addedAt: Date, lastContact: Date? = nil, lastInfoShared: Date? = nil, ratingHistory: [RatingChange] = [],
            importedAt: Date? = nil, balance: Balance = Balance()
        ) {
            self.balance = balance
            self.importedAt = importedAt
            self.colleague = colleague
            self.addedAt = addedAt
            self.lastContact = lastContact
            self.lastInfoShared = lastInfoShared
            self.ratingHistory = ratingHistory
        }
    }

    public var people: [Person]
    /// Minutes of help given to each colleague in the review's week, up to its moment (an
    /// exchange with two people counts for each): who this week's help went to.
    public var helpGivenThisWeek: [ColleagueID: Int]
    /// Totals of the chart's weeks, by `start`; a week not here had no exchanges.
    public var weeks: [WeekTotals]
    /// The last help given, up to the review's moment.
    public var lastGiven: Date?
    public var needs: [Need]
    public var promises: [Promise]
    /// Departments the user wants ties to, plus every team in the network (archived people's too).
    public var departments: [String]
    public var weeklyBudgetHours: Double
    public var decisions: [ReviewDecision]
    /// The norms of the team charter, when the network has joined a team (from its cache).
    public var charter: [TeamRows.Norm] = []
    /// The user's own organisation, when they set one: silos count only its people.
    public var organisation = ""

    /// Whether a colleague works in the user's organisation: theirs matches it, or either is unset.
    public func isOwn(_ colleague: Colleague) -> Bool {
        organisation.isEmpty || colleague.organisation.isEmpty || colleague.organisation.folded == organisation.folded
    }

    public init(
        people: [Person], helpGivenThisWeek: [ColleagueID: Int] = [:], weeks: [WeekTotals] = [], lastGiven: Date? = nil, needs: [Need] = [],
        promises: [Promise] = [], departments: [String] = [], weeklyBudgetHours: Double = HelpBudget.defaultWeeklyHours,
        decisions: [ReviewDecision] = []
    ) {
        self.people = people
        self.helpGivenThisWeek = helpGivenThisWeek
        self.weeks = weeks
        self.lastGiven = lastGiven
        self.needs = needs
        self.promises = promises
        self.departments = departments
        self.weeklyBudgetHours = weeklyBudgetHours
        self.decisions = decisions
    }
}
