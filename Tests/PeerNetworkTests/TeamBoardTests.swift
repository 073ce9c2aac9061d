import Foundation
import Testing
@testable import PeerNetwork

@Suite struct TeamBoardTests {
    let now = Date(timeIntervalSince1970: 1_796_558_400)  // 2026-12-06 12:00 UTC
    let calendar = Calendar.iso8601Local
    func daysAgo(_ days: Double) -> Date { now.addingTimeInterval(-days * 86_400) }

    let members = [TeamRows.Member(role: "r_b", name: "Ben"), TeamRows.Member(role: "r_a", name: "Ana"), TeamRows.Member(role: "r_c", name: "Cy")]

    func exchange(_ giver: String, _ receiver: String, _ minutes: Int, daysAgo days: Double, confirmed: Bool = true, corrects: String? = nil, id: String = UUID().uuidString) -> TeamRows.Exchange {
        TeamRows.Exchange(
            id: id, proposer: giver, giver: giver, receiver: receiver, minutes: minutes, what: "x", occurredOn: daysAgo(days), corrects: corrects,
            confirmedBy: confirmed ? [giver, receiver] : [giver])
    }

    @Test func balancesAreByNameWithGivenAndReceivedApartAndOnlyConfirmed() {
        let rows = TeamRows(team: "t", members: members, exchanges: [
            exchange("r_a", "r_b", 30, daysAgo: 3), exchange("r_b", "r_a", 60, daysAgo: 2), exchange("r_a", "r_c", 90, daysAgo: 1, confirmed: false),
        ])
        let balances = TeamBalance.of(rows)
        #expect(balances.map(\.member.name) == ["Ana", "Ben", "Cy"])
        #expect((balances[0].givenCount, balances[0].givenMinutes, balances[0].receivedCount, balances[0].receivedMinutes) == (1, 30, 1, 60))
        #expect(balances[2].receivedCount == 0, "unconfirmed does not count")
    }

    @Test func aCorrectionStandsInForWhatItCorrects() {
        let rows = TeamRows(team: "t", members: members, exchanges: [
            exchange("r_a", "r_b", 30, daysAgo: 3, id: "first"), exchange("r_a", "r_b", 45, daysAgo: 3, corrects: "first", id: "fixed"),
        ])
        #expect(rows.counted.map(\.id) == ["fixed"])
        #expect(TeamBalance.of(rows)[0].givenMinutes == 45)
    }

    @Test func flagsAreNextActions() {
        let rows = TeamRows(team: "t", members: members, asks: [
            TeamRows.Ask(id: "a1", author: "r_c", what: "a review", due: daysAgo(2), doneMeans: "comments", createdAt: daysAgo(10)),
            TeamRows.Ask(id: "a2", author: "r_c", what: "closed one", due: daysAgo(2), doneMeans: "x", createdAt: daysAgo(10), closedAt: daysAgo(1)),
        ], exchanges: [
            exchange("r_a", "r_b", 60, daysAgo: 70), exchange("r_a", "r_b", 60, daysAgo: 40), exchange("r_a", "r_c", 60, daysAgo: 5),
            exchange("r_a", "r_b", 60, daysAgo: 3),
        ])
        let flags = TeamFlag.all(rows, now: now, calendar: calendar)
        #expect(flags.contains { $0.kind == .askForSomething && $0.about == "Ana" && $0.text.hasSuffix("ask for something") })
        #expect(flags.contains { $0.kind == .payItForward && $0.about == "Ben" }, "Ben has received since 70 days ago without giving")
        #expect(flags.contains { $0.kind == .loadConcentrated && $0.about == "Ana" })
        #expect(flags.filter { $0.kind == .askOverdue }.map(\.text) == ["Cy's ask “a review” is past its date: close it, or say what's stuck"])
        #expect(!flags.contains { $0.about == "Cy" && $0.kind != .askOverdue }, "Cy received 8 weeks ago? no: 5 days")
    }

    @Test func aTeamThatSharesHasNoFlags() {
        let rows = TeamRows(team: "t", members: members, exchanges: [
            exchange("r_a", "r_b", 30, daysAgo: 3), exchange("r_b", "r_c", 30, daysAgo: 2), exchange("r_c", "r_a", 30, daysAgo: 1),
        ])
        #expect(TeamFlag.all(rows, now: now, calendar: calendar).isEmpty)
    }

    @Test func theReviewBringsUpANormWhenItsDatePasses() {
        var input = ReviewInput(people: [])
        input.charter = [
            TeamRows.Norm(id: "n1", what: "Ask before you need it", reviewOn: daysAgo(1)),
            TeamRows.Norm(id: "n2", what: "Offer an hour a week", reviewOn: daysAgo(-10)),
        ]
        let insights = Review.build(input, now: now, calendar: calendar).insights.filter { $0.kind == .charter }
        #expect(insights.map(\.key) == ["charter:n1"])
        #expect(insights.first?.why.contains("“Ask before you need it”") == true)
    }

    @Test func daysRoundTripAsTheServerWritesThem() {
        let day = TeamDay.date("2026-12-20", calendar: calendar)
        #expect(TeamDay.text(day, calendar: calendar) == "2026-12-20")
        #expect(TeamDay.date("nonsense", calendar: calendar) == .distantPast)
    }
}
