/// Where a colleague stands towards the user's agenda, from backing it to working against it.
public enum Stance: String, CaseIterable, Codable, Sendable, Comparable {
    case sponsor
    case ally
    case neutral
    case skeptic
    case antiSponsor = "anti-sponsor"
    case unknown

    /// Position on the sponsor … anti-sponsor axis; `unknown` sorts last.
    public var rank: Int {
        switch self {
        case .sponsor: 0
        case .ally: 1
        case .neutral: 2
        case .skeptic: 3
        case .antiSponsor: 4
        case .unknown: 5
        }
    }

    public static func < (lhs: Stance, rhs: Stance) -> Bool { lhs.rank < rhs.rank }

    /// Accepts the canonical spelling and a few forgiving variants (`anti`, `antisponsor`).
    public init?(parsing text: String) {
        let folded = text.lowercased().replacingOccurrences(of: "_", with: "-")
        switch folded {
        case "anti", "antisponsor", "anti-sponsor", "detractor": self = .antiSponsor
        case "advocate": self = .sponsor
        default:
            guard let stance = Stance(rawValue: folded) else { return nil }
            self = stance
        }
    }

    public static var spellings: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
