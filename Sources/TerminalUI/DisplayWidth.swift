/// Terminal column widths, from the Unicode Character Database (DisplayWidthTable.swift, made
/// by Scripts/generate-width-table): East Asian Wide and Fullwidth take two columns, marks and
/// format characters none, as terminals and Python's wcwidth count them. A grapheme cluster is
/// one glyph: an emoji ZWJ sequence (👩‍💻) or a flag is as wide as its first symbol, and a
/// variation selector 16 asks for the two-column emoji form (🌡 is one column, 🌡️ two).
public enum DisplayWidth {
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        // Text is measured as it will be shown: a control as the placeholder the sanitiser puts
        // in its place. Measured raw, a title with controls padded a row past its popup's border.
        if scalars.contains(where: TextSanitizer.needsReplacing) { return of(TextSanitizer.sanitize(String(character))) }
        guard let base = scalars.first(where: { of(scalar: $0) > 0 }) else { return 0 }
        if scalars.contains("\u{FE0F}"), base.properties.isEmoji { return 2 }
        return of(scalar: base)
    }

    // Inlinable, so callers in other modules get code made for their String: through the generic
    // entry point every byte goes through witness tables.
    @inlinable
    public static func of(_ text: some StringProtocol) -> Int {
        if isPrintableASCII(text) { return text.utf8.count }
        if isOneGlyphPerScalar(text) { return text.unicodeScalars.reduce(0) { $0 + of(scalar: $1) } }
        return text.reduce(0) { $0 + of($1) }
    }

    /// Printable ASCII only: one column a byte, one character a byte. Most names and every
    /// number are, and a frame at 200×50 measures a few hundred strings.
    @inlinable
    public static func isPrintableASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Every scalar is a glyph of its own, so grapheme breaking can be skipped: printable
    /// Latin before the combining marks, and the punctuation, arrows, box drawing and shapes
    /// the screens draw with (bars ▮▯, "…", "–"), minus format characters and symbol marks.
    /// Nothing here needs sanitising either.
    @inlinable
    public static func isOneGlyphPerScalar(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            let v = scalar.value
            return (0x20..<0x7F).contains(v) || (0xA0..<0x300).contains(v) && v != 0xAD
                || (0x2010..<0x2028).contains(v) || (0x2070..<0x20D0).contains(v) || (0x2100..<0x2C00).contains(v)
        }
    }

    /// One code point's columns, as a terminal counts them: controls none. They never reach
    /// the screen raw, and text (`of(_:)`) counts the placeholders shown instead.
    public static func of(scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value >= 0x20, value < 0x7F { return 1 }
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if contains(zeroWidthRanges, value) { return 0 }
        if contains(wideRanges, value) { return 2 }
        return 1
    }

    private static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0, high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < ranges[middle].lowerBound {
                high = middle - 1
            } else if value > ranges[middle].upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// Cuts `text` to at most `width` columns, ending in "…" when something was cut.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if isPrintableASCII(text) { return text.utf8.count <= width ? text : String(text.prefix(width - 1)) + "…" }
        guard of(text) > width else { return text }
        if isOneGlyphPerScalar(text) {
            var result = String.UnicodeScalarView()
            var used = 0
            for scalar in text.unicodeScalars {
                let w = of(scalar: scalar)
                if used + w > width - 1 { break }
                result.append(scalar)
                used += w
            }
            return String(result) + "…"
        }
        var result = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// Prose cut to at most `width` columns after its last whole word, ending in "…": a phrase
    /// is not cut mid-word. A first word too long for the width is cut where it must be.
    public static func truncateWords(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        var end = text.startIndex, used = 0
        for word in text.split(separator: " ") {
            used += (end == text.startIndex ? 0 : 1) + of(word)
            guard used <= width - 1 else { break }
            end = word.endIndex
        }
        return end == text.startIndex ? truncate(text, to: width) : text[..<end] + "…"
    }

    /// As many of `items` as fit in `width` columns, each whole, joined by `separator`: a line of
    /// keys on a narrow screen loses its last keys, not half a word.
    public static func joining(_ items: [String], separator: String, fitting width: Int) -> String {
        var line = ""
        for item in items {
            let next = line.isEmpty ? item : line + separator + item
            guard of(next) <= width else { break }
            line = next
        }
        return line
    }

    /// `text` cut or padded with spaces to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cut = truncate(text, to: width)
        let padding = String(repeating: " ", count: max(0, width - of(cut)))
        return alignRight ? padding + cut : cut + padding
    }
}
