import Foundation
import GRDB
import PeerNetwork

extension AppDatabase {
    /// Migrations never change once shipped: add a new one instead.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE colleague (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                    role TEXT NOT NULL DEFAULT '',
                    team TEXT NOT NULL DEFAULT '',
                    email TEXT NOT NULL DEFAULT '',
                    notes TEXT NOT NULL DEFAULT '',
                    agenda TEXT NOT NULL DEFAULT '',
                    motivators TEXT NOT NULL DEFAULT '',
                    demotivators TEXT NOT NULL DEFAULT '',
                    valued_info TEXT NOT NULL DEFAULT '',
                    stance TEXT NOT NULL DEFAULT 'unknown',
                    vital INTEGER CHECK (vital BETWEEN 1 AND 5),
                    frequency INTEGER CHECK (frequency BETWEEN 1 AND 5),
                    quality INTEGER CHECK (quality BETWEEN 1 AND 5),
                    trust INTEGER CHECK (trust BETWEEN 1 AND 5),
                    rated_at REAL,
                    archived INTEGER NOT NULL DEFAULT 0,
                    created_at REAL NOT NULL
                );
                CREATE INDEX colleague_by_name ON colleague(name COLLATE NOCASE);

                CREATE TABLE colleague_tag (
                    colleague_id INTEGER NOT NULL REFERENCES colleague(id) ON DELETE CASCADE,
                    tag TEXT NOT NULL COLLATE NOCASE,
                    PRIMARY KEY (colleague_id, tag)
                ) WITHOUT ROWID;
                CREATE INDEX colleague_tag_by_tag ON colleague_tag(tag);

                CREATE TABLE rating_change (
                    id INTEGER PRIMARY KEY,
                    colleague_id INTEGER NOT NULL REFERENCES colleague(id) ON DELETE CASCADE,
                    dimension TEXT NOT NULL,
                    value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),
                    changed_at REAL NOT NULL
                );
                CREATE INDEX rating_change_by_colleague ON rating_change(colleague_id, changed_at);

                CREATE TABLE stance_change (
                    id INTEGER PRIMARY KEY,
                    colleague_id INTEGER NOT NULL REFERENCES colleague(id) ON DELETE CASCADE,
                    stance TEXT NOT NULL,
                    changed_at REAL NOT NULL
                );
                CREATE INDEX stance_change_by_colleague ON stance_change(colleague_id, changed_at);

                CREATE TABLE interaction (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    occurred_at REAL NOT NULL,
                    direction TEXT NOT NULL CHECK (direction IN ('gave', 'received', 'mutual')),
                    kind TEXT NOT NULL,
                    minutes INTEGER CHECK (minutes IS NULL OR minutes > 0),
                    note TEXT NOT NULL DEFAULT ''
                );
                CREATE INDEX interaction_by_time ON interaction(occurred_at, direction, minutes);

                -- One row per colleague in an interaction. Time, direction and minutes are copied
                -- here so per-colleague balance and last contact are covering-index range scans.
                CREATE TABLE participant (
                    interaction_id INTEGER NOT NULL REFERENCES interaction(id) ON DELETE CASCADE,
                    colleague_id INTEGER NOT NULL REFERENCES colleague(id) ON DELETE CASCADE,
                    occurred_at REAL NOT NULL,
                    direction TEXT NOT NULL,
                    minutes INTEGER,
                    PRIMARY KEY (interaction_id, colleague_id)
                ) WITHOUT ROWID;
                CREATE INDEX participant_by_colleague ON participant(colleague_id, occurred_at, direction, minutes);
                CREATE INDEX participant_by_time ON participant(occurred_at, colleague_id, direction, minutes);

                CREATE TABLE setting (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: """
                CREATE TABLE need (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    colleague_id INTEGER NOT NULL REFERENCES colleague(id) ON DELETE CASCADE,
                    what TEXT NOT NULL CHECK (length(trim(what)) > 0),
                    due_at REAL NOT NULL,
                    created_at REAL NOT NULL,
                    closed_at REAL
                );
                CREATE INDEX need_by_colleague ON need(colleague_id, due_at);

                CREATE TABLE promise (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    colleague_id INTEGER NOT NULL REFERENCES colleague(id) ON DELETE CASCADE,
                    direction TEXT NOT NULL CHECK (direction IN ('mine', 'theirs')),
                    what TEXT NOT NULL CHECK (length(trim(what)) > 0),
                    due_at REAL,
                    created_at REAL NOT NULL,
                    kept_at REAL
                );
                CREATE INDEX promise_by_colleague ON promise(colleague_id, due_at);

                -- What the user decided about a review insight, by the insight's stable key.
                CREATE TABLE review_decision (
                    key TEXT PRIMARY KEY NOT NULL,
                    choice TEXT NOT NULL CHECK (choice IN ('done', 'snoozed', 'dismissed')),
                    decided_at REAL NOT NULL,
                    until REAL
                ) WITHOUT ROWID;

                -- Departments the user wants ties to, whether or not anyone there is in the network yet.
                CREATE TABLE department (
                    name TEXT PRIMARY KEY NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v3") { db in
            // History rows get AUTOINCREMENT ids: a plain rowid is handed out again after a delete,
            // so a newer rating could take the id of a deleted one, and undoing that delete (which
            // puts rows back with their ids) would collide with it.
            for (table, columns, index) in [
                ("rating_change", "dimension TEXT NOT NULL, value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5)", "rating_change_by_colleague"),
                ("stance_change", "stance TEXT NOT NULL", "stance_change_by_colleague"),
            ] {
                try db.execute(sql: """
                    CREATE TABLE \(table)_v3 (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        colleague_id INTEGER NOT NULL REFERENCES colleague(id) ON DELETE CASCADE,
                        \(columns),
                        changed_at REAL NOT NULL
                    );
                    INSERT INTO \(table)_v3 SELECT * FROM \(table);
                    DROP TABLE \(table);
                    ALTER TABLE \(table)_v3 RENAME TO \(table);
                    CREATE INDEX \(index) ON \(table)(colleague_id, changed_at);
                    """)
            }
        }
        migrator.registerMigration("v4") { db in
            // A stable identity for import and export (vCard UID), and when a colleague came in
            // through an import (the review asks for their ratings).
            try db.execute(sql: """
                ALTER TABLE colleague ADD COLUMN uid TEXT;
                ALTER TABLE colleague ADD COLUMN imported_at REAL;
                """)
            for id in try Int64.fetchAll(db, sql: "SELECT id FROM colleague") {
                try db.execute(sql: "UPDATE colleague SET uid = ? WHERE id = ?", arguments: [UUID().uuidString.lowercased(), id])
            }
            try db.execute(sql: """
                CREATE UNIQUE INDEX colleague_by_uid ON colleague(uid);
                CREATE INDEX colleague_by_email ON colleague(email COLLATE NOCASE) WHERE email != '';
                """)
        }
        migrator.registerMigration("v5") { db in
            // A keep-in-touch rhythm per colleague, in weeks: NULL follows vital, 0 is none.
            try db.execute(sql: "ALTER TABLE colleague ADD COLUMN contact_every_weeks INTEGER CHECK (contact_every_weeks BETWEEN 0 AND 52)")
        }
        migrator.registerMigration("v6") { db in
            // Running totals per colleague and overall, kept by triggers: screens and the review
            // read these instead of the whole log (see ExchangeStats).
            try db.execute(sql: v6RunningTotals)
            // The dashboard's list in name order, and the departments' counts, from indexes alone.
            try db.execute(sql: """
                DROP INDEX colleague_by_name;
                CREATE INDEX colleague_list_by_name ON colleague(name COLLATE NOCASE, id, archived, vital, trust, stance, team, frequency, quality);
                CREATE INDEX colleague_by_team ON colleague(team, archived);
                ALTER TABLE colleague ADD COLUMN folded_name TEXT NOT NULL DEFAULT '';
                """)
            // Names case- and accent-folded (String.folded), kept by every write of a name:
            // `rapport log` finds the colleagues a line names in SQL instead of folding them all.
            for row in try Row.fetchAll(db, sql: "SELECT id, name FROM colleague") {
                try db.execute(sql: "UPDATE colleague SET folded_name = ? WHERE id = ?", arguments: [(row["name"] as String).folded, row["id"] as Int64])
            }
            try db.execute(sql: v6NameIndex)
        }
        // An index changes no key, so the foreign keys need no check after the fact (over a
        // large log that check is slow).
        migrator.registerMigration("v7", foreignKeyChecks: .immediate) { db in
            // The archived colleagues, usually few: the dashboard counts the active ones as
            // everyone less these, without reading a row of the 10,000.
            try db.execute(sql: "CREATE INDEX colleague_archived ON colleague(id) WHERE archived != 0")
        }
        migrator.registerMigration("v8") { db in
            try db.execute(sql: v8)
        }
        migrator.registerMigration("v9") { db in
            try db.execute(sql: v9)
        }
        migrator.registerMigration("v10") { db in
            // The chart's weeks are ranges of the log's time index: the quarter-hour counts
            // kept beside it are no longer read.
            try db.execute(sql: """
                DROP TRIGGER exchange_bucket_insert;
                DROP TRIGGER exchange_bucket_delete;
                DROP TRIGGER exchange_bucket_update;
                DROP TABLE exchange_bucket;
                """)
        }
        migrator.registerMigration("v11") { db in
            // Calendars read for meetings to log. A decision is kept against the occurrence's key
            // with only its end, length and the colleagues it matched: never a title, a place or
            // another attendee's address.
            try db.execute(sql: """
                CREATE TABLE calendar_source (
                    path TEXT PRIMARY KEY NOT NULL,
                    include_private INTEGER NOT NULL DEFAULT 0,
                    added_at REAL NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE calendar_address (
                    email TEXT PRIMARY KEY NOT NULL COLLATE NOCASE
                ) WITHOUT ROWID;
                CREATE TABLE meeting_decision (
                    source TEXT NOT NULL,
                    uid TEXT NOT NULL,
                    recurrence TEXT NOT NULL,
                    decision TEXT NOT NULL CHECK (decision IN ('logged', 'dismissed', 'muted')),
                    interaction_id INTEGER REFERENCES interaction(id) ON DELETE SET NULL,
                    ended_at REAL NOT NULL,
                    minutes INTEGER NOT NULL,
                    colleague_ids TEXT NOT NULL DEFAULT '',
                    decided_at REAL NOT NULL,
                    PRIMARY KEY (source, uid, recurrence)
                ) WITHOUT ROWID;
                CREATE INDEX meeting_decision_by_end ON meeting_decision(ended_at);
                CREATE INDEX meeting_decision_muted ON meeting_decision(source, uid) WHERE decision = 'muted';
                """)
        }
        migrator.registerMigration("v12") { db in
            // The quick-log lines typed, newest last, for ↑ in the popup after a restart.
            try db.execute(sql: """
                CREATE TABLE quick_log_line (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    line TEXT NOT NULL,
                    logged_at REAL NOT NULL
                );
                """)
        }
        migrator.registerMigration("v13", foreignKeyChecks: .immediate) { db in
            // The list in name order reads names folded (case and accents aside), so "Ömer"
            // sorts among the O's rather than after "Zoë"; the index is the list's, as before.
            try db.execute(sql: """
                DROP INDEX colleague_list_by_name;
                CREATE INDEX colleague_list_by_name ON colleague(folded_name, id, archived, vital, trust, stance, team, frequency, quality);
                """)
        }
        migrator.registerMigration("v14") { db in
            // The organisation a colleague works for; empty for the user's own.
            try db.execute(sql: "ALTER TABLE colleague ADD COLUMN organisation TEXT NOT NULL DEFAULT ''")
        }
        migrator.registerMigration("v15") { db in
            // The list's index holds the name it shows as well as the folded one it sorts by, so
            // reading the list in name order never looks up the table (v13 left the name out).
            try db.execute(sql: """
                DROP INDEX colleague_list_by_name;
                CREATE INDEX colleague_list_by_name ON colleague(folded_name, id, archived, vital, trust, stance, team, frequency, quality, name);
                """)
        }
        return migrator
    }
}
