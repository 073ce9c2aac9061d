import Foundation

extension String {
    /// Lower-cased and accent-free, so `zoe` finds `Zoë` and `ÉLODIE` finds `Élodie`.
    public var folded: String {
        // ASCII has no accents or widths to fold: lower-casing is all there is to it, and costs a
        // fortieth of Foundation's folding, which every name and quick-log word goes through.
        if utf8.allSatisfy({ $0 < 0x80 }) { return lowercased() }
        return folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
    }

    private static let spaces = CharacterSet.whitespacesAndNewlines

    public var trimmed: String {
        // Most text has nothing to trim, and looking at its two ends is far cheaper than
        // Foundation's trim (a review trims thousands of agendas).
        // ASCII ends are looked at directly; others in Foundation's set, made once (making it
        // on every call cost more than a calendar's whole parse).
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? scalar == " " || (9...13).contains(scalar.value) : Self.spaces.contains(scalar)
        }
        guard let first = unicodeScalars.first, let last = unicodeScalars.last, isSpace(first) || isSpace(last) else { return self }
        return trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `trimmed`, and each run of white space inside made one space: a name typed
    /// "Dana  Whitfield", or pasted with a tab or a line break in it, is Dana Whitfield's.
    public var singleSpaced: String {
        // Most names are single-spaced ASCII already: one look at their bytes.
        var previous: UInt8 = 0x20
        let plain = utf8.allSatisfy { byte in
            defer { previous = byte }
            return byte > 0x20 && byte < 0x80 || byte == 0x20 && previous != 0x20
        }
        if plain, utf8.last != 0x20 { return self }
        return split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The text in one row of a list: each line break (LF, CR LF, CR or another) a space.
    public var onOneLine: String {
        // Most notes are one line: one look at their bytes.
        guard utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0x0B || $0 == 0x0C || $0 >= 0xC2 }),
              contains(where: \.isNewline) else { return self }
        return split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ")
    }
}
