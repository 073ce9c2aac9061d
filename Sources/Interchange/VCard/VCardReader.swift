import PeerNetwork

/// Reads vCards 2.1, 3.0 and 4.0 as clients write them (RFC 2426, RFC 6350, and 2.1's
/// quoted-printable and CHARSET): several cards a file, CRLF or LF, folded lines, grouped
/// properties (`item1.EMAIL`), cards with no VERSION line.
public enum VCardReader {
    /// Properties that describe the card itself, not the person: not counted as lost.
    static let structural: Set<String> = ["BEGIN", "END", "VERSION", "PRODID", "REV", "N", "KIND", "SOURCE", "CLIENTPIDMAP"]

    public static func read(_ text: String, file: String) throws -> ContactFile {
        var records: [ImportCandidate] = []
        var result = try read(text, file: file) { records.append($0) }
        result.records = records
        return result
    }

    /// Hands each contact to `each` as its card ends, rather than collecting them: the returned
    /// file holds only what was skipped or not imported.
    public static func read(_ text: String, file: String, each: (ImportCandidate) throws -> Void) throws -> ContactFile {
        var result = ContactFile()
        var card: [ContentLine] = []
        var begin: Int?
        for (line, text) in ContentLine.unfold(text) {
            let content = try ContentLine.parse(text, line: line, file: file)
            // Only BEGIN and END need their value looked at here; a long NOTE is left alone.
            let marker = ["BEGIN", "END"].contains(content.name) ? content.value.trimmed.uppercased() : ""
            switch (content.name, marker) {
            case ("BEGIN", "VCARD"):
                if let begin { throw ImportIssue(SourceLocation(file: file, line: line), "a card begins before the one at line \(begin) ends (END:VCARD missing)") }
                begin = line
                card = []
            case ("END", "VCARD"):
                guard let start = begin else { throw ImportIssue(SourceLocation(file: file, line: line), "END:VCARD with no BEGIN:VCARD before it") }
                var contact = try contact(from: card, at: SourceLocation(file: file, line: start))
                for record in contact.records { try each(record) }
                contact.records = []
                result.append(contact)
                begin = nil
            default:
                guard begin != nil else {
                    throw ImportIssue(SourceLocation(file: file, line: line), "\(content.name) outside a card (BEGIN:VCARD missing)")
                }
                card.append(content)
            }
        }
        if let begin { throw ImportIssue(SourceLocation(file: file, line: begin), "this card has no END:VCARD") }
        return result
    }

    /// One card as a contact: FN (else N) the name, TITLE the role, ORG the organisation and its
    /// unit the team, the preferred EMAIL, CATEGORIES the tags, NOTE the notes, UID kept.
    static func contact(from lines: [ContentLine], at location: SourceLocation) throws -> ContactFile {
        var file = ContactFile()
        func first(_ name: String) -> ContentLine? { lines.first { $0.name == name } }
        func decoded(_ line: ContentLine) throws -> String { try VCardValue.decoded(line, file: location.file) }
        func text(_ line: ContentLine?) throws -> String {
            guard let line else { return "" }
            return VCardValue.unescaped(try decoded(line)).trimmed
        }
        var name = try text(first("FN"))
        if name.isEmpty, let structured = first("N") {
            let parts = VCardValue.components(try decoded(structured), separator: ";")
                .map { $0.trimmed }
            // given, additional, family
            name = [1, 2, 0].compactMap { parts.indices.contains($0) ? parts[$0] : nil }.filter { !$0.isEmpty }.joined(separator: " ")
        }
        guard !name.isEmpty else {
            file.skipped.append(.init(location: location, reason: "a card with no name (no FN or N)"))
            return file
        }
        var record = ImportCandidate(source: location.description, colleague: Colleague(name: name))
        record.uid = try first("UID").map { try text($0) }.map(stripURN).flatMap { $0.isEmpty ? nil : $0 }
        record.role = try text(first("TITLE") ?? first("ROLE"))
        if let org = first("ORG") {
            let parts = VCardValue.components(try decoded(org), separator: ";").map { $0.trimmed }
            record.organisation = parts[0]
            record.team = parts.count > 1 ? parts[1] : ""
        }
        let emails = lines.filter { $0.name == "EMAIL" }
        record.email = try text(emails.first(where: isPreferred) ?? emails.first)
        record.tags = try lines.filter { $0.name == "CATEGORIES" }
            .flatMap { line in VCardValue.components(try decoded(line), separator: ",") }
            .compactMap(ContactTag.normalised)
        record.archived = try first("X-RAPPORT-ARCHIVED").map { try text($0).uppercased() == "TRUE" } ?? false
        record.notes = try lines.filter { $0.name == "NOTE" }.map { line in try text(line) }.filter { !$0.isEmpty }.joined(separator: "\n")
        file.records.append(record)
        let used: Set<String> = ["FN", "UID", "TITLE", "ROLE", "ORG", "CATEGORIES", "NOTE", "X-RAPPORT-ARCHIVED"]
        for line in lines where !used.contains(line.name) && !structural.contains(line.name) {
            // Every EMAIL but the one taken is lost.
            if line.name == "EMAIL", try emails.count == 1 || text(line) == record.email { continue }
            file.notImported[line.name, default: 0] += 1
        }
        return file
    }

    /// `TYPE=pref` (3.0), a bare `PREF` (2.1), or `PREF=1` (4.0).
    static func isPreferred(_ line: ContentLine) -> Bool {
        line.parameter("TYPE").contains { $0.lowercased() == "pref" } || line.parameters["PREF"] != nil
    }

    /// A UUID written as a URN is kept as the bare UUID, as the writer's `uid` reads it back;
    /// any other UID is kept exactly as it came.
    static func stripURN(_ uid: String) -> String {
        let bare = String(uid.dropFirst(9))
        return uid.lowercased().hasPrefix("urn:uuid:") && VCardWriter.isUUID(bare) ? bare : uid
    }
}
