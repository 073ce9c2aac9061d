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
        switch format {
        case .vcard: try VCardReader.read(text, file: file)
        case .csv: try ContactCSV.read(text, file: file, map: map)
        case .json: throw ImportIssue(SourceLocation(file: file, line: 1), "a Rapport JSON export is a whole network, not a list of contacts")
        }
    }
}
