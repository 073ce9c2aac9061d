import Foundation
import Synchronization
import Testing
@testable import PeerNetwork

@Suite struct QuickLogParserTests {
    // Tuesday 2026-11-24, 15:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_532_400)
    static var calendar: Calendar {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }
    let parser = QuickLogParser(
        candidates: [
            QuickLogCandidate(id: 1, name: "Dana Whitfield", tags: ["finance"]),
            QuickLogCandidate(id: 2, name: "Zoë Laurent", tags: ["finance", "emea"]),
            QuickLogCandidate(id: 3, name: "Daniel Okafor"),
            QuickLogCandidate(id: 4, name: "Lee Park"),
            QuickLogCandidate(id: 5, name: "李娜"),
            QuickLogCandidate(id: 6, name: "Sam Lee"),
            QuickLogCandidate(id: 7, name: "Sam Lee"),
            QuickLogCandidate(id: 8, name: "Helena Costa"),
        ],
        now: now, calendar: calendar)

    @Test func theIssueExample() throws {
        let entry = try parser.parse("dana gave info 30m shared the Q3 churn numbers")
        #expect(entry.colleagues.map(\.id) == [1])
        #expect(entry.direction == .gave)
        #expect(entry.kind == .info)
        #expect(entry.minutes == 30)
        #expect(entry.occurredAt == Self.now)
        #expect(entry.note == "shared the Q3 churn numbers")
    }

    /// An unknown full name is the name the form is offered with, not its first word, so the
    /// line logged once they are added keeps its direction, kind, duration and note.
    @Test func anUnknownFullNameIsTakenWhole() {
        #expect(throws: QuickLogError.unknownName("Newbie Person")) { try parser.parse("Newbie Person gave help 30m onboarding chat") }
        #expect(throws: QuickLogError.unknownName("Newbie Van Person")) { try parser.parse("Newbie Van Person great chat today") }
        #expect(throws: QuickLogError.unknownName("newbie")) { try parser.parse("newbie great chat today") }
        #expect(throws: QuickLogError.unknownName("Newbie")) { try parser.parse("Newbie gave") }
    }

    @Test func keywordsComeInAnyOrder() throws {
        let entry = try parser.parse("dana 1h30m help yesterday + reviewed her deck")
        #expect(entry.direction == .gave)
        #expect(entry.kind == .help)
        #expect(entry.minutes == 90)
        #expect(entry.note == "reviewed her deck")
        #expect(Self.calendar.component(.day, from: entry.occurredAt) == 23)
    }

    @Test func defaultsAreMutualMeetingNow() throws {
        let entry = try parser.parse("lee")
        #expect(entry.direction == .mutual)
        #expect(entry.kind == .meeting)
        #expect(entry.minutes == nil)
        #expect(entry.note == "")
    }

    @Test func fullNameWithSpacesMatches() throws {
        let entry = try parser.parse("Dana Whitfield got feedback on my plan")
        #expect(entry.colleagues.map(\.id) == [1])
        #expect(entry.direction == .received)
        #expect(entry.note == "on my plan")
    }

    @Test func accentInsensitivePrefix() throws {
        #expect(try parser.parse("zoe = intro").colleagues.map(\.id) == [2])
        #expect(try parser.parse("ZOË - recognition").direction == .received)
    }

    @Test func wideCharacterName() throws {
        #expect(try parser.parse("李 gave help").colleagues.map(\.id) == [5])
    }

    @Test func severalColleaguesAndTags() throws {
        let entry = try parser.parse("dana, lee mutual meeting sync")
        #expect(entry.colleagues.map(\.id) == [1, 4])
        let tagged = try parser.parse("@finance gave info budget deck")
        #expect(tagged.colleagues.map(\.id) == [1, 2])
        #expect(try parser.parse("@FINANCE zoe info").colleagues.map(\.id) == [1, 2])
    }

    @Test func ambiguousPrefixListsCandidates() {
        #expect(throws: QuickLogError.ambiguousName("Dan", candidates: ["Dana Whitfield", "Daniel Okafor"])) {
            try parser.parse("Dan gave help")
        }
    }

    @Test func identicalNamesAreAmbiguousWithIds() {
        #expect(throws: QuickLogError.ambiguousName("sam lee", candidates: ["Sam Lee (#6)", "Sam Lee (#7)"])) {
            try parser.parse("sam lee gave help")
        }
    }

    @Test func unknownNameAndTag() {
        #expect(throws: QuickLogError.unknownName("Quentin")) { try parser.parse("Quentin gave help") }
        #expect(throws: QuickLogError.unknownTag("legal")) { try parser.parse("@legal gave help") }
        #expect(throws: QuickLogError.missingColleague(found: "gave")) { try parser.parse("gave help") }
        #expect(throws: QuickLogError.empty) { try parser.parse("   ") }
    }

    @Test func surnamePrefixMatchesWhenNoFirstNameDoes() throws {
        #expect(try parser.parse("okafor gave help").colleagues.map(\.id) == [3])
    }

    @Test func keywordAfterNameWinsOverAName() throws {
        // "help" is a kind here, not a prefix of Helena.
        let entry = try parser.parse("dana help")
        #expect(entry.colleagues.map(\.id) == [1])
        #expect(entry.kind == .help)
    }

    @Test func repeatedKeywordIsAnError() {
        #expect(throws: QuickLogError.repeated(what: "direction", first: "gave", second: "got")) {
            try parser.parse("dana gave got help")
        }
    }

    @Test(arguments: [("30m", 30), ("45min", 45), ("1h", 60), ("1h30m", 90), ("2h15", 135), ("24h", 1440)])
    func durations(token: String, minutes: Int) throws {
        #expect(try parser.parse("dana \(token)").minutes == minutes)
    }

    @Test(arguments: ["0m", "25h", "1m1h", "3hh", "1h30m5m"])
    func badDurations(token: String) {
        #expect(throws: QuickLogError.badDuration(token)) { try parser.parse("dana \(token) x") }
    }

    @Test func weekdayMeansTheMostRecentPastOne() throws {
        // Now is a Tuesday: "tuesday" is a week ago, "monday" yesterday.
        let tuesday = try parser.parse("dana tuesday").occurredAt
        #expect(Self.calendar.component(.day, from: tuesday) == 17)
        let monday = try parser.parse("dana mon").occurredAt
        #expect(Self.calendar.component(.day, from: monday) == 23)
    }

    /// The first calendar in the user's time zone costs more than the rest of a parse, so a
    /// line is parsed without one unless a word is a date.
    @Test func onlyADateWordMakesACalendar() throws {
        let made = Mutex(0)
        let counting = QuickLogParser(
            candidates: parser.candidates, now: Self.now,
            calendar: { made.withLock { $0 += 1 }; return Self.calendar }())
        _ = try counting.parse("dana gave info 30m today shared 2026 numbers, 1h late")
        #expect(made.withLock { $0 } == 0)
        let entry = try counting.parse("dana yesterday")
        #expect(made.withLock { $0 } > 0)
        #expect(Self.calendar.component(.day, from: entry.occurredAt) == 23)
    }

    @Test func commasAroundAWordAreNotPartOfIt() throws {
        let entry = try parser.parse("dana,, ,lee, gave x")
        #expect(entry.colleagues.map(\.id) == [1, 4])
        #expect(entry.direction == .gave)
    }

    /// People write "30m, yesterday, pairing": the commas separate keywords as they separate
    /// names, and the note starts at the first word that is neither.
    @Test func commasAfterKeywordsAreNotPartOfThem() throws {
        let entry = try parser.parse("dana, lee got help 30m, yesterday, , pairing, on the deck")
        #expect(entry.colleagues.map(\.id) == [1, 4])
        #expect(entry.direction == .received)
        #expect(entry.kind == .help)
        #expect(entry.minutes == 30)
        #expect(Self.calendar.component(.day, from: entry.occurredAt) == 23)
        #expect(entry.note == "pairing, on the deck")
        #expect(try parser.parse("dana gave info monday, shared the churn numbers").note == "shared the churn numbers")
        #expect(throws: QuickLogError.badDuration("3hh")) { try parser.parse("dana 3hh, x") }
        #expect(throws: QuickLogError.repeated(what: "date", first: "today", second: "monday")) {
            try parser.parse("dana today, monday, x")
        }
    }

    @Test func isoDates() throws {
        let entry = try parser.parse("dana 2026-11-20 info")
        #expect(Self.calendar.component(.day, from: entry.occurredAt) == 20)
        #expect(throws: QuickLogError.badDate("2026-02-30")) { try parser.parse("dana 2026-02-30") }
        #expect(throws: QuickLogError.futureDate("2026-12-01")) { try parser.parse("dana 2026-12-01") }
    }

    @Test func noteKeepsItsOwnSpacingAndKeywordsInside() throws {
        let entry = try parser.parse("dana gave info shared  the help desk stats, 30m late")
        #expect(entry.kind == .info)
        #expect(entry.minutes == nil)
        #expect(entry.note == "shared  the help desk stats, 30m late")
    }
}

/// The forms people type (issue "Every day, at any size"): each parses, or is flagged before saving.
@Suite struct QuickLogFormsTests {
    let parser = QuickLogParser(
        candidates: [QuickLogCandidate(id: 1, name: "Kenji Watanabe"), QuickLogCandidate(id: 2, name: "Marcus Oyelaran")],
        now: QuickLogParserTests.now, calendar: QuickLogParserTests.calendar)

    @Test(arguments: [("30mins", 30), ("90min", 90), ("1.5h", 90), ("0.5h", 30), ("1h 30m", 90), ("1h30m", 90), ("2h15", 135),
                      ("1hr", 60), ("2 hours", -1), ("45 minutes", -1)])
    func durations(typed: String, minutes: Int) throws {
        let entry = try parser.parse("kenji gave help \(typed) paired on it")
        if minutes > 0 {
            #expect(entry.minutes == minutes, "\(typed)")
            #expect(entry.note == "paired on it")
        } else {
            // A number and a separate unit word is a note the preview flags ("did you mean 2m?").
            #expect(parser.suggestion(for: "kenji gave help \(typed) paired on it") != nil, "\(typed)")
        }
    }

    @Test func badDurationsAreRefusedNotNoted() {
        for typed in ["1.5m", "1..5h", "30mx", "25h", "0h"] {
            #expect(throws: QuickLogError.badDuration(typed), "\(typed)") { try parser.parse("kenji \(typed) x") }
        }
    }

    @Test func daysIncludingLastFridayAndAFlaggedTomorrow() throws {
        let calendar = QuickLogParserTests.calendar
        let friday = try parser.parse("kenji got info last friday the numbers")
        #expect(calendar.component(.weekday, from: friday.occurredAt) == 6)
        #expect(friday.note == "the numbers")
        #expect(try parser.parse("kenji yesterday x").occurredAt < QuickLogParserTests.now)
        #expect(throws: QuickLogError.futureDate("tomorrow")) { try parser.parse("kenji tomorrow x") }
    }

    @Test func verbsSayDirectionAndKind() throws {
        let helped = try parser.parse("kenji helped 30m with the export")
        #expect(helped.direction == .gave && helped.kind == .help && helped.note == "with the export")
        #expect(try parser.parse("kenji gave 30m x").direction == .gave)
        #expect(try parser.parse("kenji got x").direction == .received)
        #expect(try parser.parse("kenji gave info helped with the export").note == "helped with the export", "after a direction or kind, a verb is the note's")
        #expect(try parser.parse("kenji met at the offsite").note == "met at the offsite")
    }

    @Test func namesJoinedByCommasWithOrWithoutASpace() throws {
        #expect(try parser.parse("kenji,marcus gave help 30m x").colleagues.map(\.id) == [1, 2])
        #expect(try parser.parse("kenji, marcus gave help 30m x").colleagues.map(\.id) == [1, 2])
        #expect(try parser.parse("kenji gave 30m sent 1,000 rows, then more").note == "sent 1,000 rows, then more", "a note keeps its commas")
    }
}
