import TerminalUI

/// `:`: every action the current screen has, found by typing any letters of what it does, in
/// order ("snz" finds "Snooze the review item"), and run with Enter, as in k9s and vit.
public struct PalettePopup: Equatable, Sendable {
    public var field = TextField("")
    public var selected = 0
    /// The screen it was opened over: its actions are the ones listed.
    public var screen: ScreenID

    public init(screen: ScreenID) { self.screen = screen }

    /// The bindings that match what is typed, best first: those whose text starts with it, then
    /// those holding it, then those holding its letters in order.
    public var matches: [Binding] {
        let available = Keymap.bindings.filter { binding in
            binding.command != .palette && (binding.contexts.contains(.screen(screen)) || binding.contexts.contains(.global))
                && Keymap.command(for: binding.keys[0], on: screen) == binding.command
        }
        let typed = field.text.folded.trimmed
        guard !typed.isEmpty else { return available }
        let scored = available.compactMap { binding -> (Int, Binding)? in
            let text = (binding.help + " " + binding.keyLabel).folded
            if text.hasPrefix(typed) { return (0, binding) }
            if text.contains(typed) { return (1, binding) }
            return Self.holdsInOrder(typed, in: text) ? (2, binding) : nil
        }
        return scored.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
    }

    static func holdsInOrder(_ letters: String, in text: String) -> Bool {
        var rest = Substring(text)
        for letter in letters where letter != " " {
            guard let found = rest.firstIndex(of: letter) else { return false }
            rest = rest[rest.index(after: found)...]
        }
        return true
    }
}
