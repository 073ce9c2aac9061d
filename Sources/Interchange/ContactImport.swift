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
        var records: [ImportCandidate] = []
        var result = try read(text, file: file, format: format, map: map) { records.append($0) }
        result.records = records
        return result
    }

    /// Hands each contact to `each` as it is read; the returned file holds what was skipped and
    /// what was not imported. A contact with text the store cannot keep is refused here, where
    /// its line is known.
    public static func read(
        _ text: String, file: String, format: ImportFormat, map: String? = nil, each: (ImportCandidate) throws -> Void
    ) throws -> ContactFile {
        // An empty file is empty whatever its name says, not a CSV with no header row.
        guard text.contains(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }) else {
            throw ImportIssue(SourceLocation(file: file, line: 1), "the file is empty: nothing to import")
        }
        func checked(_ record: ImportCandidate) throws {
            do {
                try UnstorableText.check(record.colleague.textFields)
            } catch {
                // A record's source is its location's description, FILE:LINE.
                let colon = record.source.lastIndex(of: ":") ?? record.source.endIndex
                let line = Int(record.source[colon...].dropFirst()) ?? 1
                throw ImportIssue(SourceLocation(file: String(record.source[..<colon]), line: line), error.description)
            }
            try each(record)
        }
        switch format {
        case .vcard: return try VCardReader.read(text, file: file, each: checked)
        case .csv: return try ContactCSV.read(text, file: file, map: map, each: checked)
        case .json: throw ImportIssue(SourceLocation(file: file, line: 1), "a Rapport JSON export is a whole network, not a list of contacts")
        }
    }
}
