/// Writes vCard 4.0 (RFC 6350): one card a colleague, a stable UID, escaped values, lines folded
/// at 75 octets, CRLF.
public enum VCardWriter {
    public struct Card: Sendable {
        public var uid: String
        public var name: String
        public var role: String
        public var team: String
        public var email: String
        public var tags: [String]
        public var notes: String

        public init(uid: String, name: String, role: String, team: String, email: String, tags: [String], notes: String) {
            self.uid = uid
            self.name = name
            self.role = role
            self.team = team
            self.email = email
            self.tags = tags
            self.notes = notes
        }
    }

    public static func write(_ cards: [Card]) -> String {
        cards.map(card).joined()
    }

    static func card(_ card: Card) -> String {
        let escape = ContentFolding.escape
        let words = card.name.split(separator: " ").map(String.init)
        let family = words.count > 1 ? words.last! : ""
        let given = words.count > 1 ? words.dropLast().joined(separator: " ") : card.name
        var lines = [
            "BEGIN:VCARD", "VERSION:4.0",
            "UID:" + (isUUID(card.uid) ? "urn:uuid:\(card.uid)" : card.uid),
            "FN:" + escape(card.name),
            "N:\(escape(family));\(escape(given));;;",
        ]
        if !card.role.isEmpty { lines.append("TITLE:" + escape(card.role)) }
        if !card.team.isEmpty { lines.append("ORG:" + escape(card.team)) }
        if !card.email.isEmpty { lines.append("EMAIL:" + escape(card.email)) }
        if !card.tags.isEmpty { lines.append("CATEGORIES:" + card.tags.map(escape).joined(separator: ",")) }
        if !card.notes.isEmpty { lines.append("NOTE:" + escape(card.notes)) }
        lines.append("END:VCARD")
        return lines.map(ContentFolding.fold).joined()
    }

    static func isUUID(_ text: String) -> Bool {
        text.count == 36 && text.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12]
    }
}
