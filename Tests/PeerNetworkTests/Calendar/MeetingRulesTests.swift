import Foundation
import Testing
@testable import PeerNetwork

struct MeetingRulesTests {
    let now = Date(timeIntervalSince1970: 1_796_400_000)
    let anna = CalendarMeeting.Attendee(email: "anna@northwind.example", name: "Anna Kowalczyk", participation: "ACCEPTED")
    let me = CalendarMeeting.Attendee(email: "me@example.com", name: "Me", participation: "ACCEPTED")

    func meeting(endedMinutesAgo: Double = 5, people: [CalendarMeeting.Attendee]? = nil, allDay: Bool = false, cancelled: Bool = false, isPrivate: Bool = false) -> CalendarMeeting {
        CalendarMeeting(
            key: MeetingKey(source: "/cal/work.ics", uid: "sync", recurrence: "20261204T130000Z"), title: "Platform sync",
            start: now.addingTimeInterval(-endedMinutesAgo * 60 - 1800), end: now.addingTimeInterval(-endedMinutesAgo * 60),
            isAllDay: allDay, isCancelled: cancelled, isPrivate: isPrivate, people: people ?? [anna, me])
    }

    @Test func aMeetingThatEndedWithinTheWindowAsksToBeLogged() {
        let rules = MeetingRules(myAddresses: ["me@example.com"])
        #expect(rules.asksToBeLogged(meeting(), now: now, includingPrivate: false))
        #expect(!rules.asksToBeLogged(meeting(endedMinutesAgo: -10), now: now, includingPrivate: false), "not over yet")
        #expect(!rules.asksToBeLogged(meeting(endedMinutesAgo: 3 * 1440 + 1), now: now, includingPrivate: false), "older than 3 days")
        #expect(MeetingRules(windowDays: 5).asksToBeLogged(meeting(endedMinutesAgo: 4 * 1440), now: now, includingPrivate: false))
    }

    @Test func cancelledDeclinedAllDayAndPrivateMeetingsAreLeftOut() {
        let rules = MeetingRules(myAddresses: ["me@example.com"])
        #expect(!rules.isMeeting(meeting(cancelled: true), includingPrivate: false))
        #expect(!rules.isMeeting(meeting(allDay: true), includingPrivate: false))
        #expect(!rules.isMeeting(meeting(isPrivate: true), includingPrivate: false))
        #expect(rules.isMeeting(meeting(isPrivate: true), includingPrivate: true))
        var declined = me
        declined.participation = "DECLINED"
        #expect(!rules.isMeeting(meeting(people: [anna, declined]), includingPrivate: false))
        #expect(MeetingRules().isMeeting(meeting(people: [anna, declined]), includingPrivate: false), "someone else's address")
    }

    @Test func theNumberOfPeopleIsASetting() {
        let crowd = (0..<9).map { CalendarMeeting.Attendee(email: "p\($0)@example.com", name: "") }
        #expect(!MeetingRules().isMeeting(meeting(people: [anna]), includingPrivate: false), "one person is no meeting")
        #expect(MeetingRules().isMeeting(meeting(people: Array(crowd.prefix(8))), includingPrivate: false))
        #expect(!MeetingRules().isMeeting(meeting(people: crowd), includingPrivate: false))
        #expect(MeetingRules(attendees: 2...10).isMeeting(meeting(people: crowd), includingPrivate: false))
    }

    @Test func colleaguesAreMatchedByAnyOfTheirAddresses() {
        let addresses = Dictionary(uniqueKeysWithValues: MeetingToLog.addresses(in: "Anna@Northwind.example, anna.k@home.example").map {
            ($0, (id: ColleagueID(9), name: "Anna Kowalczyk"))
        })
        let zed = CalendarMeeting.Attendee(email: "zed@contoso.example", name: "Zed Newman")
        let home = CalendarMeeting.Attendee(email: "anna.k@home.example", name: "Anna")
        let matched = MeetingToLog.match([meeting(people: [anna, home, me, zed])], addresses: addresses, myAddresses: ["me@example.com"])
        #expect(matched.count == 1)
        #expect(matched[0].colleagues.map(\.id) == [9], "once, though two of her addresses are there")
        #expect(matched[0].unknown == [zed], "the user is not someone to add")
        #expect(MeetingToLog.match([meeting(people: [zed, me])], addresses: addresses, myAddresses: []).isEmpty, "no colleague, no prompt")
    }

    @Test func theLineNamesTheColleaguesByIDAndEndsWhereTheNoteGoes() {
        let item = MeetingToLog(meeting: meeting(), colleagues: [(9, "Anna Kowalczyk"), (12, "Ben Adler")], unknown: [])
        let calendar = { var calendar = Calendar(identifier: .iso8601); calendar.timeZone = TimeZone(identifier: "UTC")!; return calendar }()
        #expect(item.quickLogLine(now: now, calendar: calendar) == "#9 #12 mutual meeting 30m today ")
        let parsed = try? QuickLogParser(candidates: [QuickLogCandidate(id: 9, name: "Anna Kowalczyk"), QuickLogCandidate(id: 12, name: "Ben Adler")], now: now, calendar: calendar)
            .parse(item.quickLogLine(now: now, calendar: calendar) + "agreed the plan")
        #expect(parsed?.interaction.colleagueIDs == [9, 12])
        #expect(parsed?.interaction.minutes == 30)
        #expect(parsed?.interaction.kind == .meeting)
        #expect(parsed?.interaction.direction == .mutual)
        #expect(parsed?.interaction.note == "agreed the plan")
    }

    @Test func aKeysShortFormStaysTheSameFromRunToRun() {
        #expect(MeetingKey(source: "/cal/work.ics", uid: "sync", recurrence: "20261204T130000Z").short == "2a95193d", "FNV-1a, as Python computes it")
    }
}

struct BriefTests {
    let now = Date(timeIntervalSince1970: 1_796_400_000)

    func person(_ id: ColleagueID, valued: String = "", agenda: String = "") -> Brief.Person {
        Brief.Person(
            colleague: Colleague(id: id, name: "Person \(id)", agenda: agenda, valuedInfo: valued), balance: Balance(), promises: [],
            needs: [], lastInformationShared: nil, recent: [])
    }

    @Test func aBriefOfManyKeepsToOneScreenAndNamesTheRest() {
        let brief = Brief(meeting: nil, people: (1...6).map { person($0) })
        let lines = brief.screen(rows: 24, now: now)
        #expect(lines.count <= 24)
        #expect(lines.last?.hasPrefix("And Person 3, Person 4, Person 5, Person 6: rapport brief NAME") == true)
        #expect(Brief(meeting: nil, people: [person(1)]).screen(rows: 24, now: now) == Brief(meeting: nil, people: [person(1)]).lines(now: now))
    }

    /// The brief is counted in lines, on screen and in Markdown: text written over several lines
    /// (a note, a need, a promise) stays on its line.
    @Test func eachLineOfABriefIsOneLine() {
        var person = person(1, valued: "Headcount plans")
        person.needs = [Need(id: 1, colleagueID: 1, what: "a budget\r\nsign-off", dueAt: now, createdAt: now)]
        person.promises = [Promise(id: 1, colleagueID: 1, direction: .mine, what: "the\ndeck", dueAt: now, createdAt: now)]
        person.recent = [Interaction(id: 1, occurredAt: now, colleagueIDs: [1], direction: .gave, kind: .info, note: "sent\r\nthe numbers")]
        person.lastInformationShared = person.recent[0]
        for markdown in [false, true] {
            let lines = Brief(meeting: nil, people: [person]).lines(now: now, markdown: markdown)
            #expect(!lines.contains { $0.contains(where: \.isNewline) }, "\(lines)")
            #expect(lines.contains { $0.contains("“a budget sign-off”") } && lines.contains { $0.contains("sent the numbers") })
        }
    }

    @Test func theSuggestionKeepsYourWordFirstThenFeedsBeforeANeed() {
        var owed = person(1, valued: "Headcount plans")
        owed.promises = [Promise(id: 1, colleagueID: 1, direction: .mine, what: "the deck", dueAt: now, createdAt: now)]
        #expect(owed.suggestion(now: now) == "Deliver what you promised Person, “the deck”, or say when you will.")
        var needed = person(1, valued: "Headcount plans")
        needed.needs = [Need(id: 1, colleagueID: 1, what: "a budget sign-off", dueAt: now, createdAt: now)]
        #expect(needed.suggestion(now: now) == "You will need “a budget sign-off” from Person: share “headcount plans” first, before you ask.")
        #expect(person(1, valued: "Headcount plans").suggestion(now: now) == "Bring Person something on “headcount plans”: nothing asked in return.")
        #expect(person(1).suggestion(now: now).hasPrefix("Ask Person what information would help them most"))
    }
}
