import Foundation
import PeerNetwork
import Testing
import TerminalUI
@testable import Dashboard

@Suite struct TeamScreenTests {
    let now = Date(timeIntervalSince1970: 1_796_558_400)

    var page: TeamPage {
        let exchange = { (id: String, giver: String, receiver: String, confirmed: Set<String>) in
            TeamRows.Exchange(id: id, proposer: giver, giver: giver, receiver: receiver, minutes: 45, what: "deck review \(id)", occurredOn: now, confirmedBy: confirmed)
        }
        return TeamPage(
            rows: TeamRows(
                team: "platform",
                members: [TeamRows.Member(role: "r_ana", name: "Ana Lima"), TeamRows.Member(role: "r_ben", name: "Ben Okafor")],
                asks: [TeamRows.Ask(id: "a1", author: "r_ben", what: "Review the budget deck", due: now.addingTimeInterval(3 * 86_400), doneMeans: "comments in the doc", createdAt: now)],
                offers: [TeamRows.Offer(id: "o1", author: "r_ana", what: "Thursday works", forAsk: "a1", createdAt: now)],
                exchanges: [exchange("e1", "r_ben", "r_ana", ["r_ben"]), exchange("e2", "r_ben", "r_ana", ["r_ben"]), exchange("e3", "r_ana", "r_ben", ["r_ana", "r_ben"])],
                thanks: [TeamRows.Thanks(id: "t1", author: "r_ben", recipient: "r_ana", what: "the quick review", createdAt: now)],
                norms: [TeamRows.Norm(id: "n1", what: "Ask before you need it", reviewOn: now.addingTimeInterval(30 * 86_400))]),
            me: "r_ana", syncedAt: now.addingTimeInterval(-3 * 3_600), pending: 1, now: now)
    }

    func state() -> AppState {
        var state = AppState(width: 100, height: 30, now: now)
        _ = update(&state, .key(.char("5")))
        _ = update(&state, .teamLoaded(page))
        return state
    }

    @Test func fiveShowsTheTeamReadFromTheCache() {
        var state = AppState(width: 100, height: 30, now: now)
        #expect(update(&state, .key(.char("5"))) == [.loadTeam])
        #expect(state.screen == .team)
    }

    /// A key that can do nothing says why: no team joined, or nothing of that kind selected.
    @Test func theTeamKeysSayWhyTheyDoNothing() {
        var alone = AppState(width: 100, height: 30, now: now)
        _ = update(&alone, .key(.char("5")))
        _ = update(&alone, .teamLoaded(nil))
        for key in ["c", "r", "L"] {
            alone.status = nil
            #expect(update(&alone, .key(.char(Character(key)))).isEmpty)
            #expect(alone.status?.message.hasPrefix("No team joined") == true, "\(key)")
        }
        var state = state()
        _ = update(&state, .key(.char("j")))
        _ = update(&state, .key(.char("j")))
        #expect(update(&state, .key(.char("c"))).isEmpty, "a confirmed exchange is selected")
        #expect(state.status?.message == "Select an exchange awaiting your confirmation to confirm it")
    }

    @Test func cConfirmsTheSelectedExchangeAndSyncsInTheBackground() {
        var state = state()
        _ = update(&state, .key(.char("j")))
        #expect(update(&state, .key(.char("c"))) == [.confirmTeamExchange("e2"), .syncTeam])
        #expect(state.teamSyncing)
        #expect(update(&state, .key(.char("r"))).isEmpty, "one sync at a time")
        #expect(update(&state, .teamSynced(offline: "offline: connection refused")) == [.loadTeam])
        #expect(state.teamOffline != nil && !state.teamSyncing)
        #expect(state.status?.isError == true, "a sync asked for with a key says how it ended")
        state.status = nil
        _ = update(&state, .key(.char("1")))
        #expect(DashboardView.render(state).text.split(separator: "\n").last?.hasPrefix("TEAM OFFLINE") == true, "every screen says the team is offline")
    }

    /// A sync that brings an exchange in above the selected one leaves the selection on it, so
    /// `c` confirms what the user saw; one confirmed leaves the selection on its neighbour.
    @Test func theSelectionStaysOnItsExchangeWhenASyncReadsThePageAgain() {
        var state = state()
        _ = update(&state, .key(.char("j")))
        var synced = page
        synced.awaiting.insert(TeamRows.Exchange(id: "e0", proposer: "r_ben", giver: "r_ben", receiver: "r_ana", minutes: 30, what: "new", occurredOn: now), at: 0)
        _ = update(&state, .teamLoaded(synced))
        #expect(update(&state, .key(.char("c"))).first == .confirmTeamExchange("e2"))
        var confirmed = synced
        confirmed.awaiting.removeAll { $0.id == "e2" }
        _ = update(&state, .teamLoaded(confirmed))
        #expect(state.team?.selectable[state.teamPosition.selected].id == "e3", "the next row, the confirmed one below")
    }

    @Test func aConfirmationWhileASyncRunsIsSentByTheNextOne() {
        var state = state()
        _ = update(&state, .key(.char("r")))
        #expect(state.teamSyncing)
        #expect(update(&state, .key(.char("c"))) == [.confirmTeamExchange("e1")], "the running sync may have read the outbox already")
        #expect(update(&state, .teamSynced(offline: nil)) == [.loadTeam, .syncTeam])
        #expect(state.status?.text.hasPrefix("Confirmed") == true, "not reported until the sync that carries it ends")
        _ = update(&state, .teamSynced(offline: nil))
        #expect(state.status?.text == "Synced with the team")
    }

    @Test func theTeamSyncsEveryThirtySecondsOnceJoined() {
        var state = AppState(width: 100, height: 30, now: now)
        // The calendars have a clock of their own (CalendarPromptTests).
        state.calendarChecking = true
        #expect(update(&state, .tick(now)) == [.loadTeam], "the first tick after the first frame reads the cache")
        #expect(update(&state, .tick(now)).isEmpty, "no team: nothing to sync")
        _ = update(&state, .teamLoaded(page))
        #expect(update(&state, .tick(now)) == [.syncTeam])
        _ = update(&state, .teamSynced(offline: nil))
        #expect(update(&state, .tick(now.addingTimeInterval(10))).isEmpty)
        #expect(update(&state, .tick(now.addingTimeInterval(31))) == [.syncTeam])
    }

    @Test func aTeamFoundIsListenedToAndItsNoticesSyncAtOnce() {
        var state = AppState(width: 100, height: 30, now: now)
        #expect(update(&state, .teamLoaded(page)) == [.listenTeam])
        #expect(update(&state, .teamLoaded(page)).isEmpty, "one listener for the session")
        #expect(update(&state, .teamChanged) == [.syncTeam])
        #expect(update(&state, .teamChanged).isEmpty, "one sync at a time")
    }

    @Test func theScreenShowsWhatAwaitsTheBoardAndTheBalanceWithTheSelection() {
        let frame = DashboardView.render(state())
        let text = frame.text
        for expected in [
            "Team platform · synced 3h ago · 1 waiting to send", "Awaiting your confirmation (c confirms)", "Ben Okafor gave you 45m: deck review e1",
            "Asks (1 open, oldest first)", "Ben Okafor: Review the budget deck", "offered by Ana Lima: Thursday works",
            "Given and received, confirmed by both sides", "Charter", "Ask before you need it", "5 Team",
            "Ben Okafor thanked you: the quick review",
        ] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
        let awaitingBlock = text.components(separatedBy: "Your recent confirmed exchanges")[0]
        #expect(!awaitingBlock.contains("deck review e3"), "a confirmed exchange awaits nobody")
        #expect(text.contains("You gave Ben Okafor 45m: deck review e3"), "it is among the recent ones")
        let row = text.split(separator: "\n").firstIndex { $0.contains("deck review e1") }!
        #expect(frame.styleText.split(separator: "\n")[row].contains("#"), "the selected exchange is highlighted")
    }

    @Test func lCopiesAConfirmedExchangeIntoTheLogOnceAndOnlyForAColleague() {
        var state = state()
        // Two await confirmation; the third is confirmed and recent.
        _ = update(&state, .key(.char("j")))
        _ = update(&state, .key(.char("j")))
        #expect(update(&state, .key(.char("L"))).isEmpty)
        #expect(state.status?.text.contains("Ben Okafor is not in your network") == true)
        var page = page
        page.colleagues = ["r_ben": 7]
        _ = update(&state, .teamLoaded(page))
        let effects = update(&state, .key(.char("L")))
        guard case .apply(.log(let entry), _)? = effects.first else { Issue.record("no log write: \(effects)"); return }
        #expect(entry.colleagueIDs == [7] && entry.direction == .gave && entry.minutes == 45 && entry.note == "deck review e3")
        let landed = update(&state, .applied(UndoEntry(description: "copied", inverse: Inverse()), focus: .interaction(41), now: now))
        #expect(landed.contains(.markTeamExchangeCopied("e3", as: 41)))
        let marked = landed.firstIndex(of: .markTeamExchangeCopied("e3", as: 41)), reread = landed.firstIndex(of: .loadTeam)
        #expect(marked != nil && reread != nil && marked! < reread!, "the page is read once, after the mark: \(landed)")
        page.copied = ["e3"]
        _ = update(&state, .teamLoaded(page))
        #expect(update(&state, .key(.char("L"))).isEmpty)
        #expect(state.status?.text == "Already copied into your log")
        #expect(DashboardView.render(state).text.contains("(in your log)"))
    }

    /// The page reads the private log too (colleagues, copies): a write or an undo, here or in
    /// another program, reads it again while it is shown.
    @Test func aWriteReadsTheTeamPageAgainWhileItIsShown() {
        var state = state()
        #expect(update(&state, .applied(UndoEntry(description: "undone", inverse: Inverse()), focus: nil, now: now)).contains(.loadTeam))
        #expect(update(&state, .externalChange).contains(.loadTeam))
        _ = update(&state, .key(.char("1")))
        #expect(!update(&state, .externalChange).contains(.loadTeam), "not while another screen is shown")
    }

    @Test func withoutATeamTheScreenSaysHowToJoin() {
        var state = AppState(width: 100, height: 30, now: now)
        _ = update(&state, .key(.char("5")))
        #expect(DashboardView.render(state).text.contains("rapport team join LINE"))
    }

    @Test func redactionShowsMembersByTheirInitials() {
        var state = state()
        state.redacted = true
        let text = DashboardView.render(state).text
        #expect(!text.contains("Ana Lima") && !text.contains("Ben Okafor"))
        #expect(text.contains("B. O. gave you"))
        _ = update(&state, .key(.char("c")))
        let status = DashboardView.render(state).text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(status.hasPrefix("Confirmed") && !status.contains("Ben Okafor"), "the status names team members by their initials too: \(status)")
    }
}
