import GRDB

/// What the colleague filter searches, one text per colleague: name, team, role, agenda,
/// motivators, demotivators, valued information, notes and tags, joined by the unit separator
/// (which cannot be typed into a filter, so no match spans two fields). Kept by triggers in the
/// same transaction as every write, like `colleague_stats`. A filter keystroke then tests one
/// column per colleague instead of nine columns and a tag lookup. Since v8 the text is kept
/// lower-cased (SQLite's `lower`) and tested with `instr`.
enum ColleagueSearch {
    static let fields = ["name", "team", "role", "agenda", "motivators", "demotivators", "valued_info", "notes"]

    static func create(in db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE colleague_search (
                colleague_id INTEGER PRIMARY KEY REFERENCES colleague(id) ON DELETE CASCADE,
                text TEXT NOT NULL
            );
            \(triggers(text: text(of:)))
            """)
        try recompute(in: db)
    }

    /// Migration v8: the texts lower-cased, by the triggers and once now.
    static func lowerCase(in db: Database) throws {
        try db.execute(sql: """
            \(SQLFragments.dropTriggers(["colleague_search_insert", "colleague_search_update", "colleague_search_tag_insert", "colleague_search_tag_delete"]))
            \(triggers(text: searchText(of:)))
            """)
        try recompute(in: db)
    }

    /// The four triggers that keep the texts, each made by `text` from a colleague row.
    private static func triggers(text: (String) -> String) -> String {
        """
        CREATE TRIGGER colleague_search_insert AFTER INSERT ON colleague BEGIN
            INSERT INTO colleague_search (colleague_id, text) VALUES (NEW.id, \(text("NEW")));
        END;
        CREATE TRIGGER colleague_search_update AFTER UPDATE OF \(fields.joined(separator: ", ")) ON colleague BEGIN
            \(refresh("NEW.id", text: text))
        END;
        CREATE TRIGGER colleague_search_tag_insert AFTER INSERT ON colleague_tag BEGIN
            \(refresh("NEW.colleague_id", text: text))
        END;
        CREATE TRIGGER colleague_search_tag_delete AFTER DELETE ON colleague_tag BEGIN
            \(refresh("OLD.colleague_id", text: text))
        END;
        """
    }

    /// Every colleague's text made again: the migration's first fill, and a load without triggers.
    static func recompute(in db: Database) throws {
        try db.execute(sql: """
            DELETE FROM colleague_search;
            INSERT INTO colleague_search (colleague_id, text) SELECT c.id, \(searchText(of: "c")) FROM colleague c;
            """)
    }

    /// The filter as a condition on the colleague `c`, `filter` its parameter. Both sides go
    /// through SQLite's `lower`, so a match is what `LIKE '%filter%'` found (it folds case as
    /// `lower` does), with no wildcards to escape.
    static func condition(filter: String) -> String {
        // A lookup per listed row: a set of matching ids built first costs more for a broad filter.
        "EXISTS (SELECT 1 FROM colleague_search f WHERE f.colleague_id = c.id AND instr(f.text, lower(\(filter))) > 0)"
    }

    /// Every colleague's text worked out again, by id: what the tests compare the table with.
    static let fromColleagues = "SELECT c.id, \(searchText(of: "c")) FROM colleague c ORDER BY c.id"

    private static func searchText(of row: String) -> String { "lower(\(text(of: row)))" }

    private static func text(of row: String) -> String {
        (fields.map { "\(row).\($0)" } + ["IFNULL(\(SQLFragments.tagList(of: row)), '')"])
            .joined(separator: " || char(31) || ")
    }

    /// A colleague's text read again. A tag deleted by the cascade of a colleague's own delete
    /// finds no colleague: there is then no row left to update either.
    private static func refresh(_ id: String, text: (String) -> String) -> String {
        "UPDATE colleague_search SET text = (SELECT \(text("c")) FROM colleague c WHERE c.id = \(id)) WHERE colleague_id = \(id) AND EXISTS (SELECT 1 FROM colleague WHERE id = \(id));"
    }
}
