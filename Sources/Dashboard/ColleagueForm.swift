import PeerNetwork
import TerminalUI

/// `a` and `e`: a colleague's fields in a form. Tab and Shift-Tab move between fields;
/// `Enter` validates and saves, showing problems beside the fields they concern.
public struct ColleagueForm: Equatable, Sendable {
    public enum Field: String, CaseIterable, Sendable {
        case name = "Name", role = "Role", team = "Team", email = "Email", tags = "Tags", stance = "Stance"
        case valuedInfo = "Values", agenda = "Agenda", motivators = "Motivators", demotivators = "Demotivators", notes = "Notes"

        /// The plain text fields; tags and stance are parsed.
        var keyPath: WritableKeyPath<Colleague, String>? {
            switch self {
            case .name: \.name
            case .role: \.role
            case .team: \.team
            case .email: \.email
            case .valuedInfo: \.valuedInfo
            case .agenda: \.agenda
            case .motivators: \.motivators
            case .demotivators: \.demotivators
            case .notes: \.notes
            case .tags, .stance: nil
            }
        }
    }

    /// The colleague being edited; a new one has no id.
    public var base: Colleague
    public var values: [TextField]
    public var focus = 0
    public var errors: [Field: String] = [:]

    public init(editing colleague: Colleague) {
        base = colleague
        values = Field.allCases.map { field in
            switch field {
            case .tags: TextField(colleague.tags.joined(separator: " "))
            case .stance: TextField(colleague.stance.rawValue)
            default: TextField(colleague[keyPath: field.keyPath!])
            }
        }
    }

    public var isNew: Bool { base.id == nil }

    public func text(_ field: Field) -> String { values[Field.allCases.firstIndex(of: field)!].text.trimmed }

    /// The colleague the form describes, or the errors that stop it from being saved.
    public func validated() -> Result<Colleague, FormErrors> {
        var errors: [Field: String] = [:]
        var colleague = base
        for field in Field.allCases {
            if let keyPath = field.keyPath { colleague[keyPath: keyPath] = text(field) }
        }
        if colleague.name.isEmpty { errors[.name] = "a name is needed" }
        if !colleague.email.isEmpty, !colleague.email.contains("@") { errors[.email] = "not an email address" }
        colleague.tags = text(.tags).split(whereSeparator: { $0 == " " || $0 == "," })
            .map { $0.lowercased().trimmingCharacters(in: ["@"]) }.filter { !$0.isEmpty }
        if let stance = Stance(parsing: text(.stance).isEmpty ? "unknown" : text(.stance)) {
            colleague.stance = stance
        } else {
            errors[.stance] = "one of \(Stance.spellings)"
        }
        return errors.isEmpty ? .success(colleague) : .failure(FormErrors(errors: errors))
    }

    public struct FormErrors: Error, Equatable {
        public var errors: [Field: String]
    }
}
