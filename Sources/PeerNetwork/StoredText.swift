/// Text is stored exactly or refused: SQLite's text binding ends a string at its first NUL, so a
/// NUL would silently cut off everything after it. Every text a write stores is checked here,
/// and a refusal names the field; the input paths add the line or the place in the file.
public struct UnstorableText: Error, Equatable, Sendable, CustomStringConvertible {
    public var field: String

    public var description: String { "\(field) contains a NUL character (\\0), which cannot be stored; nothing was saved" }

    /// Throws for the first of `fields` that cannot be stored as it is.
    public static func check(_ fields: KeyValuePairs<String, String>) throws(UnstorableText) {
        for (field, text) in fields where text.utf8.contains(0) { throw UnstorableText(field: field) }
    }
}

extension Colleague {
    /// Every text field, by the name the user knows it by.
    public var textFields: KeyValuePairs<String, String> {
        [
            "name": name, "role": role, "team": team, "organisation": organisation, "email": email, "tags": tags.joined(separator: " "),
            "notes": notes, "agenda": agenda, "motivators": motivators, "demotivators": demotivators,
            "values": valuedInfo, "uid": uid ?? "",
        ]
    }
}

extension Interaction {
    public var textFields: KeyValuePairs<String, String> { ["note": note] }
}

extension Need {
    public var textFields: KeyValuePairs<String, String> { ["need": what] }
}

extension Promise {
    public var textFields: KeyValuePairs<String, String> { ["promise": what] }
}
