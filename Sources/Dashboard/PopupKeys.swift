import TerminalUI

/// The popups, for their key lists.
public enum PopupKind: String, CaseIterable, Sendable {
    case quickLog = "Quick-log popup"
    case form = "Colleague form"
    case rate = "Rating popup"
    case stance = "Stance popup"
    case commitment = "Need or promise popup"
    case commitments = "Needs and promises list"
    case confirm = "Confirmation"
    case meetings = "Meetings to log"
    case brief = "Brief"
    case palette = "Command palette"
    case tag = "Tag popup"
}

/// A key inside a popup, as data: the popup's footer and the help overlay are made from these,
/// so what a popup says it does and what the help lists cannot drift apart.
public struct PopupKey: Sendable {
    public var keys: [Key]
    /// A few words for the footer.
    public var label: String
    /// Keys that do the same (vi's h/j/k/l, q for Esc): listed in `?`, left out of the footer
    /// to keep it short.
    public var aliases: [Key]

    /// How the keys are written when not one by one ("1–5").
    public var shown: String?

    public init(_ keys: [Key], _ label: String, aliases: [Key] = [], shown: String? = nil) {
        self.keys = keys
        self.label = label
        self.aliases = aliases
        self.shown = shown
    }

    /// The footer's keys: "←/→".
    public var keyLabel: String { shown ?? keys.map(\.label).joined(separator: "/") }

    /// Every key, aliases too, as `?` lists them: "←/→/h/l".
    public var helpLabel: String { shown ?? (keys + aliases).map(\.label).joined(separator: "/") }
}

extension Keymap {
    public static let popupKeys: [PopupKind: [PopupKey]] = [
        .quickLog: [
            PopupKey([.enter], "saves"), PopupKey([.escape], "cancels"), PopupKey([.up, .down], "history"),
            PopupKey([.tab], "completes or takes a suggestion"), PopupKey([.control("u")], "clears"),
            PopupKey([.control("w")], "deletes a word"), PopupKey([.control("k")], "marks your promise kept (from a review card)"),
        ],
        .form: [
            PopupKey([.tab, .backTab], "move", aliases: [.down, .up]), PopupKey([.left, .right], "change a picker"), PopupKey([.enter], "saves"),
            PopupKey([.escape], "cancels"),
        ],
        .rate: [
            PopupKey([.left, .right], "set", aliases: [.char("h"), .char("l")]), PopupKey("12345".map { Key.char($0) }, "set", shown: "1–5"),
            PopupKey([.up, .down], "move", aliases: [.char("k"), .char("j")]), PopupKey([.enter], "saves"),
            PopupKey([.escape], "cancels", aliases: [.char("q")]),
        ],
        .stance: [
            PopupKey([.up, .down], "choose", aliases: [.char("k"), .char("j")]), PopupKey([.enter], "saves"),
            PopupKey([.escape], "cancels", aliases: [.char("q")]),
        ],
        .commitment: [PopupKey([.tab], "switches who promised"), PopupKey([.enter], "saves"), PopupKey([.escape], "cancels")],
        .commitments: [
            PopupKey([.up, .down], "choose", aliases: [.char("k"), .char("j")]), PopupKey([.enter], "marks met or kept", aliases: [.char("x")]),
            PopupKey([.escape], "closes", aliases: [.char("q")]),
        ],
        .confirm: [
            PopupKey([.char("y")], "yes", aliases: [.char("Y")]), PopupKey([.char("n"), .escape], "no", aliases: [.char("N"), .char("q")]),
        ],
        .meetings: [
            PopupKey([.enter], "logs"), PopupKey([.char("x")], "dismisses"), PopupKey([.char("M")], "mutes the series"),
            PopupKey([.char("a")], "adds who is not in your network"), PopupKey([.char("b")], "briefs"),
            PopupKey([.up, .down], "choose", aliases: [.char("k"), .char("j")]), PopupKey([.escape], "closes", aliases: [.char("q")]),
        ],
        .brief: [PopupKey([.up, .down], "scroll", aliases: [.char("k"), .char("j")]), PopupKey([.escape], "closes", aliases: [.char("q"), .char("b")])],
        .palette: [PopupKey([.enter], "runs it"), PopupKey([.up, .down], "choose"), PopupKey([.escape], "closes")],
        .tag: [PopupKey([.enter], "tags them"), PopupKey([.escape], "cancels")],
    ]

    /// What every one-line text field does besides typing (`TextField`), listed once in `?`.
    public static let textFieldKeys: [PopupKey] = [
        PopupKey([.left, .right], "move the cursor"), PopupKey([.home, .end], "start, end", aliases: [.control("a"), .control("e")]),
        PopupKey([.backspace, .delete], "delete a character"), PopupKey([.control("u")], "clears before the cursor"),
        PopupKey([.control("w")], "deletes a word"),
    ]

    /// "Enter saves · Esc cancels · ↑/↓ history": the popup's keys, as its footer shows them;
    /// `only` keeps the ones whose label starts with one of these words.
    public static func footer(_ kind: PopupKind, only: [String]? = nil) -> String {
        footerItems(kind, only: only).joined(separator: " · ")
    }

    /// The footer's keys one by one ("Enter saves"), for a line that keeps only what fits.
    public static func footerItems(_ kind: PopupKind, only: [String]? = nil) -> [String] {
        (popupKeys[kind] ?? []).filter { key in only.map { $0.contains { key.label.hasPrefix($0) } } ?? true }
            .map { "\($0.keyLabel) \($0.label)" }
    }
}
