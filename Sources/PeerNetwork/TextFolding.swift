import Foundation

extension String {
    /// Lower-cased and accent-free, so `zoe` finds `Zoë` and `ÉLODIE` finds `Élodie`.
    public var folded: String {
        folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
    }

    public var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
