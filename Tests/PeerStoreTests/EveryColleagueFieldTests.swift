import Foundation
import PeerNetwork
@testable import PeerStore
import Testing

/// An update and a restore store every field a colleague has. The colleague here has every field set
/// away from its default, and the test checks that it does, so a field added to `Colleague`
/// fails here until it is given a value, and then fails again if a restore leaves it behind.
@Suite struct EveryColleagueFieldTests {
    let now = StoredTime.rounded(Date(timeIntervalSince1970: 1_795_532_400))

    var everyField: Colleague {
        Colleague(
            name: "Pat Kim", role: "Counsel", team: "Legal", organisation: "Contoso", email: "pat@contoso.example", tags: ["contracts", "emea"],
            notes: "Prefers mornings.", agenda: "Fewer custom terms", motivators: "Being asked early", demotivators: "Surprises",
            valuedInfo: "Deals with odd terms", stance: .ally, ratings: Ratings(vital: 4, frequency: 3, quality: 5, trust: 2),
            ratedAt: now.addingTimeInterval(-86_400), archived: true, uid: "pat-uid", contactEveryWeeks: 3)
    }

    @Test func theFixtureSetsEveryField() {
        let defaults = Mirror(reflecting: Colleague(name: "x"))
        let filled = Mirror(reflecting: everyField)
        for (field, value) in zip(defaults.children, filled.children) where field.label != "id" {
            #expect(String(describing: field.value) != String(describing: value.value), "set \(field.label ?? "?") in the fixture")
        }
    }

    @Test func aRestoreKeepsEveryFieldOfEveryColleague() throws {
        let original = try AppDatabase(inMemoryNamed: "original")
        _ = try original.addColleague(everyField, at: now)
        let archive = try original.archive()
        let restored = try AppDatabase(inMemoryNamed: "restored")
        try restored.restore(archive)
        #expect(try restored.archive() == archive)
        #expect(try restored.archive().people.first?.colleague.organisation == "Contoso")
    }

    @Test func anUpdateStoresEveryField() throws {
        let database = try AppDatabase(inMemoryNamed: "update")
        var expected = everyField
        expected.id = try database.addColleague(Colleague(name: "Someone Else"), at: now).id
        try database.updateColleague(expected, at: now)
        // Saving the form is when the changed ratings were reviewed.
        expected.ratedAt = now
        #expect(try database.colleague(expected.id!) == expected)
    }

    /// An edit made from a colleague as read carries every field it changed: a field added to
    /// `Colleague` and left out of `edits(from:onto:)` would be dropped from every saved edit.
    @Test func anEditCarriesEveryFieldItChanged() throws {
        let plain = Colleague(id: 7, name: "x", uid: "x-uid")
        var expected = everyField
        expected.id = 7
        let merged = try expected.edits(from: plain, onto: plain)
        expected.ratedAt = nil
        #expect(merged == expected, "the store sets ratedAt; every other field is the edit's")
    }
}
