import Foundation

/// What to draw when the terminal's locale is not UTF-8 (`LANG=C`): curses can then show only
/// ASCII, and any other character silently vanishes. Letters lose their accents ("Zoë" becomes
/// "Zoe"), the dashboard's glyphs get ASCII forms (bars, sparklines, arrows, boxes, points), and
/// anything else shows as "?", so no name loses a letter without a trace.
public enum ASCIIFallback {
    static let glyphs: [Character: Character] = [
        // boxes and rules
        "─": "-", "│": "|", "┈": "-", "┊": ":", "┌": "+", "┐": "+", "└": "+", "┘": "+",
        "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+",
        // bars, meters, sparklines (eighths from low to high)
        "▮": "#", "▯": "-", "█": "#", "░": ".", "▒": ":", "▓": "#",
        "▁": "_", "▂": ".", "▃": ":", "▄": "-", "▅": "=", "▆": "+", "▇": "*",
        // arrows and marks
        "↑": "^", "↓": "v", "←": "<", "→": ">", "⇄": "=", "−": "-", "›": ">", "‹": "<", "●": "o", "○": "o", "▸": ">", "•": "*", "✗": "x", "✓": "v",
        // punctuation
        "·": ".", "…": "~", "–": "-", "—": "-", "“": "\"", "”": "\"", "‘": "'", "’": "'", "×": "x",
        // the sanitiser's control pictures
        "␍": "?", "␛": "?", "␡": "?", "�": "?",
    ]

    public static func character(for character: Character) -> Character {
        if character.isASCII { return character }
        if let glyph = glyphs[character] { return glyph }
        // Accented letters (also when written with combining marks) and fullwidth forms.
        let folded = String(character).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        if let first = folded.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic || first.properties.numericType != nil {
            return Character(first)
        }
        return "?"
    }

    public static func text(_ text: String) -> String {
        String(text.map(character(for:)))
    }

    /// Whether the current locale encodes text as UTF-8; call after `setlocale(LC_ALL, "")`.
    public static func localeIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// The one-line hint shown when the locale is not UTF-8.
    /// Short enough for a 60-column status bar, so it is never cut.
    public static let hint = "Locale not UTF-8, accents hidden: set LANG=C.UTF-8"
}
