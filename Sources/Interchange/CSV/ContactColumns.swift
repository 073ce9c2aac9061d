import PeerNetwork

/// Which columns of a contacts CSV hold what: LinkedIn's Connections.csv, Google Contacts,
/// Outlook, or any CSV with a header through a user's `--map`.
public struct ContactColumns: Equatable, Sendable {
    public enum Field: String, CaseIterable, Sendable {
        case name, role, team, organisation, email, tags, notes, uid
    }

    public var dialect: String
    /// For each field, the columns whose non-empty values join into it (a name from first,
    /// middle and last) or, for `team`, the first that is not empty.
    var columns: [Field: [String]]
    /// Separators inside a tags cell.
    var tagSeparators: [String] = [" ::: ", ";", ","]
    /// Fields whose first non-empty column wins, instead of all of them joined.
    var firstOf: Set<Field> = [.team, .organisation, .email, .role]
    /// Columns that repeat what a mapped one holds (a name's parts beside the whole name): not
    /// reported as left out.
    var repeats: Set<String> = []
    /// Rapport's export puts a `'` before a cell a spreadsheet would run as a formula
    /// (`SpreadsheetCSV.neutralised`); reading its sheet back takes it off again.
    var writtenByRapport = false

    /// Recognises a header written by Rapport's own export, LinkedIn, Google or Outlook, or one
    /// whose columns are named as Rapport's fields.
    public static func detect(_ header: [String]) -> ContactColumns? {
        let has = Set(header)
        if header.starts(with: ["id", "name", "role", "team", "organisation", "email", "tags"]) {
            // A spreadsheet edited and brought back: the contact's fields. What Rapport works out
            // (the id, balance, last contact) is not news to it; ratings, stance and archiving
            // are reported as left out (the JSON export carries everything).
            var columns = ContactColumns(dialect: "Rapport", columns: [
                .name: ["name"], .role: ["role"], .team: ["team"], .organisation: ["organisation"], .email: ["email"], .tags: ["tags"],
            ])
            columns.tagSeparators = [" "]
            columns.repeats = ["id", "balance", "given", "received", "last contact"]
            columns.writtenByRapport = true
            return columns
        }
        if has.isSuperset(of: ["First Name", "Last Name"]), has.contains("Connected On") || has.contains("Position") {
            return ContactColumns(dialect: "LinkedIn", columns: [
                .name: ["First Name", "Last Name"], .role: ["Position"], .organisation: ["Company"], .email: ["Email Address"],
            ])
        }
        if has.contains("E-mail 1 - Value") {
            // Google's newer export (First Name, Organization Title, Labels) and its older one
            // (Given Name, Organization 1 - Title, Group Membership).
            let name = has.contains("First Name") ? ["First Name", "Middle Name", "Last Name"] : (has.contains("Name") ? ["Name"] : ["Given Name", "Additional Name", "Family Name"])
            var columns = ContactColumns(dialect: "Google Contacts", columns: [
                .name: name,
                .role: ["Organization Title", "Organization 1 - Title"],
                .team: ["Organization Department", "Organization 1 - Department"],
                .organisation: ["Organization Name", "Organization 1 - Name"],
                .email: ["E-mail 1 - Value"], .tags: ["Labels", "Group Membership"], .notes: ["Notes"],
            ])
            // The whole name is read: its parts are in it.
            columns.repeats = Set(["First Name", "Middle Name", "Last Name", "Given Name", "Additional Name", "Family Name"]).subtracting(name)
            return columns
        }
        if has.contains("E-mail Address"), has.contains("Job Title") || has.contains("Business Phone") {
            return ContactColumns(dialect: "Outlook", columns: [
                .name: ["First Name", "Middle Name", "Last Name"], .role: ["Job Title"], .team: ["Department"], .organisation: ["Company"],
                .email: ["E-mail Address"], .tags: ["Categories"], .notes: ["Notes"],
            ])
        }
        return named(header)
    }

    /// A sheet made by hand, its columns named as the fields (`Name`, `Email`, `Team`…, in any
    /// case; `Organization` too): read without `--map`, as long as one is the name.
    static func named(_ header: [String]) -> ContactColumns? {
        var columns: [Field: [String]] = [:]
        for column in header {
            let word = column.lowercased()
            guard let field = Field(rawValue: word == "organization" ? "organisation" : word), columns[field] == nil else { continue }
            columns[field] = [column]
        }
        guard columns[.name] != nil else { return nil }
        return ContactColumns(dialect: "named columns", columns: columns)
    }

    /// `name=Full Name,team=Dept,email=Mail`; `+` joins columns (`name=First+Last`).
    public static func mapping(_ text: String, header: [String]) throws -> ContactColumns {
        var columns: [Field: [String]] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let field = Field(rawValue: parts[0].lowercased()) else {
                throw MappingError("'\(pair)' is not FIELD=COLUMN; fields are \(Field.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let names = parts[1].split(separator: "+", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            for name in names where !header.contains(name) {
                throw MappingError("there is no column '\(name)'; the header has \(header.map { "'\($0)'" }.joined(separator: ", "))")
            }
            guard columns[field] == nil else {
                throw MappingError("\(field.rawValue) is mapped twice; map each field once, joining columns with + (\(field.rawValue)=First+Last)")
            }
            columns[field] = names
        }
        guard columns[.name] != nil else { throw MappingError("say which column holds the name (name=COLUMN)") }
        return ContactColumns(dialect: "CSV", columns: columns, firstOf: [])
    }

    public struct MappingError: Error, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }

    /// The header's columns Rapport has no place for; their non-empty values are counted.
    func unmapped(in header: [String]) -> Set<String> {
        Set(header).subtracting(columns.values.flatMap { $0 }).subtracting(repeats)
    }

    /// One row as a contact; nil when it has no name.
    func record(_ row: [String: String], at location: SourceLocation) -> ImportCandidate? {
        func value(_ field: Field) -> String {
            let values = (columns[field] ?? []).compactMap { row[$0]?.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
                .map { writtenByRapport && $0.hasPrefix("'") && ["=", "+", "-", "@"].contains($0.dropFirst().first) ? String($0.dropFirst()) : $0 }
            return firstOf.contains(field) ? values.first ?? "" : values.joined(separator: field == .notes ? "\n" : " ")
        }
        let name = value(.name)
        guard !name.isEmpty else { return nil }
        var tags: [String] = []
        for cell in (columns[.tags] ?? []).compactMap({ row[$0] }) {
            var parts = [cell]
            for separator in tagSeparators { parts = parts.flatMap { $0.components(separatedBy: separator) } }
            // Google's system labels ("* myContacts", "* starred") are not the user's tags.
            tags += parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.hasPrefix("*") }.compactMap(ContactTag.normalised)
        }
        // Google separates several addresses in one cell with " ::: ": the first is the main one.
        let email = value(.email).components(separatedBy: " ::: ").first ?? ""
        let uid = value(.uid)
        return ImportCandidate(source: location.description, colleague: Colleague(
            name: name, role: value(.role), team: value(.team), organisation: value(.organisation), email: email, tags: tags, notes: value(.notes),
            uid: uid.isEmpty ? nil : uid))
    }
}
