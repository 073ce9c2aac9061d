/// The dashboard's screens. Numbered ones have a tab; detail opens from any list.
public enum ScreenID: Int, CaseIterable, Hashable, Sendable {
    case colleagues = 1
    case map = 2
    case log = 3
    case review = 4
    case team = 5
    case detail = 0

    public static let tabs: [ScreenID] = [.colleagues, .map, .log, .review, .team]

    public var title: String {
        switch self {
        case .colleagues: "Colleagues"
        case .map: "Map"
        case .log: "Log"
        case .review: "Review"
        case .team: "Team"
        case .detail: "Detail"
        }
    }
}
