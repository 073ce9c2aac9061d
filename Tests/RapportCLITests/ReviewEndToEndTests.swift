import Foundation
import Testing

/// The weekly review in the real dashboard: two queue items worked, one by logging, one by
/// snoozing; then the stored result is read back through `rapport review --format json`.
@Suite struct ReviewEndToEndTests {
    let binary = RapportBinary.executable.path
    let at = ["RAPPORT_NOW": "2026-11-24T12:00:00Z", "TZ": "UTC"]

    @Test func workTwoItemsLogOneSnoozeTheOther() throws {
        let cli = RapportBinary()
        defer { cli.remove() }
        try cli.run(["demo"], environment: at)
        let tmux = try TmuxSession(environment: at)
        try tmux.type("\(binary) --db \(cli.database)", enter: true)
        try tmux.waitFor("Anna Kowalczyk")

        try tmux.press("w")
        try tmux.waitFor("Next actions: 16 cards")
        try tmux.waitFor("── Promise due · Zoë Laurent")

        // First card: log what was done about it; saving also marks it done.
        try tmux.press("l")
        try tmux.waitFor("Quick log, from a review card")
        try tmux.press("Tab")
        try tmux.type("gave info 15m sent the dashboard draft")
        try tmux.waitFor("Will save: gave info · Zoë Laurent · 15m · today — sent the dashboard")
        // It was your promise: the popup asks whether this delivers it.
        try tmux.waitFor("Kept your promise? no, still open")
        try tmux.press("C-k")
        try tmux.waitFor("Kept your promise? yes, mark it kept")
        try tmux.press("Enter")
        try tmux.waitFor("Logged and done, promise kept: gave info · Zoë Laurent")
        // A kept promise leaves the review altogether.
        try tmux.waitFor("Next actions: 15 cards ─")

        // The next card moved up under the selection: snooze it, all four reasons, for a week.
        try tmux.waitFor("── Feed before you need · Dana Whitfield · 4 reasons")
        try tmux.press("z")
        try tmux.waitFor("Snoozed for a week: Dana Whitfield, 4 reasons")
        try tmux.waitFor("Next actions: 14 cards (4 snoozed, . shows them)")
        try tmux.waitFor("── Help budget · Marcus Oyelaran · 2 reasons")
        try tmux.press("q")

        // What was stored: the log, and both decisions, so next week starts from what is left.
        let review = try #require(try JSONSerialization.jsonObject(
            with: Data(try cli.run(["review", "--format", "json"], environment: at).stdout.utf8)) as? [String: Any])
        #expect(review["hidden"] as? [String: Int] == ["done": 0, "snoozed": 4, "dismissed": 0])
        let keys = (review["insights"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }
        #expect(!keys.contains { $0.hasSuffix(":1") && !$0.hasPrefix("promise") }, "every reason on Dana's card is snoozed")
        #expect(!keys.contains("promise:1"), "Zoë's promise item is done")
        #expect(!keys.contains("feed-before-need:1"), "Dana's need item is snoozed")
        let zoe = try #require(try cli.json(["show", "zoe"]) as? [String: Any])
        let recent = try #require(zoe["recentInteractions"] as? [[String: Any]])
        #expect(recent.first?["note"] as? String == "sent the dashboard draft")
        let nextWeek = try cli.run(["review", "--format", "json"], environment: ["RAPPORT_NOW": "2026-12-01T12:00:00Z", "TZ": "UTC"])
        #expect(nextWeek.stdout.contains("\"feed-before-need:1\""), "a snoozed item is back a week later")
    }
}
