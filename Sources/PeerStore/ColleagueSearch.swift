import GRDB

/// What the colleague filter searches, one text per colleague: name, team, role, agenda,
/// motivators, demotivators, valued information, notes and tags, joined by the unit separator
/// (which cannot be typed into a filter, so no match spans two fields). Kept by triggers in the
/// same transaction as every write, like `colleague_stats`. A filter keystroke then tests one
/// column per colleague instead of nine columns and a tag lookup. Since v9 the text is folded
/// as names are (`rapport_fold`: case, accents, widths) and tested with `instr`.
enum ColleagueSearch {
    static let fields = ["name", "team", "role", "agenda", "motivators", "demotivators", "valued_info", "notes"]

    /// Every colleague's text made again, for a load without triggers.
    static func recompute(in db: Database) throws {
        try db.execute(sql: """
            DELETE FROM colleague_search;
            INSERT INTO colleague_search (colleague_id, text) SELECT c.id, \(searchText(of: "c")) FROM colleague c;
            """)
    }

    /// The filter as a condition on the colleague `c`, `filter` its parameter, folded already
    /// (`String.folded`) as the texts are, with no wildcards to escape.
    static func condition(filter: String) -> String {
        // The matching ids are found in one pass over the texts, then tested as the list is read
        // in its own order: cheaper than a lookup into the texts for every listed row.
        "c.id IN (SELECT f.colleague_id FROM colleague_search f WHERE instr(f.text, \(filter)) > 0)"
    }

    /// Every colleague's text worked out again, by id: what the tests compare the table with.
    static let fromColleagues = "SELECT c.id, \(searchText(of: "c")) FROM colleague c ORDER BY c.id"

    private static func searchText(of row: String) -> String { "rapport_fold(\(text(of: row)))" }

    private static func text(of row: String) -> String {
        (fields.map { "\(row).\($0)" } + ["IFNULL(\(SQLFragments.tagList(of: row)), '')"])
            .joined(separator: " || char(31) || ")
    }
}
