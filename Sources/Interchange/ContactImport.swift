import PeerNetwork
/// The formats `rapport import` reads, told apart by their content rather than their name.
public enum ImportFormat: String, CaseIterable, Sendable {
    case vcard, csv, json

    public static func detect(_ text: String) -> ImportFormat {
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if start.prefix(11).uppercased() == "BEGIN:VCARD" { return .vcard }
        if start.first == "{" { return .json }
        return .csv
    }
}

/// Contacts from one file's text, in a given format.
public enum ContactImport {
    public static func read(_ text: String, file: String, format: ImportFormat, map: String? = nil) throws -> ContactFile {
        // An empty file is empty whatever its name says, not a CSV with no header row.
        guard text.contains(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }) else {
            throw ImportIssue(SourceLocation(file: file, line: 1), "the file is empty: nothing to import")
        }
        let contacts: ContactFile = switch format {
        case .vcard: try VCardReader.read(text, file: file)
        case .csv: try ContactCSV.read(text, file: file, map: map)
        case .json: throw ImportIssue(SourceLocation(file: file, line: 1), "a Rapport JSON export is a whole network, not a list of contacts")
        }
        // Refused here, where the contact's line is known, rather than by the store.
        for record in contacts.records {
            do {
                try UnstorableText.check(record.textFields)
            } catch {
                // A record's source is its location's description, FILE:LINE.
                let colon = record.source.lastIndex(of: ":") ?? record.source.endIndex
                let line = Int(record.source[colon...].dropFirst()) ?? 1
                throw ImportIssue(SourceLocation(file: String(record.source[..<colon]), line: line), error.description)
            }
        }
        return contacts
    }
}
