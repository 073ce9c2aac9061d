/// Makes untrusted text (names and notes, possibly imported) safe to show in a terminal, a
/// shell or an export: C0 and C1 controls, DEL, the bidi overrides and the Unicode line and
/// paragraph separators become visible placeholders, so a `\r` cannot overwrite a row and an
/// escape sequence cannot retitle the terminal or set its clipboard. Every output path passes
/// its text through here once: the screen buffer, the command line's `print` and errors, and
/// each export format (which first escapes what it can).
public enum TextSanitizer {
    /// `keepingNewlines`: a `\n` stays a line break, for output made of lines (a page of text,
    /// Markdown, a CSV cell), and so does a `\r\n` (a note from Windows or a vCard), as a
    /// `\n`; every other control is still replaced.
    public static func sanitize(_ text: String, keepingNewlines: Bool = false) -> String {
        let replaced = { (scalar: Unicode.Scalar) in needsReplacing(scalar) && !(keepingNewlines && scalar == "\n") }
        guard text.unicodeScalars.contains(where: replaced) else { return text }
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if keepingNewlines, previous == "\r", scalar == "\n" { result.removeLast() }
            result.append(replaced(scalar) ? placeholder(for: scalar) : scalar)
            previous = scalar
        }
        return String(result)
    }

    public static func needsReplacing(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x2028 || v == 0x2029
    }

    /// C0 controls and DEL get their Unicode control pictures (␛, ␍, ␡); C1 controls, bidi
    /// overrides and the line and paragraph separators the replacement character.
    static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x20 { return Unicode.Scalar(0x2400 + v)! }
        if v == 0x7F { return "\u{2421}" }
        return "\u{FFFD}"
    }
}
