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
        try tmux.waitFor("Next actions: 30")
        try tmux.waitFor("── Promise due · Zoë Laurent")

        // First item: log what was done about it; saving also marks it done.
        try tmux.press("l")
        try tmux.waitFor("Enter saves and marks the item done")
        try tmux.type("gave info 15m sent the dashboard draft")
        try tmux.waitFor("Will save: gave info · Zoë Laurent · 15m · today — sent the dashboard")
        try tmux.press("Enter")
        try tmux.waitFor("Logged and done: gave info · Zoë Laurent")
        try tmux.waitFor("Next actions: 29 (1 done, . shows them)")

        // The next item moved up under the selection: snooze it for a week.
        try tmux.waitFor("── Feed before you need · Dana Whitfield")
        try tmux.press("z")
        try tmux.waitFor("Snoozed for a week: Share churn and retention numbers")
        try tmux.waitFor("Next actions: 28 (1 done, 1 snoozed, . shows them)")
        try tmux.waitFor("── Help budget · Marcus Oyelaran")
        try tmux.press("q")

        // What was stored: the log, and both decisions, so next week starts from what is left.
        let review = try #require(try JSONSerialization.jsonObject(
            with: Data(try cli.run(["review", "--format", "json"], environment: at).stdout.utf8)) as? [String: Any])
        #expect(review["hidden"] as? [String: Int] == ["done": 1, "snoozed": 1, "dismissed": 0])
        let keys = (review["insights"] as? [[String: Any]] ?? []).compactMap { $0["key"] as? String }
        #expect(keys.count == 28)
        #expect(!keys.contains("promise:1"), "Zoë's promise item is done")
        #expect(!keys.contains("feed-before-need:1"), "Dana's need item is snoozed")
        let zoe = try #require(try cli.json(["show", "zoe"]) as? [String: Any])
        let recent = try #require(zoe["recentInteractions"] as? [[String: Any]])
        #expect(recent.first?["note"] as? String == "sent the dashboard draft")
        let nextWeek = try cli.run(["review", "--format", "json"], environment: ["RAPPORT_NOW": "2026-12-01T12:00:00Z", "TZ": "UTC"])
        #expect(nextWeek.stdout.contains("\"feed-before-need:1\""), "a snoozed item is back a week later")
    }
}
