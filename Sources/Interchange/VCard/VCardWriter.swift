import PeerNetwork
import TerminalUI

/// Writes vCard 4.0 (RFC 6350): one card a colleague, a stable UID, escaped values, lines folded
/// at 75 octets, CRLF.
public enum VCardWriter {
    public static func write(_ colleagues: [Colleague]) -> String {
        colleagues.map(card).joined()
    }

    static func card(_ card: Colleague) -> String {
        let escape = ContentFolding.escape
        let words = card.name.split(separator: " ").map(String.init)
        let family = words.count > 1 ? words.last! : ""
        let given = words.count > 1 ? words.dropLast().joined(separator: " ") : card.name
        var lines = [
            "BEGIN:VCARD", "VERSION:4.0",
            "UID:" + TextSanitizer.sanitize(uid(card)),
            "FN:" + escape(card.name),
            "N:\(escape(family));\(escape(given));;;",
        ]
        if !card.role.isEmpty { lines.append("TITLE:" + escape(card.role)) }
        // ORG is the organisation, then its unit (RFC 6350 §6.6.4): "ORG:;Finance" for a team of
        // the user's own organisation.
        if !card.team.isEmpty || !card.organisation.isEmpty {
            lines.append("ORG:" + escape(card.organisation) + (card.team.isEmpty ? "" : ";" + escape(card.team)))
        }
        if !card.email.isEmpty { lines.append("EMAIL:" + escape(card.email)) }
        if !card.tags.isEmpty { lines.append("CATEGORIES:" + card.tags.map(escape).joined(separator: ",")) }
        if !card.notes.isEmpty { lines.append("NOTE:" + escape(card.notes)) }
        // An extension property (RFC 6350 §6.10): other apps ignore it, an import reads it back.
        if card.archived { lines.append("X-RAPPORT-ARCHIVED:TRUE") }
        lines.append("END:VCARD")
        return lines.map(ContentFolding.fold).joined()
    }

    /// The colleague's UID as a URI when it is a UUID; one made from the id for a colleague without.
    static func uid(_ colleague: Colleague) -> String {
        let uid = colleague.uid ?? "rapport-\(colleague.id ?? 0)"
        return isUUID(uid) ? "urn:uuid:\(uid)" : uid
    }

    static func isUUID(_ text: String) -> Bool {
        text.count == 36 && text.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12]
    }
}
