import Foundation

/// A colleague's current ratings; `nil` means not rated yet.
public struct Ratings: Codable, Equatable, Hashable, Sendable {
    public var vital: Int?
    public var frequency: Int?
    public var quality: Int?
    public var trust: Int?

    public init(vital: Int? = nil, frequency: Int? = nil, quality: Int? = nil, trust: Int? = nil) {
        self.vital = vital
        self.frequency = frequency
        self.quality = quality
        self.trust = trust
    }

    public subscript(dimension: RatingDimension) -> Int? {
        get {
            switch dimension {
            case .vital: vital
            case .frequency: frequency
            case .quality: quality
            case .trust: trust
            }
        }
        set {
            switch dimension {
            case .vital: vital = newValue
            case .frequency: frequency = newValue
            case .quality: quality = newValue
            case .trust: trust = newValue
            }
        }
    }

    public var isUnrated: Bool { RatingDimension.allCases.allSatisfy { self[$0] == nil } }
}

/// One entry in a colleague's rating history.
public struct RatingChange: Codable, Equatable, Sendable {
    public var dimension: RatingDimension
    public var value: Int
    public var changedAt: Date

    public init(dimension: RatingDimension, value: Int, changedAt: Date) {
        self.dimension = dimension
        self.value = value
        self.changedAt = changedAt
    }
}

/// One entry in a colleague's stance history.
public struct StanceChange: Codable, Equatable, Sendable {
    public var stance: Stance
    public var changedAt: Date

    public init(stance: Stance, changedAt: Date) {
        self.stance = stance
        self.changedAt = changedAt
    }
}
