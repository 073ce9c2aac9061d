import PeerNetwork
import TerminalUI

/// How domain values look on screen, shared by every screen so they read the same everywhere.
enum Presentation {
    static func style(for stance: Stance) -> Style {
        switch stance {
        case .sponsor: .color(.green, bold: true)
        case .ally: .color(.green)
        case .neutral: .plain
        case .skeptic: .color(.yellow)
        case .antiSponsor: .color(.red, bold: true)
        case .unknown: .dim
        }
    }

    /// `▮▮▮▯▯` for 3 of 5, `·····` when unrated.
    static func bar(_ value: Int?) -> String {
        guard let value else { return "·····" }
        return String(repeating: "▮", count: value) + String(repeating: "▯", count: max(0, 5 - value))
    }

    static func digit(_ value: Int?) -> String { value.map(String.init) ?? "·" }

    /// Vital says how much someone matters, not how well it goes: high stands out, low is quiet.
    static func vitalStyle(_ value: Int?) -> Style {
        guard let value else { return .dim }
        return value >= 4 ? Style(bold: true) : value <= 2 ? .dim : .plain
    }

    static func ratingStyle(_ value: Int?) -> Style {
        guard let value else { return .dim }
        return value >= 4 ? .color(.green) : value <= 2 ? .color(.red) : .plain
    }

    /// Time-bound kinds (promises, needs, the budget) in yellow; relationships to build in cyan.
    static func style(for kind: InsightKind) -> Style {
        switch kind {
        case .promise, .feedBeforeNeed, .budget: .color(.yellow)
        case .investFirst, .engage: .color(.cyan)
        case .oneWay: .color(.magenta)
        case .silo, .staleRatings, .rateImported, .rateNew, .charter: .plain
        case .keepInTouch: .color(.cyan)
        }
    }

    /// One-way relationships stand out; otherwise the sign tells which way it leans.
    static func balanceStyle(_ balance: Balance) -> Style {
        switch balance.leaning {
        case .onlyGiving: .color(.magenta, bold: true)
        case .onlyReceiving: .color(.red, bold: true)
        case .balanced: balance.score == nil ? .dim : .color(.cyan)
        }
    }
}
