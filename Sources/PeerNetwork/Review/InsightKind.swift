/// The kinds of next action the weekly review proposes, most urgent kinds first.
public enum InsightKind: String, CaseIterable, Sendable {
    case promise
    case feedBeforeNeed = "feed-before-need"
    case investFirst = "invest-first"
    case engage
    case oneWay = "one-way"
    case budget
    case silo
    case keepInTouch = "keep-in-touch"
    case rateImported = "rate-imported"
    case rateNew = "rate-new"
    case staleRatings = "stale-ratings"
    case charter

    public var title: String {
        switch self {
        case .promise: "Promise due"
        case .feedBeforeNeed: "Feed before you need"
        case .investFirst: "Invest first"
        case .engage: "Engage a skeptic"
        case .oneWay: "One-way"
        case .budget: "Help budget"
        case .silo: "Silo"
        case .keepInTouch: "Keep in touch"
        case .rateImported: "Rate imported"
        case .rateNew: "Rate new"
        case .staleRatings: "Stale ratings"
        case .charter: "Team charter"
        }
    }

    /// One item for every colleague with no ratings (`RatingRequest`): `r` rates them in turn.
    public var isRatingRequest: Bool { self == .rateImported || self == .rateNew }

    /// The kinds a re-rating answers, not a logged exchange.
    public var asksForRatings: Bool { isRatingRequest || self == .staleRatings }

    /// A short label for narrow columns.
    public var shortTitle: String {
        switch self {
        case .promise: "Promise"
        case .feedBeforeNeed: "Feed"
        case .investFirst: "Invest"
        case .engage: "Engage"
        case .oneWay: "One-way"
        case .budget: "Budget"
        case .silo: "Silo"
        case .keepInTouch: "Touch"
        case .rateImported, .rateNew: "Rate"
        case .staleRatings: "Re-rate"
        case .charter: "Charter"
        }
    }
}
