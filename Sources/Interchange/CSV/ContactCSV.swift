import PeerNetwork

/// Contacts from a CSV file: the header found (after LinkedIn's "Notes:" preamble), the columns
/// recognised or mapped, every row checked against the header's width.
public enum ContactCSV {
    public static func read(_ text: String, file: String, map: String? = nil) throws -> ContactFile {
        var records: [ImportCandidate] = []
        var result = try read(text, file: file, map: map) { records.append($0) }
        result.records = records
        return result
    }

    /// Hands each contact to `each` as its row is read, rather than collecting them.
    public static func read(_ text: String, file: String, map: String? = nil, each: (ImportCandidate) throws -> Void) throws -> ContactFile {
        let document = try CSVDocument(text, file: file)
        // The header is the first row with two or more named columns; a preamble before it
        // (LinkedIn's "Notes:" paragraph) is one text field a line.
        guard let headerIndex = document.rows.firstIndex(where: { $0.fields.filter { !$0.isEmpty }.count >= 2 }) else {
            throw ImportIssue(SourceLocation(file: file, line: 1), "no header row: a CSV import needs column names in its first row")
        }
        let headerRow = document.rows[headerIndex]
        let header = headerRow.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        let columns: ContactColumns
        if let map {
            do {
                columns = try ContactColumns.mapping(map, header: header)
            } catch let error as ContactColumns.MappingError {
                throw ImportIssue(SourceLocation(file: file, line: headerRow.line), "--map: \(error)")
            }
        } else if let detected = ContactColumns.detect(header) {
            columns = detected
        } else {
            throw ImportIssue(
                SourceLocation(file: file, line: headerRow.line),
                "not a LinkedIn, Google or Outlook export, and no column is called Name; say which columns hold what with --map name=COLUMN,team=COLUMN,... (columns: \(header.joined(separator: ", ")))")
        }
        let unmapped = columns.unmapped(in: header)
        var result = ContactFile()
        for row in document.rows[(headerIndex + 1)...] {
            let location = SourceLocation(file: file, line: row.line)
            var fields = row.fields
            // Trailing empty cells past the header are harmless; anything else means the
            // quoting went wrong, and the columns cannot be trusted.
            while fields.count > header.count, fields.last?.isEmpty == true { fields.removeLast() }
            guard fields.count == header.count else {
                throw ImportIssue(location, "expected \(header.count) fields as in the header (line \(headerRow.line)), found \(fields.count); check the quoting on this row")
            }
            let cells = Dictionary(zip(header, fields), uniquingKeysWith: { first, _ in first })
            guard let record = columns.record(cells, at: location) else {
                result.skipped.append(.init(location: location, reason: "a row with no name"))
                continue
            }
            try each(record)
            for column in unmapped where !(cells[column] ?? "").isEmpty {
                result.notImported[column, default: 0] += 1
            }
        }
        return result
    }
}
