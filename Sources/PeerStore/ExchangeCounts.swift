import PeerNetwork

/// Counts and minutes of exchanges over a window, by direction, as `SQLFragments.windowCounts` reads them.
struct ExchangeCounts: Equatable {
    var given = 0, received = 0, mutual = 0, givenMinutes = 0, receivedMinutes = 0

    func fill(_ balance: inout Balance) {
        (balance.givenCount, balance.receivedCount, balance.mutualCount) = (given, received, mutual)
        (balance.givenMinutes, balance.receivedMinutes) = (givenMinutes, receivedMinutes)
    }

    func fill(_ totals: inout WeekTotals) {
        (totals.givenCount, totals.receivedCount, totals.mutualCount) = (given, received, mutual)
        (totals.givenMinutes, totals.receivedMinutes) = (givenMinutes, receivedMinutes)
    }
}
