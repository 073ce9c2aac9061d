import GRDB

/// Every word of every folded name, in an FTS5 index kept by triggers on `colleague`: the
/// colleagues a quick-log line can name are a prefix lookup per word, where testing each name
/// with LIKE read all 10,000 of them for every `rapport log`. FTS5 splits names at punctuation
/// as well as spaces, so it finds a few more names than the line can match, never fewer; the
/// parser then decides among them exactly as among everyone.
enum ColleagueNameIndex {
    /// The index made again from the names, for a load without triggers.
    static func rebuild(in db: Database) throws {
        try db.execute(sql: "INSERT INTO colleague_name_word (colleague_name_word) VALUES ('rebuild')")
    }

    /// The FTS5 query for names with a word starting with `phrase` (folded; the words of a
    /// phrase of several must follow each other), or nil when it has no letter or digit, which
    /// FTS5 cannot look up: then the names are scanned.
    static func query(for phrase: String) -> String? {
        guard phrase.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) else { return nil }
        // A quoted phrase whose last token is a prefix: "o'b"* finds "o'brien".
        return SQLFragments.doubleQuoted(phrase) + "*"
    }

    /// Colleague ids whose names match `query`.
    static let matching = "c.id IN (SELECT rowid FROM colleague_name_word WHERE colleague_name_word MATCH ?)"
}
