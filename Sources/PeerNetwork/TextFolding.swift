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

    public var trimmed: String {
        // Most text has nothing to trim, and looking at its two ends is far cheaper than
        // Foundation's trim (a review trims thousands of agendas).
        let spaces = CharacterSet.whitespacesAndNewlines
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
              spaces.contains(first) || spaces.contains(last) else { return self }
        return trimmingCharacters(in: spaces)
    }
}
