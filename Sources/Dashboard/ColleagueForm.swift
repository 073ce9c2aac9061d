import PeerNetwork
import TerminalUI

/// `a` and `e`: a colleague's fields in a form. Tab and Shift-Tab move between fields;
/// `Enter` validates and saves, showing problems beside the fields they concern. Stance and the
/// four ratings are pickers: ←/→ change them, and a digit sets a rating.
public struct ColleagueForm: Equatable, Sendable {
    public enum Field: String, CaseIterable, Sendable {
        case name = "Name", role = "Role", team = "Team", organisation = "Organisation", email = "Email", tags = "Tags", stance = "Stance"
        case vital = "Vital", frequency = "Frequency", quality = "Quality", trust = "Trust", every = "Keep in touch"
        case valuedInfo = "Values", agenda = "Agenda", motivators = "Motivators", demotivators = "Demotivators", notes = "Notes"

        /// The rating a picker field sets.
        var dimension: RatingDimension? {
            switch self {
            case .vital: .vital
            case .frequency: .frequency
            case .quality: .quality
            case .trust: .trust
            default: nil
            }
        }

        var isPicker: Bool { self == .stance || dimension != nil }

        /// The plain text fields; tags and stance are parsed.
        var keyPath: WritableKeyPath<Colleague, String>? {
            switch self {
            case .name: \.name
            case .role: \.role
            case .team: \.team
            case .organisation: \.organisation
            case .email: \.email
            case .valuedInfo: \.valuedInfo
            case .agenda: \.agenda
            case .motivators: \.motivators
            case .demotivators: \.demotivators
            case .notes: \.notes
            case .tags, .stance, .vital, .frequency, .quality, .trust, .every: nil
            }
        }
    }

    /// The colleague being edited; a new one has no id.
    public var base: Colleague
    public var values: [TextField]
    public var focus = 0
    public var errors: [Field: String] = [:]
    public var stance: Stance
    public var ratings: Ratings
    /// Set once the store said someone with this name or email is already there: the next
    /// Enter adds them anyway.
    public var allowsDuplicate = false

    public init(editing colleague: Colleague) {
        base = colleague
        // A new colleague starts "unknown", as `rapport add` makes one: not yet assessed, which the
        // review asks about.
        stance = colleague.stance
        ratings = colleague.ratings
        values = Field.allCases.map { field in
            switch field {
            case .tags: TextField(colleague.tags.joined(separator: " "))
            case .every: TextField(colleague.contactEveryWeeks.map { $0 == 0 ? "none" : "\($0)w" } ?? "")
            default: TextField(field.keyPath.map { colleague[keyPath: $0] } ?? "")
            }
        }
    }

    public var focusedField: Field { Field.allCases[focus] }

    /// ←/→ on a picker: the next or previous stance, or a rating one step up or down.
    public mutating func step(_ delta: Int) {
        if focusedField == .stance {
            let all = Stance.allCases
            stance = all[(all.firstIndex(of: stance)! + delta + all.count) % all.count]
        } else if let dimension = focusedField.dimension {
            ratings[dimension] = min(5, max(1, (ratings[dimension] ?? (delta > 0 ? 0 : 6)) + delta))
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
        colleague.stance = stance
        colleague.ratings = ratings
        if let every = ContactCadence.parse(text(.every)) {
            colleague.contactEveryWeeks = every
        } else {
            errors[.every] = "weeks (3w), none, or empty for the default"
        }
        return errors.isEmpty ? .success(colleague) : .failure(FormErrors(errors: errors))
    }

    public struct FormErrors: Error, Equatable {
        public var errors: [Field: String]
    }
}
