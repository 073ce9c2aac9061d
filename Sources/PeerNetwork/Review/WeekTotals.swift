import Foundation

/// Given and received in one week, by count and by minutes. Each interaction counts once.
public struct WeekTotals: Equatable, Sendable {
    public var label: String
    public var start: Date
    public var givenCount = 0
    public var receivedCount = 0
    public var mutualCount = 0
    public var givenMinutes = 0
    public var receivedMinutes = 0

    public init(label: String, start: Date) {
        self.label = label
        self.start = start
    }

    /// Help time: the minutes of exchanges where the user gave.
    public var helpMinutes: Int { givenMinutes }
}
