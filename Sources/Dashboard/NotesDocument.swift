import PeerNetwork

/// The text `E` opens in $EDITOR: one section per free-text field, so long notes are written
/// in a real editor and read back by their headings.
public enum NotesDocument {
    static var sections: [(heading: String, keyPath: WritableKeyPath<Colleague, String>)] {
        [
        ("Values", \.valuedInfo), ("Agenda", \.agenda), ("Motivators", \.motivators),
        ("Demotivators", \.demotivators), ("Notes", \.notes),
        ]
    }

    public static func render(_ colleague: Colleague) -> String {
        var text = "# Notes on \(colleague.name). Edit under each heading, save and quit to keep.\n"
        text += "# Lines starting with # are ignored; an empty file changes nothing.\n"
        for section in sections {
            text += "\n## \(section.heading)\n\(colleague[keyPath: section.keyPath])\n"
        }
        return text
    }

    /// Applies an edited document; sections that are missing leave their field alone.
    public static func apply(_ text: String, to colleague: Colleague) -> Colleague {
        var result = colleague
        var current: WritableKeyPath<Colleague, String>?
        var collected: [WritableKeyPath<Colleague, String>: [String]] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") {
                let heading = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
                current = sections.first { $0.heading.lowercased() == heading.lowercased() }?.keyPath
                if let current { collected[current] = [] }
            } else if line.hasPrefix("#") {
                continue
            } else if let current {
                collected[current, default: []].append(String(line))
            }
        }
        for (keyPath, lines) in collected {
            result[keyPath: keyPath] = lines.joined(separator: "\n").trimmed
        }
        return result
    }
}
