import TerminalUI

/// Where a binding applies: everywhere, or on one screen.
public enum BindingContext: Hashable, Sendable {
    case global
    case screen(ScreenID)

    public var title: String {
        switch self {
        case .global: "Everywhere"
        case .screen(let screen): screen.title
        }
    }
}

/// One key binding: keys, what they do, the help text, and whether the status bar shows it.
public struct Binding: Sendable {
    public var keys: [Key]
    public var command: Command
    public var help: String
    public var contexts: [BindingContext]
    /// The few words the status bar shows; nil keeps the binding out of the status bar.
    public var statusLabel: String?

    public init(keys: [Key], command: Command, help: String, contexts: [BindingContext], statusLabel: String? = nil) {
        self.keys = keys
        self.command = command
        self.help = help
        self.contexts = contexts
        self.statusLabel = statusLabel
    }

    public var keyLabel: String { keys.map(\.label).joined(separator: "/") }
}

/// The bindings as data: key lookup, the help overlay and the status bar all read this one list.
public enum Keymap {
    static let lists: [BindingContext] = [.screen(.colleagues), .screen(.map), .screen(.log), .screen(.detail), .screen(.review), .screen(.team)]
    /// Screens where a colleague is selected or open.
    static let aboutColleague: [BindingContext] = [.screen(.colleagues), .screen(.map), .screen(.detail), .screen(.review)]

    public static let bindings: [Binding] = [
        // On the map the arrows move across the grid; j and k keep the reading order.
        Binding(keys: [.left], command: .mapStep(dx: -1, dy: 0), help: "To the nearest colleague left (less trust)", contexts: [.screen(.map)]),
        Binding(keys: [.right], command: .mapStep(dx: 1, dy: 0), help: "To the nearest colleague right (more trust)", contexts: [.screen(.map)]),
        Binding(keys: [.up], command: .mapStep(dx: 0, dy: 1), help: "To the nearest colleague up (more vital)", contexts: [.screen(.map)]),
        Binding(keys: [.down], command: .mapStep(dx: 0, dy: -1), help: "To the nearest colleague down (less vital)", contexts: [.screen(.map)]),
        Binding(keys: [.char("j")], command: .moveDown, help: "Move down", contexts: lists),
        Binding(keys: [.char("k")], command: .moveUp, help: "Move up", contexts: lists),
        Binding(keys: [.down], command: .moveDown, help: "Move down", contexts: lists.filter { $0 != .screen(.map) }),
        Binding(keys: [.up], command: .moveUp, help: "Move up", contexts: lists.filter { $0 != .screen(.map) }),
        Binding(keys: [.char("g"), .home], command: .top, help: "First row", contexts: lists),
        Binding(keys: [.char("G"), .end], command: .bottom, help: "Last row", contexts: lists),
        Binding(keys: [.pageDown, .control("f")], command: .pageDown, help: "Page down", contexts: lists),
        Binding(keys: [.pageUp, .control("b")], command: .pageUp, help: "Page up", contexts: lists),
        Binding(keys: [.enter], command: .open, help: "Open colleague", contexts: [.screen(.colleagues), .screen(.map), .screen(.log), .screen(.review)], statusLabel: "open"),
        Binding(keys: [.char("/")], command: .filter, help: "Filter", contexts: [.screen(.colleagues), .screen(.log)], statusLabel: "filter"),
        Binding(keys: [.char("s")], command: .cycleSort, help: "Sort by next column", contexts: [.screen(.colleagues)], statusLabel: "sort"),
        Binding(keys: [.char("S")], command: .reverseSort, help: "Reverse sort", contexts: [.screen(.colleagues)]),
        Binding(keys: [.char(".")], command: .toggleArchived, help: "Show or hide archived", contexts: [.screen(.colleagues), .screen(.map)], statusLabel: "archived"),
        Binding(keys: [.enter], command: .editInteraction, help: "Edit the selected interaction", contexts: [.screen(.detail)], statusLabel: "edit entry"),
        Binding(keys: [.char("l")], command: .quickLog, help: "Quick-log an interaction", contexts: [.global], statusLabel: "log"),
        Binding(keys: [.char(" ")], command: .toggleMark, help: "Mark or unmark for one action on several: A archives, D deletes, T tags, X exports them", contexts: [.screen(.colleagues)], statusLabel: "mark"),
        Binding(keys: [.char("T")], command: .tagMarked, help: "Tag the marked colleagues (or the selected one)", contexts: [.screen(.colleagues)], statusLabel: "tag"),
        Binding(keys: [.char("X")], command: .exportMarked, help: "Export the marked colleagues (or the selected one) as a vCard file here", contexts: [.screen(.colleagues)], statusLabel: "export"),
        Binding(keys: [.char("a")], command: .add, help: "Add a colleague", contexts: [.screen(.colleagues)], statusLabel: "add"),
        Binding(keys: [.char("x")], command: .decide(.done), help: "Done: the card, or one reason of an open card (back in 4 weeks if still true; on their promise: checked in, back in a week)", contexts: [.screen(.review)], statusLabel: "done"),
        Binding(keys: [.char("z")], command: .decide(.snoozed), help: "Snooze the review item for a week", contexts: [.screen(.review)], statusLabel: "snooze"),
        Binding(keys: [.char("d")], command: .decide(.dismissed), help: "Dismiss the review item for good", contexts: [.screen(.review)], statusLabel: "dismiss"),
        Binding(keys: [.char(" ")], command: .toggleCard, help: "Open or fold a card: list its reasons, to decide one alone", contexts: [.screen(.review)], statusLabel: "open card"),
        Binding(keys: [.char("Z")], command: .snoozeKind, help: "Snooze every item of this kind for a week", contexts: [.screen(.review)], statusLabel: "snooze kind"),
        Binding(keys: [.char("K")], command: .keepPromise, help: "Mark the card's promise kept (yours or theirs)", contexts: [.screen(.review)], statusLabel: "kept"),
        Binding(keys: [.char(".")], command: .toggleHiddenItems, help: "Show or hide done, snoozed and dismissed items", contexts: [.screen(.review)], statusLabel: "hidden"),
        Binding(keys: [.char("R")], command: .bringBack, help: "Bring a done, snoozed or dismissed item back", contexts: [.screen(.review)], statusLabel: "bring back"),
        Binding(keys: [.char("e")], command: .edit, help: "Edit the colleague", contexts: [.screen(.colleagues), .screen(.map), .screen(.detail)], statusLabel: "edit"),
        Binding(keys: [.char("E")], command: .editNotes, help: "Edit notes in $EDITOR", contexts: aboutColleague, statusLabel: "notes"),
        Binding(keys: [.char("r")], command: .rate, help: "Re-rate the colleague", contexts: aboutColleague, statusLabel: "rate"),
        Binding(keys: [.char("t")], command: .stance, help: "Set the stance", contexts: aboutColleague, statusLabel: "stance"),
        Binding(keys: [.char("n")], command: .addNeed, help: "Add a need: what you will need from them, by when", contexts: aboutColleague, statusLabel: "need"),
        Binding(keys: [.char("c")], command: .commitments, help: "Needs and promises: mark one met or kept", contexts: [.screen(.detail)], statusLabel: "needs & promises"),
        Binding(keys: [.char("p")], command: .addPromise, help: "Add a promise, yours or theirs (Tab switches)", contexts: aboutColleague, statusLabel: "promise"),
        Binding(keys: [.char("A")], command: .archive, help: "Archive or restore", contexts: [.screen(.colleagues), .screen(.detail)], statusLabel: "archive"),
        Binding(keys: [.char("D")], command: .delete, help: "Delete (asks first)", contexts: [.screen(.colleagues), .screen(.log), .screen(.detail)], statusLabel: "delete"),
        Binding(keys: [.char("m")], command: .meetings, help: "Meetings from your calendar to log", contexts: [.global]),
        Binding(keys: [.char("b")], command: .brief, help: "Brief before a meeting", contexts: [.global], statusLabel: "brief"),
        Binding(keys: [.char("u")], command: .undo, help: "Undo the last change", contexts: [.global], statusLabel: "undo"),
        Binding(keys: [.escape], command: .back, help: "Back / clear filter", contexts: [.global]),
        Binding(keys: [.char("1")], command: .show(.colleagues), help: "Colleagues screen", contexts: [.global]),
        Binding(keys: [.char("2")], command: .show(.map), help: "Map screen", contexts: [.global]),
        Binding(keys: [.char("3")], command: .show(.log), help: "Log screen", contexts: [.global]),
        Binding(keys: [.char("4"), .char("w")], command: .show(.review), help: "Weekly review", contexts: [.global]),
        Binding(keys: [.char("5")], command: .show(.team), help: "Team: the mutual-aid board", contexts: [.global]),
        Binding(keys: [.char("c")], command: .confirmTeamExchange, help: "Confirm the selected exchange (your side)", contexts: [.screen(.team)], statusLabel: "confirm"),
        Binding(keys: [.char("L")], command: .copyTeamExchange, help: "Copy the selected confirmed exchange into your own log", contexts: [.screen(.team)], statusLabel: "copy to log"),
        Binding(keys: [.char("r")], command: .syncTeam, help: "Sync with the team's server now", contexts: [.screen(.team)], statusLabel: "sync"),
        Binding(keys: [.control("p")], command: .toggleRedact, help: "Redact for screen-sharing: initials, no notes or ratings", contexts: [.global]),
        Binding(keys: [.control("l")], command: .redraw, help: "Redraw the screen", contexts: [.global]),
        Binding(keys: [.char(":")], command: .palette, help: "Command palette: every action here, found as you type", contexts: [.global], statusLabel: "palette"),
        Binding(keys: [.char("?")], command: .help, help: "Help: all keys", contexts: [.global], statusLabel: "help"),
        Binding(keys: [.char("q")], command: .quit, help: "Quit (or close popup)", contexts: [.global], statusLabel: "quit"),
    ]

    /// The command `key` means on `screen`; screen bindings win over global ones.
    public static func command(for key: Key, on screen: ScreenID) -> Command? {
        let matching = bindings.filter { $0.keys.contains(key) }
        return (matching.first { $0.contexts.contains(.screen(screen)) } ?? matching.first { $0.contexts.contains(.global) })?.command
    }

    /// Bindings shown in the status bar on `screen`, screen ones first.
    public static func statusBarBindings(on screen: ScreenID) -> [Binding] {
        let visible = bindings.filter { $0.statusLabel != nil }
        return visible.filter { $0.contexts.contains(.screen(screen)) } + visible.filter { $0.contexts.contains(.global) }
    }

    /// Help overlay sections in order of first appearance, titled by where their keys work.
    public static var helpSections: [(title: String, bindings: [Binding])] {
        var sections: [(title: String, bindings: [Binding])] = []
        for binding in bindings {
            let title = binding.contexts == lists ? "In every list" : binding.contexts.map(\.title).joined(separator: ", ")
            if let index = sections.firstIndex(where: { $0.title == title }) {
                sections[index].bindings.append(binding)
            } else {
                sections.append((title, [binding]))
            }
        }
        return sections
    }
}
