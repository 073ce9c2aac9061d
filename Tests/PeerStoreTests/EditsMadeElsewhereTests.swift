import Foundation
import PeerNetwork
@testable import PeerStore
import Testing

/// Other programs write while an edit is open in the dashboard or an editor: a save writes what
/// the user changed and leaves the rest as it is now.
@Suite struct EditsMadeElsewhereTests {
    let now = StoredTime.rounded(Date(timeIntervalSince1970: 1_795_532_400))

    /// While the edit was open, another program changed the role and a rating: they stay, and
    /// the edit's notes are saved. Both changing the notes is refused, and nothing is saved.
    @Test func aChangeMadeElsewhereDuringAnEditStays() throws {
        let temporary = TemporaryDatabase()
        let database = try temporary.open()
        let base = try database.addColleague(Colleague(name: "Dana Whitfield", role: "Controller", ratings: Ratings(vital: 3)), at: now)
        let elsewhere = try AppDatabase(path: temporary.path)
        var theirs = base
        (theirs.role, theirs.ratings.vital) = ("CFO", 5)
        try elsewhere.updateColleague(theirs, at: now)
        var mine = base
        mine.notes = "Wants numbers."
        #expect(try database.updateColleague(mine, editedFrom: base, at: now))
        let saved = try #require(try database.colleague(base.id!))
        #expect((saved.role, saved.ratings.vital, saved.notes) == ("CFO", 5, "Wants numbers."))
        theirs = saved
        theirs.notes = "Numbers, not narratives."
        try elsewhere.updateColleague(theirs, at: now)
        mine = saved
        mine.notes = "Call before the close."
        #expect(throws: StoreError.invalid("Dana Whitfield's notes changed in another program while you edited; nothing was saved (open it again)")) {
            try database.updateColleague(mine, editedFrom: saved, at: now)
        }
        #expect(try database.colleague(base.id!)?.notes == "Numbers, not narratives.")
    }

    /// The rating popup showed vital 3; another program set it to 5; the user changed trust
    /// only. Vital stays 5. Confirming the popup unchanged marks the ratings reviewed and
    /// changes no value.
    @Test func aRatingLeftAsShownKeepsWhatAnotherProgramSet() throws {
        let temporary = TemporaryDatabase()
        let database = try temporary.open()
        let shown = Ratings(vital: 3, trust: 2)
        let dana = try database.addColleague(Colleague(name: "Dana Whitfield", ratings: shown), at: now)
        try AppDatabase(path: temporary.path).rate(dana.id!, Ratings(vital: 5), at: now)
        #expect(try database.rate(dana.id!, Ratings(vital: 3, trust: 4), shownAs: shown, at: now) == [.trust])
        #expect(try database.colleague(dana.id!)?.ratings == Ratings(vital: 5, trust: 4))
        #expect(try database.rate(dana.id!, Ratings(vital: 3, trust: 4), shownAs: Ratings(vital: 3, trust: 4), at: now.addingTimeInterval(60)).isEmpty)
        #expect(try database.colleague(dana.id!)?.ratings == Ratings(vital: 5, trust: 4))
        #expect(try database.colleague(dana.id!)?.ratedAt == now.addingTimeInterval(60))
    }

    /// An interaction edited in the dashboard while `rapport history edit` changed its note: the
    /// note stays and the length is saved; both changing the note is refused; an edit that
    /// changes nothing writes nothing.
    @Test func anInteractionEditSavesWhatItChanged() throws {
        let temporary = TemporaryDatabase()
        let database = try temporary.open()
        let dana = try database.addColleague(Colleague(name: "Dana Whitfield"), at: now)
        let base = try database.logInteraction(Interaction(occurredAt: now, colleagueIDs: [dana.id!], direction: .gave, kind: .help, minutes: 30, note: "deck"))
        var theirs = base
        theirs.note = "the Q3 deck"
        try AppDatabase(path: temporary.path).updateInteraction(theirs)
        var mine = base
        mine.minutes = 45
        try database.updateInteraction(mine, editedFrom: base)
        let saved = try #require(try database.interaction(base.id!))
        #expect((saved.minutes, saved.note) == (45, "the Q3 deck"))
        mine.note = "slides"
        #expect(throws: StoreError.invalid("Interaction #\(base.id!)'s note changed in another program while you edited; nothing was saved (open it again)")) {
            try database.updateInteraction(mine, editedFrom: base)
        }
        let revision = try database.revision()
        try database.updateInteraction(saved, editedFrom: saved)
        #expect(try database.revision() == revision)
    }

    /// The stance popup showed "unknown"; another program set "ally" meanwhile: the user's pick
    /// of "skeptic" is refused rather than written over it. Picking what is stored now is fine.
    @Test func aStancePickedOverAnotherProgramsIsRefused() throws {
        let temporary = TemporaryDatabase()
        let database = try temporary.open()
        let dana = try database.addColleague(Colleague(name: "Dana Whitfield"), at: now)
        try AppDatabase(path: temporary.path).setStance(dana.id!, .ally, at: now)
        #expect(throws: StoreError.invalid("Dana Whitfield's stance changed in another program while you edited; nothing was saved (open it again)")) {
            try database.setStance(dana.id!, .skeptic, shownAs: .unknown, at: now)
        }
        try database.setStance(dana.id!, .ally, shownAs: .unknown, at: now)
        #expect(try database.colleague(dana.id!)?.stance == .ally)
    }
}
