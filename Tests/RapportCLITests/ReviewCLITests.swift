import Foundation
import Testing

/// `need`, `promise`, `review`, `week-start` and `departments`, run as a user would, at a fixed
/// moment (RAPPORT_NOW): Tuesday 2026-11-24 12:00 UTC.
@Suite struct ReviewCLITests {
    let rapport = RapportBinary()
    let at = ["RAPPORT_NOW": "2026-11-24T12:00:00Z", "TZ": "UTC"]

    @discardableResult
    func run(_ arguments: [String]) throws -> RapportBinary.Result { try rapport.run(arguments, environment: at) }

    @Test func needsAreAddedListedAndClosed() throws {
        defer { rapport.remove() }
        try run(["add", "Dana Whitfield"])
        let added = try run(["need", "add", "dana", "sign-off", "on", "the", "platform", "budget", "--by", "march"])
        #expect(added.status == 0)
        #expect(added.stdout == "Need #1: sign-off on the platform budget from Dana Whitfield, by 1 Mar 2027\n")
        let listed = try run(["need", "list"]).stdout
        #expect(listed.contains("#1  Dana Whitfield  1 Mar 2027  in 97 days  sign-off on the platform budget"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(try run(["need", "list", "--json"]).stdout.utf8)) as? [[String: Any]])
        #expect(json.first?["dueAt"] as? String == "2027-03-01T00:00:00Z")
        #expect((json.first?["colleague"] as? [String: Any])?["name"] as? String == "Dana Whitfield")
        #expect(try run(["need", "done", "#1"]).stdout == "Closed need #1: sign-off on the platform budget\n")
        #expect(try run(["need"]).stdout.hasPrefix("No open needs."))
        #expect(try run(["need", "list", "--all"]).stdout.contains("closed"))
    }

    @Test func needMistakesAreClearErrors() throws {
        defer { rapport.remove() }
        try run(["add", "Dana Whitfield"])
        let badDay = try run(["need", "add", "dana", "sign-off", "--by", "soonish"])
        #expect(badDay.status != 0)
        #expect(badDay.stderr.contains("--by: 'soonish' is not a date: use 2027-03-15, today, tomorrow"))
        let noDay = try run(["need", "add", "dana", "sign-off"])
        #expect(noDay.status != 0)
        #expect(noDay.stderr.contains("say by when: --by DAY, or end with by DAY"))
        #expect(try run(["need", "add", "dana", "a", "review", "by", "legal", "by", "friday"]).stdout
            == "Need #1: a review by legal from Dana Whitfield, by Fri 27 Nov\n")
        let nothing = try run(["need", "add", "dana", "--by", "friday"])
        #expect(nothing.stderr.contains("say what it is"))
        let nobody = try run(["need", "add", "zed", "x", "--by", "friday"])
        #expect(nobody.stderr.contains("no colleague matches 'zed'"))
        #expect(try run(["need", "done", "7"]).stderr.contains("no need #7"))
        #expect(try run(["need", "done", "seven"]).stderr.contains("'seven' is not a need id"))
        #expect(try run(["need", "list"]).stdout.split(separator: "\n").count == 2, "only the good one was written")
    }

    @Test func promisesGoBothWays() throws {
        defer { rapport.remove() }
        try run(["add", "Dana Whitfield"])
        #expect(try run(["promise", "add", "--to", "dana", "the", "Q3", "deck", "by", "friday"]).stdout
            == "Promise #1: You promised Dana Whitfield the Q3 deck, by Fri 27 Nov\n")
        #expect(try run(["promise", "add", "--from", "dana", "an", "intro"]).stdout == "Promise #2: Dana Whitfield promised you an intro\n")
        let both = try run(["promise", "add", "--to", "dana", "--from", "dana", "x"])
        #expect(both.status != 0)
        #expect(both.stderr.contains("a promise is yours (--to NAME) or theirs (--from NAME), not both"))
        let neither = try run(["promise", "add", "x"])
        #expect(neither.status == 64 && neither.stderr.contains("say who: --to NAME for a promise you made, or --from NAME for one made to you"))
        let listed = try run(["promise", "list"]).stdout
        #expect(listed.contains("#1  you owe   Dana Whitfield  Fri 27 Nov  in 3 days  the Q3 deck"))
        #expect(listed.contains("#2  owes you  Dana Whitfield  –"))
        let shown = try run(["show", "dana"]).stdout
        #expect(shown.contains("  You owe      the Q3 deck, due in 3 days (promise #1)"))
        #expect(shown.contains("  Owes you     an intro (promise #2)"))
        let json = try #require(try rapport.json(["show", "dana"]) as? [String: Any])
        #expect((json["promises"] as? [[String: Any]])?.count == 2)
        #expect(try run(["promise", "kept", "1"]).stdout == "Kept promise #1: the Q3 deck\n")
        #expect(try run(["promise", "delete", "#2"]).status == 0)
        #expect(try run(["promise"]).stdout.hasPrefix("No open promises."))
    }

    @Test func theDemoReviewHasEveryKindOfInsight() throws {
        defer { rapport.remove() }
        try run(["demo"])
        let output = try run(["review", "--format", "json"])
        #expect(output.status == 0)
        let review = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(review["week"] as? String == "2026-W48")
        let insights = try #require(review["insights"] as? [[String: Any]])
        let kinds = Set(insights.compactMap { $0["kind"] as? String })
        #expect(kinds == ["promise", "feed-before-need", "invest-first", "engage", "one-way", "budget", "silo", "keep-in-touch", "stale-ratings"])
        // One card per colleague: nobody appears twice.
        let cards = try #require(review["cards"] as? [[String: Any]])
        let names = cards.compactMap { ($0["colleague"] as? [String: Any])?["name"] as? String }
        #expect(Set(names).count == names.count, "\(names)")
        #expect(cards.count < insights.count)
        #expect(cards.allSatisfy { !(($0["reasons"] as? [Any]) ?? []).isEmpty })
        for insight in insights {
            #expect(insight["colleague"] is [String: Any], "every insight names a colleague: \(insight)")
        }
        #expect((review["history"] as? [Any])?.count == 8)

        let text = try run(["review"]).stdout
        #expect(text.hasPrefix("Week 2026-W48 · Mon 23 Nov – Sun 29 Nov 2026\nGiven     4 · 4h45m\n"))
        #expect(text.contains(" 1. Promise due · Zoë Laurent\n    Deliver “the EMEA usage dashboard” to Zoë, or agree a new date\n"))
        let markdown = try run(["review", "--format", "markdown"]).stdout
        #expect(markdown.hasPrefix("## Week 2026-W48 (Mon 23 Nov – Sun 29 Nov 2026)"))
        #expect(markdown.contains("""
            - [ ] Promise due — **Zoë Laurent**: Deliver “the EMEA usage dashboard” to Zoë, or agree a new date  \n\
              _You promised Zoë “the EMEA usage dashboard”, due in 2 days (Thu 26 Nov)_
            """))
        #expect(!markdown.contains("␊"), "line breaks are Markdown's, not escaped")
    }

    @Test func hiddenItemsAreListedAndCanBeRestored() throws {
        defer { rapport.remove() }
        // Rated, so no "Rate new" item joins their card.
        try run(["add", "Omar Haddad", "--stance", "anti-sponsor", "--vital", "2"])
        let key = "engage:1"
        #expect(try run(["review"]).stdout.contains(" 1. Omar Haddad\n    Invite Omar into the next discussion that touches their area, before decisions are made\n    - Engage a skeptic: anti-sponsor; never contacted\n"))
        #expect(try run(["review", "--restore", key]).stderr.contains("no done, snoozed or dismissed item has the key 'engage:1'"))
        #expect(try run(["review", "--snooze", "engage:9"]).stderr.contains("no item in this week's review has the key 'engage:9'"))
        #expect(try run(["review", "--snooze", key, "--dismiss", key]).stderr.contains("use one of --done, --snooze, --dismiss and --restore"))
        #expect(try run(["review", "--snooze", key]).stdout == "Snoozed for a week: Invite Omar into the next discussion that touches their area, before decisions are made\n")
        let text = try run(["review", "--hidden"]).stdout
        #expect(text.contains("Next actions: 1 card (1 snoozed)\n 1. Help budget · Omar Haddad"))
        #expect(text.contains("""
            Done, snoozed or dismissed (rapport review --restore KEY brings one back):
              - Engage a skeptic · Omar Haddad [snoozed until Tue 1 Dec]
                Invite Omar into the next discussion that touches their area, before decisions are made
                why: anti-sponsor; never contacted
                key: engage:1
            """))
        #expect(!(try run(["review"]).stdout.contains("key: engage:1")), "hidden items are listed only when asked for")
        let json = try run(["review", "--format", "json"]).stdout
        #expect(json.contains("\"choice\": \"snoozed\""))
        #expect(try run(["review", "--restore", key]).stdout == "Back in the queue: engage:1\n")
        #expect(try run(["review"]).stdout.contains("    - Engage a skeptic: anti-sponsor; never contacted"))
    }

    /// Someone added by hand without ratings is asked for them, as imported colleagues are;
    /// rating them ends the item.
    @Test func colleaguesAddedWithoutRatingsAreAskedFor() throws {
        defer { rapport.remove() }
        try run(["add", "Dana Whitfield"])
        try run(["add", "Lee Park", "--vital", "3"])
        let review = try run(["review"]).stdout
        #expect(review.contains("""
             2. Rate new · Dana Whitfield
                Rate the colleague you added, so the map and the review can place them
                why: Added just now with no ratings: Dana Whitfield
            """))
        #expect(!review.contains("Rate new · Lee Park"))
        let json = try run(["review", "--format", "json"]).stdout
        #expect(json.contains("\"key\": \"rate-new:"))
        try run(["rate", "dana", "--vital", "4"])
        #expect(!(try run(["review"]).stdout.contains("Rate new")))
    }

    @Test func doneOnAPromiseFromTheShellKeepsIt() throws {
        defer { rapport.remove() }
        try run(["add", "Dana Whitfield"])
        try run(["promise", "add", "--to", "dana", "the", "deck", "by", "tomorrow"])
        #expect(try run(["review", "--done", "promise:1"]).stdout.hasPrefix("Done, promise kept: Deliver “the deck” to Dana"))
        #expect(try run(["promise", "list"]).stdout.hasPrefix("No open promises."))
        #expect(try run(["promise", "list", "--all"]).stdout.contains("kept"))
    }

    @Test func pastWeeksAndWeekStarts() throws {
        defer { rapport.remove() }
        try run(["demo"])
        let past = try run(["review", "--week", "2026-W47", "--format", "json"])
        let review = try #require(try JSONSerialization.jsonObject(with: Data(past.stdout.utf8)) as? [String: Any])
        #expect(review["week"] as? String == "2026-W47")
        #expect(review["asOf"] as? String == "2026-11-22T23:59:59Z", "a past week is seen as at its end")
        #expect(try run(["review", "--week", "2026-W50"]).stderr.contains("--week 2026-W50 has not started yet"))
        #expect(try run(["review", "--week", "last"]).stderr.contains("--week 'last' is not a week like 2026-W47"))
        #expect(try run(["review", "--format", "pdf"]).status != 0)

        #expect(try run(["week-start", "sunday"]).stdout == "Weeks start on sunday\n")
        #expect(try run(["review"]).stdout.hasPrefix("Week 2026-W48 · Sun 22 Nov – Sat 28 Nov 2026"))
        #expect(try run(["week-start", "someday"]).stderr.contains("'someday' is not a weekday"))
    }

    @Test func departmentsCanBeDeclared() throws {
        defer { rapport.remove() }
        try run(["add", "Priya", "--team", "Legal", "--vital", "2"])
        let listed = try run(["departments", "--add", "Procurement"]).stdout
        #expect(listed.contains("Legal             1"))
        #expect(listed.contains("Procurement       0  yes"))
        let review = try run(["review"]).stdout
        #expect(review.contains(" 1. Priya\n    Offer Priya an hour of help this week\n    - Help budget: No help given yet\n    - Silo: No one in Procurement in your network\n"))
        #expect(try run(["departments", "--remove", "Sales"]).stderr.contains("'Sales' is not a declared department; declared: Procurement"))
        let escape = try run(["departments", "--remove", "\u{1B}[31mRed"])
        #expect(escape.stderr.contains("'␛[31mRed' is not a declared department"), "what the user typed is shown, not obeyed")
        #expect(try run(["week-start", "\u{1B}]0;x\u{07}"]).stderr.contains("'␛]0;x␇' is not a weekday"))
    }

    @Test func anUnreadableClockIsRefused() throws {
        defer { rapport.remove() }
        let result = try rapport.run(["list"], environment: ["RAPPORT_NOW": "yesterday"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("RAPPORT_NOW='yesterday' is not an ISO 8601 time"))
    }
}
