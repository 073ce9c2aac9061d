/// The four questions asked about every relationship when mapping the landscape.
public enum RatingDimension: String, CaseIterable, Codable, Sendable {
    case vital
    case frequency
    case quality
    case trust

    public static let range = 1...5

    public var question: String {
        switch self {
        case .vital: "How critical is their support to my success?"
        case .frequency: "How often do we talk, email or meet?"
        case .quality: "Transactional (1) or real rapport (5)?"
        case .trust: "How honest and reliable is it, how little politics?"
        }
    }
}
