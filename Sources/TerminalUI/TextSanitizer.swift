/// Makes untrusted text (names and notes, possibly imported) safe to show in a terminal, a
/// shell or an export: C0 and C1 controls, DEL and bidi overrides become visible placeholders,
/// so a `\r` cannot overwrite a row and an escape sequence cannot retitle the terminal.
public enum TextSanitizer {
    public static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsReplacing) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(needsReplacing(scalar) ? placeholder(for: scalar) : scalar)
        }
        return String(result)
    }

    public static func needsReplacing(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v)
    }

    /// C0 controls and DEL get their Unicode control pictures (␛, ␍, ␡); C1 controls and bidi
    /// overrides the replacement character.
    static func placeholder(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x20 { return Unicode.Scalar(0x2400 + v)! }
        if v == 0x7F { return "\u{2421}" }
        return "\u{FFFD}"
    }
}
