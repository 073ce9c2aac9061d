import PeerNetwork

/// The text `E` opens in $EDITOR: one section per free-text field, so long notes are written
/// in a real editor and read back by their headings, exactly: every line of a field comes back
/// as it was, `#` and `##` lines included. A heading is one of the five lines `## Values` …
/// `## Notes` exactly; a field's line that would read as one, or that starts with a backslash,
/// is written with one more backslash in front, which reading takes away.
public enum NotesDocument {
    static var sections: [(heading: String, keyPath: WritableKeyPath<Colleague, String>)] {
        [
        ("## Values", \.valuedInfo), ("## Agenda", \.agenda), ("## Motivators", \.motivators),
        ("## Demotivators", \.demotivators), ("## Notes", \.notes),
        ]
    }

    /// Why an edited document cannot be saved, at a line of it.
    public struct Problem: Error, Equatable, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line) of the notes: \(message); nothing was saved" }
    }

    public static func render(_ colleague: Colleague) -> String {
        var text = "# Notes on \(colleague.name). Edit under each heading, save and quit to keep.\n"
        text += "# Lines above the first heading are ignored; an empty file changes nothing.\n"
        text += "# A line starting with \\ loses that one \\ (it keeps a line that would read as a heading).\n"
        for section in sections {
            // An empty field has no line at all, so a line typed under its heading is all it holds.
            let field = colleague[keyPath: section.keyPath]
            text += "\n\(section.heading)\n" + (field.isEmpty ? "" : lines(of: field).map(stuffed).joined(separator: "\n") + "\n")
        }
        return text
    }

    /// Applies an edited document; sections that are missing leave their field alone.
    public static func apply(_ text: String, to colleague: Colleague) throws(Problem) -> Colleague {
        guard !text.isEmpty else { return colleague }
        var result = colleague
        var current: WritableKeyPath<Colleague, String>?
        var collected: [(WritableKeyPath<Colleague, String>, [String])] = []
        var lines = lines(of: text)
        // An editor set to save CRLF ends every line with CR, where the document's own lines
        // (its headings) end with none: that CR is the editor's, and comes off.
        if lines.dropLast(lines.last == "" ? 1 : 0).allSatisfy({ $0.unicodeScalars.last == "\r" }) {
            lines = lines.map { $0.unicodeScalars.last == "\r" ? String($0.unicodeScalars.dropLast()) : $0 }
        }
        for (index, line) in lines.enumerated() {
            if line.utf8.contains(0) { throw Problem(line: index + 1, message: "a NUL character (\\0), which cannot be stored") }
            if let section = sections.first(where: { $0.heading == line }) {
                current = section.keyPath
                collected.append((section.keyPath, []))
            } else if current != nil {
                collected[collected.count - 1].1.append(line.utf8.first == UInt8(ascii: "\\") ? String(line.unicodeScalars.dropFirst()) : line)
            }
        }
        for (keyPath, lines) in collected {
            // The blank line that separates a section from the next heading (or ends the file).
            let body = lines.last == "" ? lines.dropLast() : lines[...]
            result[keyPath: keyPath] = body.joined(separator: "\n")
        }
        return result
    }

    private static func stuffed(_ line: String) -> String {
        line.utf8.first == UInt8(ascii: "\\") || sections.contains(where: { $0.heading == line }) ? "\\" + line : line
    }

    /// Lines split at every LF byte: a CR before it stays part of the line (a `Character`
    /// split would take CR LF as one break and lose the CR), unless every line has one.
    private static func lines(of text: String) -> [String] {
        text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(Substring($0)) }
    }
}
