// The SQL migrations v6 and v8 ran, written out as they ran: a shipped migration never
// changes, so it never calls the code that writes today's triggers (ExchangeStats and the
// others may change; a new migration then says how).

extension AppDatabase {
    /// v6: running totals per colleague and overall, the log counted by quarter hour, and one
    /// search text per colleague, each kept by triggers and filled from what is there.
    static let v6RunningTotals = #"""
CREATE TABLE colleague_stats (
    colleague_id INTEGER PRIMARY KEY REFERENCES colleague(id) ON DELETE CASCADE,
    given_count INTEGER NOT NULL DEFAULT 0, given_minutes INTEGER NOT NULL DEFAULT 0,
received_count INTEGER NOT NULL DEFAULT 0, received_minutes INTEGER NOT NULL DEFAULT 0,
mutual_count INTEGER NOT NULL DEFAULT 0, mutual_minutes INTEGER NOT NULL DEFAULT 0,
w_given REAL NOT NULL DEFAULT 0, w_given_minutes REAL NOT NULL DEFAULT 0,
w_received REAL NOT NULL DEFAULT 0, w_received_minutes REAL NOT NULL DEFAULT 0,
    last_contact REAL,
    last_info REAL,
    score REAL GENERATED ALWAYS AS (CASE WHEN w_given + w_received > 0 THEN (w_given - w_received) / (w_given + w_received) END) VIRTUAL
);
CREATE INDEX colleague_stats_by_score ON colleague_stats(score);
CREATE INDEX colleague_stats_by_last_contact ON colleague_stats(last_contact);
CREATE TABLE network_stats (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    given_count INTEGER NOT NULL DEFAULT 0, given_minutes INTEGER NOT NULL DEFAULT 0,
received_count INTEGER NOT NULL DEFAULT 0, received_minutes INTEGER NOT NULL DEFAULT 0,
mutual_count INTEGER NOT NULL DEFAULT 0, mutual_minutes INTEGER NOT NULL DEFAULT 0,
w_given REAL NOT NULL DEFAULT 0, w_given_minutes REAL NOT NULL DEFAULT 0,
w_received REAL NOT NULL DEFAULT 0, w_received_minutes REAL NOT NULL DEFAULT 0
);
INSERT INTO network_stats (id) VALUES (1);
CREATE TRIGGER colleague_stats_row AFTER INSERT ON colleague BEGIN
    INSERT INTO colleague_stats (colleague_id) VALUES (NEW.id);
END;
CREATE TRIGGER participant_stats_insert AFTER INSERT ON participant BEGIN
    UPDATE colleague_stats SET given_count = given_count + (NEW.direction = 'gave'), given_minutes = given_minutes + (NEW.direction = 'gave') * IFNULL(NEW.minutes, 0), received_count = received_count + (NEW.direction = 'received'), received_minutes = received_minutes + (NEW.direction = 'received') * IFNULL(NEW.minutes, 0), mutual_count = mutual_count + (NEW.direction = 'mutual'), mutual_minutes = mutual_minutes + (NEW.direction = 'mutual') * IFNULL(NEW.minutes, 0), w_given = CASE WHEN given_count + (NEW.direction = 'gave') = 0 THEN 0 ELSE w_given + (NEW.direction = 'gave') * exp((NEW.occurred_at - 1735689600.0) / 5609198.31897629) END, w_given_minutes = CASE WHEN given_count + (NEW.direction = 'gave') = 0 THEN 0 ELSE w_given_minutes + (NEW.direction = 'gave') * exp((NEW.occurred_at - 1735689600.0) / 5609198.31897629) * IFNULL(NEW.minutes, 0) END, w_received = CASE WHEN received_count + (NEW.direction = 'received') = 0 THEN 0 ELSE w_received + (NEW.direction = 'received') * exp((NEW.occurred_at - 1735689600.0) / 5609198.31897629) END, w_received_minutes = CASE WHEN received_count + (NEW.direction = 'received') = 0 THEN 0 ELSE w_received_minutes + (NEW.direction = 'received') * exp((NEW.occurred_at - 1735689600.0) / 5609198.31897629) * IFNULL(NEW.minutes, 0) END,
        last_contact = MAX(IFNULL(last_contact, NEW.occurred_at), NEW.occurred_at),
        last_info = CASE WHEN NEW.direction IN ('gave', 'mutual') AND (SELECT kind FROM interaction WHERE id = NEW.interaction_id) = 'info' THEN MAX(IFNULL(last_info, NEW.occurred_at), NEW.occurred_at)
            ELSE last_info END
    WHERE colleague_id = NEW.colleague_id;
END;
CREATE TRIGGER participant_stats_delete AFTER DELETE ON participant BEGIN
    UPDATE colleague_stats SET given_count = given_count - (OLD.direction = 'gave'), given_minutes = given_minutes - (OLD.direction = 'gave') * IFNULL(OLD.minutes, 0), received_count = received_count - (OLD.direction = 'received'), received_minutes = received_minutes - (OLD.direction = 'received') * IFNULL(OLD.minutes, 0), mutual_count = mutual_count - (OLD.direction = 'mutual'), mutual_minutes = mutual_minutes - (OLD.direction = 'mutual') * IFNULL(OLD.minutes, 0), w_given = CASE WHEN given_count - (OLD.direction = 'gave') = 0 THEN 0 ELSE w_given - (OLD.direction = 'gave') * exp((OLD.occurred_at - 1735689600.0) / 5609198.31897629) END, w_given_minutes = CASE WHEN given_count - (OLD.direction = 'gave') = 0 THEN 0 ELSE w_given_minutes - (OLD.direction = 'gave') * exp((OLD.occurred_at - 1735689600.0) / 5609198.31897629) * IFNULL(OLD.minutes, 0) END, w_received = CASE WHEN received_count - (OLD.direction = 'received') = 0 THEN 0 ELSE w_received - (OLD.direction = 'received') * exp((OLD.occurred_at - 1735689600.0) / 5609198.31897629) END, w_received_minutes = CASE WHEN received_count - (OLD.direction = 'received') = 0 THEN 0 ELSE w_received_minutes - (OLD.direction = 'received') * exp((OLD.occurred_at - 1735689600.0) / 5609198.31897629) * IFNULL(OLD.minutes, 0) END, last_contact = (SELECT MAX(occurred_at) FROM participant WHERE colleague_id = OLD.colleague_id),
last_info = (SELECT MAX(p.occurred_at) FROM participant p JOIN interaction i ON i.id = p.interaction_id
             WHERE p.colleague_id = OLD.colleague_id AND i.kind = 'info' AND p.direction IN ('gave', 'mutual'))
    WHERE colleague_id = OLD.colleague_id;
END;
CREATE TRIGGER participant_stats_update AFTER UPDATE ON participant BEGIN
    UPDATE colleague_stats SET given_count = given_count - (OLD.direction = 'gave'), given_minutes = given_minutes - (OLD.direction = 'gave') * IFNULL(OLD.minutes, 0), received_count = received_count - (OLD.direction = 'received'), received_minutes = received_minutes - (OLD.direction = 'received') * IFNULL(OLD.minutes, 0), mutual_count = mutual_count - (OLD.direction = 'mutual'), mutual_minutes = mutual_minutes - (OLD.direction = 'mutual') * IFNULL(OLD.minutes, 0), w_given = CASE WHEN given_count - (OLD.direction = 'gave') = 0 THEN 0 ELSE w_given - (OLD.direction = 'gave') * exp((OLD.occurred_at - 1735689600.0) / 5609198.31897629) END, w_given_minutes = CASE WHEN given_count - (OLD.direction = 'gave') = 0 THEN 0 ELSE w_given_minutes - (OLD.direction = 'gave') * exp((OLD.occurred_at - 1735689600.0) / 5609198.31897629) * IFNULL(OLD.minutes, 0) END, w_received = CASE WHEN received_count - (OLD.direction = 'received') = 0 THEN 0 ELSE w_received - (OLD.direction = 'received') * exp((OLD.occurred_at - 1735689600.0) / 5609198.31897629) END, w_received_minutes = CASE WHEN received_count - (OLD.direction = 'received') = 0 THEN 0 ELSE w_received_minutes - (OLD.direction = 'received') * exp((OLD.occurred_at - 1735689600.0) / 5609198.31897629) * IFNULL(OLD.minutes, 0) END WHERE colleague_id = OLD.colleague_id;
    UPDATE colleague_stats SET given_count = given_count + (NEW.direction = 'gave'), given_minutes = given_minutes + (NEW.direction = 'gave') * IFNULL(NEW.minutes, 0), received_count = received_count + (NEW.direction = 'received'), received_minutes = received_minutes + (NEW.direction = 'received') * IFNULL(NEW.minutes, 0), mutual_count = mutual_count + (NEW.direction = 'mutual'), mutual_minutes = mutual_minutes + (NEW.direction = 'mutual') * IFNULL(NEW.minutes, 0), w_given = CASE WHEN given_count + (NEW.direction = 'gave') = 0 THEN 0 ELSE w_given + (NEW.direction = 'gave') * exp((NEW.occurred_at - 1735689600.0) / 5609198.31897629) END, w_given_minutes = CASE WHEN given_count + (NEW.direction = 'gave') = 0 THEN 0 ELSE w_given_minutes + (NEW.direction = 'gave') * exp((NEW.occurred_at - 1735689600.0) / 5609198.31897629) * IFNULL(NEW.minutes, 0) END, w_received = CASE WHEN received_count + (NEW.direction = 'received') = 0 THEN 0 ELSE w_received + (NEW.direction = 'received') * exp((NEW.occurred_at - 1735689600.0) / 5609198.31897629) END, w_received_minutes = CASE WHEN received_count + (NEW.direction = 'received') = 0 THEN 0 ELSE w_received_minutes + (NEW.direction = 'received') * exp((NEW.occurred_at - 1735689600.0) / 5609198.31897629) * IFNULL(NEW.minutes, 0) END WHERE colleague_id = NEW.colleague_id;
    UPDATE colleague_stats SET last_contact = (SELECT MAX(occurred_at) FROM participant WHERE colleague_id = colleague_stats.colleague_id),
last_info = (SELECT MAX(p.occurred_at) FROM participant p JOIN interaction i ON i.id = p.interaction_id
             WHERE p.colleague_id = colleague_stats.colleague_id AND i.kind = 'info' AND p.direction IN ('gave', 'mutual'))
    WHERE colleague_id IN (OLD.colleague_id, NEW.colleague_id);
END;
CREATE TRIGGER interaction_stats_insert AFTER INSERT ON interaction BEGIN
    UPDATE network_stats SET given_count = given_count + (NEW.direction = 'gave'), given_minutes = given_minutes + (NEW.direction = 'gave') * IFNULL(NEW.minutes, 0), received_count = received_count + (NEW.direction = 'received'), received_minutes = received_minutes + (NEW.direction = 'received') * IFNULL(NEW.minutes, 0), mutual_count = mutual_count + (NEW.direction = 'mutual'), mutual_minutes = mutual_minutes + (NEW.direction = 'mutual') * IFNULL(NEW.minutes, 0), w_given = CASE WHEN given_count + (NEW.direction = 'gave') = 0 THEN 0 ELSE w_given + (NEW.direction = 'gave') * exp((NEW.occurred_at - 1735689600.0) / 5609198.31897629) END, w_given_minutes = CASE WHEN given_count + (NEW.direction = 'gave') = 0 THEN 0 ELSE w_given_minutes + (NEW.direction = 'gave') * exp((NEW.occurred_at - 1735689600.0) / 5609198.31897629) * IFNULL(NEW.minutes, 0) END, w_received = CASE WHEN received_count + (NEW.direction = 'received') = 0 THEN 0 ELSE w_received + (NEW.direction = 'received') * exp((NEW.occurred_at - 1735689600.0) / 5609198.31897629) END, w_received_minutes = CASE WHEN received_count + (NEW.direction = 'received') = 0 THEN 0 ELSE w_received_minutes + (NEW.direction = 'received') * exp((NEW.occurred_at - 1735689600.0) / 5609198.31897629) * IFNULL(NEW.minutes, 0) END;
END;
CREATE TRIGGER interaction_stats_delete AFTER DELETE ON interaction BEGIN
    UPDATE network_stats SET given_count = given_count - (OLD.direction = 'gave'), given_minutes = given_minutes - (OLD.direction = 'gave') * IFNULL(OLD.minutes, 0), received_count = received_count - (OLD.direction = 'received'), received_minutes = received_minutes - (OLD.direction = 'received') * IFNULL(OLD.minutes, 0), mutual_count = mutual_count - (OLD.direction = 'mutual'), mutual_minutes = mutual_minutes - (OLD.direction = 'mutual') * IFNULL(OLD.minutes, 0), w_given = CASE WHEN given_count - (OLD.direction = 'gave') = 0 THEN 0 ELSE w_given - (OLD.direction = 'gave') * exp((OLD.occurred_at - 1735689600.0) / 5609198.31897629) END, w_given_minutes = CASE WHEN given_count - (OLD.direction = 'gave') = 0 THEN 0 ELSE w_given_minutes - (OLD.direction = 'gave') * exp((OLD.occurred_at - 1735689600.0) / 5609198.31897629) * IFNULL(OLD.minutes, 0) END, w_received = CASE WHEN received_count - (OLD.direction = 'received') = 0 THEN 0 ELSE w_received - (OLD.direction = 'received') * exp((OLD.occurred_at - 1735689600.0) / 5609198.31897629) END, w_received_minutes = CASE WHEN received_count - (OLD.direction = 'received') = 0 THEN 0 ELSE w_received_minutes - (OLD.direction = 'received') * exp((OLD.occurred_at - 1735689600.0) / 5609198.31897629) * IFNULL(OLD.minutes, 0) END;
END;
CREATE TRIGGER interaction_stats_update AFTER UPDATE ON interaction BEGIN
    UPDATE network_stats SET given_count = given_count - (OLD.direction = 'gave'), given_minutes = given_minutes - (OLD.direction = 'gave') * IFNULL(OLD.minutes, 0), received_count = received_count - (OLD.direction = 'received'), received_minutes = received_minutes - (OLD.direction = 'received') * IFNULL(OLD.minutes, 0), mutual_count = mutual_count - (OLD.direction = 'mutual'), mutual_minutes = mutual_minutes - (OLD.direction = 'mutual') * IFNULL(OLD.minutes, 0), w_given = CASE WHEN given_count - (OLD.direction = 'gave') = 0 THEN 0 ELSE w_given - (OLD.direction = 'gave') * exp((OLD.occurred_at - 1735689600.0) / 5609198.31897629) END, w_given_minutes = CASE WHEN given_count - (OLD.direction = 'gave') = 0 THEN 0 ELSE w_given_minutes - (OLD.direction = 'gave') * exp((OLD.occurred_at - 1735689600.0) / 5609198.31897629) * IFNULL(OLD.minutes, 0) END, w_received = CASE WHEN received_count - (OLD.direction = 'received') = 0 THEN 0 ELSE w_received - (OLD.direction = 'received') * exp((OLD.occurred_at - 1735689600.0) / 5609198.31897629) END, w_received_minutes = CASE WHEN received_count - (OLD.direction = 'received') = 0 THEN 0 ELSE w_received_minutes - (OLD.direction = 'received') * exp((OLD.occurred_at - 1735689600.0) / 5609198.31897629) * IFNULL(OLD.minutes, 0) END;
    UPDATE network_stats SET given_count = given_count + (NEW.direction = 'gave'), given_minutes = given_minutes + (NEW.direction = 'gave') * IFNULL(NEW.minutes, 0), received_count = received_count + (NEW.direction = 'received'), received_minutes = received_minutes + (NEW.direction = 'received') * IFNULL(NEW.minutes, 0), mutual_count = mutual_count + (NEW.direction = 'mutual'), mutual_minutes = mutual_minutes + (NEW.direction = 'mutual') * IFNULL(NEW.minutes, 0), w_given = CASE WHEN given_count + (NEW.direction = 'gave') = 0 THEN 0 ELSE w_given + (NEW.direction = 'gave') * exp((NEW.occurred_at - 1735689600.0) / 5609198.31897629) END, w_given_minutes = CASE WHEN given_count + (NEW.direction = 'gave') = 0 THEN 0 ELSE w_given_minutes + (NEW.direction = 'gave') * exp((NEW.occurred_at - 1735689600.0) / 5609198.31897629) * IFNULL(NEW.minutes, 0) END, w_received = CASE WHEN received_count + (NEW.direction = 'received') = 0 THEN 0 ELSE w_received + (NEW.direction = 'received') * exp((NEW.occurred_at - 1735689600.0) / 5609198.31897629) END, w_received_minutes = CASE WHEN received_count + (NEW.direction = 'received') = 0 THEN 0 ELSE w_received_minutes + (NEW.direction = 'received') * exp((NEW.occurred_at - 1735689600.0) / 5609198.31897629) * IFNULL(NEW.minutes, 0) END;
    UPDATE colleague_stats SET last_contact = (SELECT MAX(occurred_at) FROM participant WHERE colleague_id = colleague_stats.colleague_id),
last_info = (SELECT MAX(p.occurred_at) FROM participant p JOIN interaction i ON i.id = p.interaction_id
             WHERE p.colleague_id = colleague_stats.colleague_id AND i.kind = 'info' AND p.direction IN ('gave', 'mutual'))
    WHERE colleague_id IN (SELECT colleague_id FROM participant WHERE interaction_id = NEW.id);
END;
DELETE FROM colleague_stats;
INSERT INTO colleague_stats (colleague_id, given_count, given_minutes, received_count, received_minutes, mutual_count, mutual_minutes, w_given, w_given_minutes, w_received, w_received_minutes, last_contact, last_info)
SELECT c.id, COUNT(CASE WHEN p.direction = 'gave' THEN 1 END) AS given_count, IFNULL(SUM(CASE WHEN p.direction = 'gave' THEN p.minutes END), 0) AS given_minutes, COUNT(CASE WHEN p.direction = 'received' THEN 1 END) AS received_count, IFNULL(SUM(CASE WHEN p.direction = 'received' THEN p.minutes END), 0) AS received_minutes, COUNT(CASE WHEN p.direction = 'mutual' THEN 1 END) AS mutual_count, IFNULL(SUM(CASE WHEN p.direction = 'mutual' THEN p.minutes END), 0) AS mutual_minutes, TOTAL(CASE WHEN p.direction = 'gave' THEN exp((p.occurred_at - 1735689600.0) / 5609198.31897629) END) AS w_given, TOTAL(CASE WHEN p.direction = 'gave' THEN exp((p.occurred_at - 1735689600.0) / 5609198.31897629) * IFNULL(p.minutes, 0) END) AS w_given_minutes, TOTAL(CASE WHEN p.direction = 'received' THEN exp((p.occurred_at - 1735689600.0) / 5609198.31897629) END) AS w_received, TOTAL(CASE WHEN p.direction = 'received' THEN exp((p.occurred_at - 1735689600.0) / 5609198.31897629) * IFNULL(p.minutes, 0) END) AS w_received_minutes, MAX(p.occurred_at),
    MAX(CASE WHEN p.direction IN ('gave', 'mutual') AND (SELECT kind FROM interaction WHERE id = p.interaction_id) = 'info' THEN p.occurred_at END)
FROM colleague c LEFT JOIN participant p ON p.colleague_id = c.id GROUP BY c.id;
UPDATE network_stats SET (given_count, given_minutes, received_count, received_minutes, mutual_count, mutual_minutes, w_given, w_given_minutes, w_received, w_received_minutes) = (SELECT COUNT(CASE WHEN i.direction = 'gave' THEN 1 END) AS given_count, IFNULL(SUM(CASE WHEN i.direction = 'gave' THEN i.minutes END), 0) AS given_minutes, COUNT(CASE WHEN i.direction = 'received' THEN 1 END) AS received_count, IFNULL(SUM(CASE WHEN i.direction = 'received' THEN i.minutes END), 0) AS received_minutes, COUNT(CASE WHEN i.direction = 'mutual' THEN 1 END) AS mutual_count, IFNULL(SUM(CASE WHEN i.direction = 'mutual' THEN i.minutes END), 0) AS mutual_minutes, TOTAL(CASE WHEN i.direction = 'gave' THEN exp((i.occurred_at - 1735689600.0) / 5609198.31897629) END) AS w_given, TOTAL(CASE WHEN i.direction = 'gave' THEN exp((i.occurred_at - 1735689600.0) / 5609198.31897629) * IFNULL(i.minutes, 0) END) AS w_given_minutes, TOTAL(CASE WHEN i.direction = 'received' THEN exp((i.occurred_at - 1735689600.0) / 5609198.31897629) END) AS w_received, TOTAL(CASE WHEN i.direction = 'received' THEN exp((i.occurred_at - 1735689600.0) / 5609198.31897629) * IFNULL(i.minutes, 0) END) AS w_received_minutes FROM interaction i);
CREATE TABLE exchange_bucket (
    bucket INTEGER PRIMARY KEY,
    given_count INTEGER NOT NULL DEFAULT 0,
given_minutes INTEGER NOT NULL DEFAULT 0,
received_count INTEGER NOT NULL DEFAULT 0,
received_minutes INTEGER NOT NULL DEFAULT 0,
mutual_count INTEGER NOT NULL DEFAULT 0,
mutual_minutes INTEGER NOT NULL DEFAULT 0
);
CREATE TRIGGER exchange_bucket_insert AFTER INSERT ON interaction BEGIN
    INSERT INTO exchange_bucket (bucket, given_count, given_minutes, received_count, received_minutes, mutual_count, mutual_minutes) VALUES (CAST(floor(NEW.occurred_at / 900.0) AS INTEGER), (NEW.direction = 'gave'), (NEW.direction = 'gave') * IFNULL(NEW.minutes, 0), (NEW.direction = 'received'), (NEW.direction = 'received') * IFNULL(NEW.minutes, 0), (NEW.direction = 'mutual'), (NEW.direction = 'mutual') * IFNULL(NEW.minutes, 0))
    ON CONFLICT (bucket) DO UPDATE SET given_count = given_count + excluded.given_count, given_minutes = given_minutes + excluded.given_minutes, received_count = received_count + excluded.received_count, received_minutes = received_minutes + excluded.received_minutes, mutual_count = mutual_count + excluded.mutual_count, mutual_minutes = mutual_minutes + excluded.mutual_minutes;
END;
CREATE TRIGGER exchange_bucket_delete AFTER DELETE ON interaction BEGIN
    UPDATE exchange_bucket SET given_count = given_count - (OLD.direction = 'gave'), given_minutes = given_minutes - (OLD.direction = 'gave') * IFNULL(OLD.minutes, 0), received_count = received_count - (OLD.direction = 'received'), received_minutes = received_minutes - (OLD.direction = 'received') * IFNULL(OLD.minutes, 0), mutual_count = mutual_count - (OLD.direction = 'mutual'), mutual_minutes = mutual_minutes - (OLD.direction = 'mutual') * IFNULL(OLD.minutes, 0)
    WHERE bucket = CAST(floor(OLD.occurred_at / 900.0) AS INTEGER);
DELETE FROM exchange_bucket WHERE bucket = CAST(floor(OLD.occurred_at / 900.0) AS INTEGER) AND given_count = 0 AND received_count = 0 AND mutual_count = 0;
END;
CREATE TRIGGER exchange_bucket_update AFTER UPDATE OF occurred_at, direction, minutes ON interaction BEGIN
    UPDATE exchange_bucket SET given_count = given_count - (OLD.direction = 'gave'), given_minutes = given_minutes - (OLD.direction = 'gave') * IFNULL(OLD.minutes, 0), received_count = received_count - (OLD.direction = 'received'), received_minutes = received_minutes - (OLD.direction = 'received') * IFNULL(OLD.minutes, 0), mutual_count = mutual_count - (OLD.direction = 'mutual'), mutual_minutes = mutual_minutes - (OLD.direction = 'mutual') * IFNULL(OLD.minutes, 0)
    WHERE bucket = CAST(floor(OLD.occurred_at / 900.0) AS INTEGER);
DELETE FROM exchange_bucket WHERE bucket = CAST(floor(OLD.occurred_at / 900.0) AS INTEGER) AND given_count = 0 AND received_count = 0 AND mutual_count = 0;
    INSERT INTO exchange_bucket (bucket, given_count, given_minutes, received_count, received_minutes, mutual_count, mutual_minutes) VALUES (CAST(floor(NEW.occurred_at / 900.0) AS INTEGER), (NEW.direction = 'gave'), (NEW.direction = 'gave') * IFNULL(NEW.minutes, 0), (NEW.direction = 'received'), (NEW.direction = 'received') * IFNULL(NEW.minutes, 0), (NEW.direction = 'mutual'), (NEW.direction = 'mutual') * IFNULL(NEW.minutes, 0))
    ON CONFLICT (bucket) DO UPDATE SET given_count = given_count + excluded.given_count, given_minutes = given_minutes + excluded.given_minutes, received_count = received_count + excluded.received_count, received_minutes = received_minutes + excluded.received_minutes, mutual_count = mutual_count + excluded.mutual_count, mutual_minutes = mutual_minutes + excluded.mutual_minutes;
END;
DELETE FROM exchange_bucket;
INSERT INTO exchange_bucket (bucket, given_count, given_minutes, received_count, received_minutes, mutual_count, mutual_minutes) SELECT CAST(floor(i.occurred_at / 900.0) AS INTEGER) AS b, SUM((i.direction = 'gave')), SUM((i.direction = 'gave') * IFNULL(i.minutes, 0)), SUM((i.direction = 'received')), SUM((i.direction = 'received') * IFNULL(i.minutes, 0)), SUM((i.direction = 'mutual')), SUM((i.direction = 'mutual') * IFNULL(i.minutes, 0)) FROM interaction i GROUP BY b ORDER BY b;
CREATE TABLE colleague_search (
    colleague_id INTEGER PRIMARY KEY REFERENCES colleague(id) ON DELETE CASCADE,
    text TEXT NOT NULL
);
CREATE TRIGGER colleague_search_insert AFTER INSERT ON colleague BEGIN
    INSERT INTO colleague_search (colleague_id, text) VALUES (NEW.id, NEW.name || char(31) || NEW.team || char(31) || NEW.role || char(31) || NEW.agenda || char(31) || NEW.motivators || char(31) || NEW.demotivators || char(31) || NEW.valued_info || char(31) || NEW.notes || char(31) || IFNULL((SELECT group_concat(tag, char(31)) FROM colleague_tag t WHERE t.colleague_id = NEW.id), ''));
END;
CREATE TRIGGER colleague_search_update AFTER UPDATE OF name, team, role, agenda, motivators, demotivators, valued_info, notes ON colleague BEGIN
    UPDATE colleague_search SET text = (SELECT c.name || char(31) || c.team || char(31) || c.role || char(31) || c.agenda || char(31) || c.motivators || char(31) || c.demotivators || char(31) || c.valued_info || char(31) || c.notes || char(31) || IFNULL((SELECT group_concat(tag, char(31)) FROM colleague_tag t WHERE t.colleague_id = c.id), '') FROM colleague c WHERE c.id = NEW.id) WHERE colleague_id = NEW.id AND EXISTS (SELECT 1 FROM colleague WHERE id = NEW.id);
END;
CREATE TRIGGER colleague_search_tag_insert AFTER INSERT ON colleague_tag BEGIN
    UPDATE colleague_search SET text = (SELECT c.name || char(31) || c.team || char(31) || c.role || char(31) || c.agenda || char(31) || c.motivators || char(31) || c.demotivators || char(31) || c.valued_info || char(31) || c.notes || char(31) || IFNULL((SELECT group_concat(tag, char(31)) FROM colleague_tag t WHERE t.colleague_id = c.id), '') FROM colleague c WHERE c.id = NEW.colleague_id) WHERE colleague_id = NEW.colleague_id AND EXISTS (SELECT 1 FROM colleague WHERE id = NEW.colleague_id);
END;
CREATE TRIGGER colleague_search_tag_delete AFTER DELETE ON colleague_tag BEGIN
    UPDATE colleague_search SET text = (SELECT c.name || char(31) || c.team || char(31) || c.role || char(31) || c.agenda || char(31) || c.motivators || char(31) || c.demotivators || char(31) || c.valued_info || char(31) || c.notes || char(31) || IFNULL((SELECT group_concat(tag, char(31)) FROM colleague_tag t WHERE t.colleague_id = c.id), '') FROM colleague c WHERE c.id = OLD.colleague_id) WHERE colleague_id = OLD.colleague_id AND EXISTS (SELECT 1 FROM colleague WHERE id = OLD.colleague_id);
END;
DELETE FROM colleague_search;
INSERT INTO colleague_search (colleague_id, text) SELECT c.id, lower(c.name || char(31) || c.team || char(31) || c.role || char(31) || c.agenda || char(31) || c.motivators || char(31) || c.demotivators || char(31) || c.valued_info || char(31) || c.notes || char(31) || IFNULL((SELECT group_concat(tag, char(31)) FROM colleague_tag t WHERE t.colleague_id = c.id), '')) FROM colleague c;
"""#

    /// v6: the full-text index of folded names, kept by triggers, built from what is there.
    static let v6NameIndex = #"""
CREATE VIRTUAL TABLE colleague_name_word USING fts5(folded_name, content='colleague', content_rowid='id');
CREATE TRIGGER colleague_name_word_insert AFTER INSERT ON colleague BEGIN
    INSERT INTO colleague_name_word (rowid, folded_name) VALUES (NEW.id, NEW.folded_name);
END;
CREATE TRIGGER colleague_name_word_delete AFTER DELETE ON colleague BEGIN
    INSERT INTO colleague_name_word (colleague_name_word, rowid, folded_name) VALUES ('delete', OLD.id, OLD.folded_name);
END;
CREATE TRIGGER colleague_name_word_update AFTER UPDATE OF folded_name ON colleague BEGIN
    INSERT INTO colleague_name_word (colleague_name_word, rowid, folded_name) VALUES ('delete', OLD.id, OLD.folded_name);
    INSERT INTO colleague_name_word (rowid, folded_name) VALUES (NEW.id, NEW.folded_name);
END;
INSERT INTO colleague_name_word (colleague_name_word) VALUES ('rebuild');
"""#

    /// v8: the totals' triggers read each row's values once; the search texts are lower-cased.
    static let v8 = #"""
DROP TRIGGER participant_stats_insert;
DROP TRIGGER participant_stats_delete;
DROP TRIGGER participant_stats_update;
DROP TRIGGER interaction_stats_insert;
DROP TRIGGER interaction_stats_delete;
DROP TRIGGER interaction_stats_update;
CREATE TRIGGER participant_stats_insert AFTER INSERT ON participant BEGIN
    UPDATE colleague_stats SET given_count = given_count + step.gave, given_minutes = given_minutes + step.gave * step.minutes, received_count = received_count + step.received, received_minutes = received_minutes + step.received * step.minutes, mutual_count = mutual_count + step.mutual, mutual_minutes = mutual_minutes + step.mutual * step.minutes, w_given = w_given + step.gave * step.weight, w_given_minutes = w_given_minutes + step.gave * step.weight * step.minutes, w_received = w_received + step.received * step.weight, w_received_minutes = w_received_minutes + step.received * step.weight * step.minutes,
        last_contact = MAX(IFNULL(last_contact, step.occurred_at), step.occurred_at),
        last_info = CASE WHEN step.info THEN MAX(IFNULL(last_info, step.occurred_at), step.occurred_at) ELSE last_info END
    FROM (SELECT NEW.direction = 'gave' AS gave, NEW.direction = 'received' AS received, NEW.direction = 'mutual' AS mutual, IFNULL(NEW.minutes, 0) AS minutes, exp((NEW.occurred_at - 1735689600.0) / 5609198.31897629) AS weight, NEW.occurred_at AS occurred_at, NEW.direction IN ('gave', 'mutual') AND (SELECT kind FROM interaction WHERE id = NEW.interaction_id) = 'info' AS info) AS step
    WHERE colleague_id = NEW.colleague_id;
END;
CREATE TRIGGER participant_stats_delete AFTER DELETE ON participant BEGIN
    UPDATE colleague_stats SET given_count = given_count - step.gave, given_minutes = given_minutes - step.gave * step.minutes, received_count = received_count - step.received, received_minutes = received_minutes - step.received * step.minutes, mutual_count = mutual_count - step.mutual, mutual_minutes = mutual_minutes - step.mutual * step.minutes, w_given = CASE WHEN given_count - step.gave = 0 THEN 0 ELSE w_given - step.gave * step.weight END, w_given_minutes = CASE WHEN given_count - step.gave = 0 THEN 0 ELSE w_given_minutes - step.gave * step.weight * step.minutes END, w_received = CASE WHEN received_count - step.received = 0 THEN 0 ELSE w_received - step.received * step.weight END, w_received_minutes = CASE WHEN received_count - step.received = 0 THEN 0 ELSE w_received_minutes - step.received * step.weight * step.minutes END, last_contact = (SELECT MAX(occurred_at) FROM participant WHERE colleague_id = OLD.colleague_id),
last_info = (SELECT MAX(p.occurred_at) FROM participant p JOIN interaction i ON i.id = p.interaction_id
             WHERE p.colleague_id = OLD.colleague_id AND i.kind = 'info' AND p.direction IN ('gave', 'mutual'))
    FROM (SELECT OLD.direction = 'gave' AS gave, OLD.direction = 'received' AS received, OLD.direction = 'mutual' AS mutual, IFNULL(OLD.minutes, 0) AS minutes, exp((OLD.occurred_at - 1735689600.0) / 5609198.31897629) AS weight) AS step WHERE colleague_id = OLD.colleague_id;
END;
CREATE TRIGGER participant_stats_update AFTER UPDATE ON participant BEGIN
    UPDATE colleague_stats SET given_count = given_count - step.gave, given_minutes = given_minutes - step.gave * step.minutes, received_count = received_count - step.received, received_minutes = received_minutes - step.received * step.minutes, mutual_count = mutual_count - step.mutual, mutual_minutes = mutual_minutes - step.mutual * step.minutes, w_given = CASE WHEN given_count - step.gave = 0 THEN 0 ELSE w_given - step.gave * step.weight END, w_given_minutes = CASE WHEN given_count - step.gave = 0 THEN 0 ELSE w_given_minutes - step.gave * step.weight * step.minutes END, w_received = CASE WHEN received_count - step.received = 0 THEN 0 ELSE w_received - step.received * step.weight END, w_received_minutes = CASE WHEN received_count - step.received = 0 THEN 0 ELSE w_received_minutes - step.received * step.weight * step.minutes END FROM (SELECT OLD.direction = 'gave' AS gave, OLD.direction = 'received' AS received, OLD.direction = 'mutual' AS mutual, IFNULL(OLD.minutes, 0) AS minutes, exp((OLD.occurred_at - 1735689600.0) / 5609198.31897629) AS weight) AS step WHERE colleague_id = OLD.colleague_id;
    UPDATE colleague_stats SET given_count = given_count + step.gave, given_minutes = given_minutes + step.gave * step.minutes, received_count = received_count + step.received, received_minutes = received_minutes + step.received * step.minutes, mutual_count = mutual_count + step.mutual, mutual_minutes = mutual_minutes + step.mutual * step.minutes, w_given = w_given + step.gave * step.weight, w_given_minutes = w_given_minutes + step.gave * step.weight * step.minutes, w_received = w_received + step.received * step.weight, w_received_minutes = w_received_minutes + step.received * step.weight * step.minutes FROM (SELECT NEW.direction = 'gave' AS gave, NEW.direction = 'received' AS received, NEW.direction = 'mutual' AS mutual, IFNULL(NEW.minutes, 0) AS minutes, exp((NEW.occurred_at - 1735689600.0) / 5609198.31897629) AS weight) AS step WHERE colleague_id = NEW.colleague_id;
    UPDATE colleague_stats SET last_contact = (SELECT MAX(occurred_at) FROM participant WHERE colleague_id = colleague_stats.colleague_id),
last_info = (SELECT MAX(p.occurred_at) FROM participant p JOIN interaction i ON i.id = p.interaction_id
             WHERE p.colleague_id = colleague_stats.colleague_id AND i.kind = 'info' AND p.direction IN ('gave', 'mutual'))
    WHERE colleague_id IN (OLD.colleague_id, NEW.colleague_id);
END;
CREATE TRIGGER interaction_stats_insert AFTER INSERT ON interaction BEGIN
    UPDATE network_stats SET given_count = given_count + step.gave, given_minutes = given_minutes + step.gave * step.minutes, received_count = received_count + step.received, received_minutes = received_minutes + step.received * step.minutes, mutual_count = mutual_count + step.mutual, mutual_minutes = mutual_minutes + step.mutual * step.minutes, w_given = w_given + step.gave * step.weight, w_given_minutes = w_given_minutes + step.gave * step.weight * step.minutes, w_received = w_received + step.received * step.weight, w_received_minutes = w_received_minutes + step.received * step.weight * step.minutes FROM (SELECT NEW.direction = 'gave' AS gave, NEW.direction = 'received' AS received, NEW.direction = 'mutual' AS mutual, IFNULL(NEW.minutes, 0) AS minutes, exp((NEW.occurred_at - 1735689600.0) / 5609198.31897629) AS weight) AS step;
END;
CREATE TRIGGER interaction_stats_delete AFTER DELETE ON interaction BEGIN
    UPDATE network_stats SET given_count = given_count - step.gave, given_minutes = given_minutes - step.gave * step.minutes, received_count = received_count - step.received, received_minutes = received_minutes - step.received * step.minutes, mutual_count = mutual_count - step.mutual, mutual_minutes = mutual_minutes - step.mutual * step.minutes, w_given = CASE WHEN given_count - step.gave = 0 THEN 0 ELSE w_given - step.gave * step.weight END, w_given_minutes = CASE WHEN given_count - step.gave = 0 THEN 0 ELSE w_given_minutes - step.gave * step.weight * step.minutes END, w_received = CASE WHEN received_count - step.received = 0 THEN 0 ELSE w_received - step.received * step.weight END, w_received_minutes = CASE WHEN received_count - step.received = 0 THEN 0 ELSE w_received_minutes - step.received * step.weight * step.minutes END FROM (SELECT OLD.direction = 'gave' AS gave, OLD.direction = 'received' AS received, OLD.direction = 'mutual' AS mutual, IFNULL(OLD.minutes, 0) AS minutes, exp((OLD.occurred_at - 1735689600.0) / 5609198.31897629) AS weight) AS step;
END;
CREATE TRIGGER interaction_stats_update AFTER UPDATE ON interaction BEGIN
    UPDATE network_stats SET given_count = given_count - step.gave, given_minutes = given_minutes - step.gave * step.minutes, received_count = received_count - step.received, received_minutes = received_minutes - step.received * step.minutes, mutual_count = mutual_count - step.mutual, mutual_minutes = mutual_minutes - step.mutual * step.minutes, w_given = CASE WHEN given_count - step.gave = 0 THEN 0 ELSE w_given - step.gave * step.weight END, w_given_minutes = CASE WHEN given_count - step.gave = 0 THEN 0 ELSE w_given_minutes - step.gave * step.weight * step.minutes END, w_received = CASE WHEN received_count - step.received = 0 THEN 0 ELSE w_received - step.received * step.weight END, w_received_minutes = CASE WHEN received_count - step.received = 0 THEN 0 ELSE w_received_minutes - step.received * step.weight * step.minutes END FROM (SELECT OLD.direction = 'gave' AS gave, OLD.direction = 'received' AS received, OLD.direction = 'mutual' AS mutual, IFNULL(OLD.minutes, 0) AS minutes, exp((OLD.occurred_at - 1735689600.0) / 5609198.31897629) AS weight) AS step;
    UPDATE network_stats SET given_count = given_count + step.gave, given_minutes = given_minutes + step.gave * step.minutes, received_count = received_count + step.received, received_minutes = received_minutes + step.received * step.minutes, mutual_count = mutual_count + step.mutual, mutual_minutes = mutual_minutes + step.mutual * step.minutes, w_given = w_given + step.gave * step.weight, w_given_minutes = w_given_minutes + step.gave * step.weight * step.minutes, w_received = w_received + step.received * step.weight, w_received_minutes = w_received_minutes + step.received * step.weight * step.minutes FROM (SELECT NEW.direction = 'gave' AS gave, NEW.direction = 'received' AS received, NEW.direction = 'mutual' AS mutual, IFNULL(NEW.minutes, 0) AS minutes, exp((NEW.occurred_at - 1735689600.0) / 5609198.31897629) AS weight) AS step;
    UPDATE colleague_stats SET last_contact = (SELECT MAX(occurred_at) FROM participant WHERE colleague_id = colleague_stats.colleague_id),
last_info = (SELECT MAX(p.occurred_at) FROM participant p JOIN interaction i ON i.id = p.interaction_id
             WHERE p.colleague_id = colleague_stats.colleague_id AND i.kind = 'info' AND p.direction IN ('gave', 'mutual'))
    WHERE colleague_id IN (SELECT colleague_id FROM participant WHERE interaction_id = NEW.id);
END;
DROP TRIGGER colleague_search_insert;
DROP TRIGGER colleague_search_update;
DROP TRIGGER colleague_search_tag_insert;
DROP TRIGGER colleague_search_tag_delete;
CREATE TRIGGER colleague_search_insert AFTER INSERT ON colleague BEGIN
    INSERT INTO colleague_search (colleague_id, text) VALUES (NEW.id, lower(NEW.name || char(31) || NEW.team || char(31) || NEW.role || char(31) || NEW.agenda || char(31) || NEW.motivators || char(31) || NEW.demotivators || char(31) || NEW.valued_info || char(31) || NEW.notes || char(31) || IFNULL((SELECT group_concat(tag, char(31)) FROM colleague_tag t WHERE t.colleague_id = NEW.id), '')));
END;
CREATE TRIGGER colleague_search_update AFTER UPDATE OF name, team, role, agenda, motivators, demotivators, valued_info, notes ON colleague BEGIN
    UPDATE colleague_search SET text = (SELECT lower(c.name || char(31) || c.team || char(31) || c.role || char(31) || c.agenda || char(31) || c.motivators || char(31) || c.demotivators || char(31) || c.valued_info || char(31) || c.notes || char(31) || IFNULL((SELECT group_concat(tag, char(31)) FROM colleague_tag t WHERE t.colleague_id = c.id), '')) FROM colleague c WHERE c.id = NEW.id) WHERE colleague_id = NEW.id AND EXISTS (SELECT 1 FROM colleague WHERE id = NEW.id);
END;
CREATE TRIGGER colleague_search_tag_insert AFTER INSERT ON colleague_tag BEGIN
    UPDATE colleague_search SET text = (SELECT lower(c.name || char(31) || c.team || char(31) || c.role || char(31) || c.agenda || char(31) || c.motivators || char(31) || c.demotivators || char(31) || c.valued_info || char(31) || c.notes || char(31) || IFNULL((SELECT group_concat(tag, char(31)) FROM colleague_tag t WHERE t.colleague_id = c.id), '')) FROM colleague c WHERE c.id = NEW.colleague_id) WHERE colleague_id = NEW.colleague_id AND EXISTS (SELECT 1 FROM colleague WHERE id = NEW.colleague_id);
END;
CREATE TRIGGER colleague_search_tag_delete AFTER DELETE ON colleague_tag BEGIN
    UPDATE colleague_search SET text = (SELECT lower(c.name || char(31) || c.team || char(31) || c.role || char(31) || c.agenda || char(31) || c.motivators || char(31) || c.demotivators || char(31) || c.valued_info || char(31) || c.notes || char(31) || IFNULL((SELECT group_concat(tag, char(31)) FROM colleague_tag t WHERE t.colleague_id = c.id), '')) FROM colleague c WHERE c.id = OLD.colleague_id) WHERE colleague_id = OLD.colleague_id AND EXISTS (SELECT 1 FROM colleague WHERE id = OLD.colleague_id);
END;
DELETE FROM colleague_search;
INSERT INTO colleague_search (colleague_id, text) SELECT c.id, lower(c.name || char(31) || c.team || char(31) || c.role || char(31) || c.agenda || char(31) || c.motivators || char(31) || c.demotivators || char(31) || c.valued_info || char(31) || c.notes || char(31) || IFNULL((SELECT group_concat(tag, char(31)) FROM colleague_tag t WHERE t.colleague_id = c.id), '')) FROM colleague c;
"""#

    /// v9: the search texts folded as names are (`String.folded`: case, accents and widths),
    /// through the `rapport_fold` function every Rapport connection has, so "ZOË", "zoe" and
    /// "Zoë" all find Zoë.
    static let v9 = #"""
DROP TRIGGER colleague_search_insert;
DROP TRIGGER colleague_search_update;
DROP TRIGGER colleague_search_tag_insert;
DROP TRIGGER colleague_search_tag_delete;
CREATE TRIGGER colleague_search_insert AFTER INSERT ON colleague BEGIN
    INSERT INTO colleague_search (colleague_id, text) VALUES (NEW.id, rapport_fold(NEW.name || char(31) || NEW.team || char(31) || NEW.role || char(31) || NEW.agenda || char(31) || NEW.motivators || char(31) || NEW.demotivators || char(31) || NEW.valued_info || char(31) || NEW.notes || char(31) || IFNULL((SELECT group_concat(tag, char(31)) FROM colleague_tag t WHERE t.colleague_id = NEW.id), '')));
END;
CREATE TRIGGER colleague_search_update AFTER UPDATE OF name, team, role, agenda, motivators, demotivators, valued_info, notes ON colleague BEGIN
    UPDATE colleague_search SET text = (SELECT rapport_fold(c.name || char(31) || c.team || char(31) || c.role || char(31) || c.agenda || char(31) || c.motivators || char(31) || c.demotivators || char(31) || c.valued_info || char(31) || c.notes || char(31) || IFNULL((SELECT group_concat(tag, char(31)) FROM colleague_tag t WHERE t.colleague_id = c.id), '')) FROM colleague c WHERE c.id = NEW.id) WHERE colleague_id = NEW.id AND EXISTS (SELECT 1 FROM colleague WHERE id = NEW.id);
END;
CREATE TRIGGER colleague_search_tag_insert AFTER INSERT ON colleague_tag BEGIN
    UPDATE colleague_search SET text = (SELECT rapport_fold(c.name || char(31) || c.team || char(31) || c.role || char(31) || c.agenda || char(31) || c.motivators || char(31) || c.demotivators || char(31) || c.valued_info || char(31) || c.notes || char(31) || IFNULL((SELECT group_concat(tag, char(31)) FROM colleague_tag t WHERE t.colleague_id = c.id), '')) FROM colleague c WHERE c.id = NEW.colleague_id) WHERE colleague_id = NEW.colleague_id AND EXISTS (SELECT 1 FROM colleague WHERE id = NEW.colleague_id);
END;
CREATE TRIGGER colleague_search_tag_delete AFTER DELETE ON colleague_tag BEGIN
    UPDATE colleague_search SET text = (SELECT rapport_fold(c.name || char(31) || c.team || char(31) || c.role || char(31) || c.agenda || char(31) || c.motivators || char(31) || c.demotivators || char(31) || c.valued_info || char(31) || c.notes || char(31) || IFNULL((SELECT group_concat(tag, char(31)) FROM colleague_tag t WHERE t.colleague_id = c.id), '')) FROM colleague c WHERE c.id = OLD.colleague_id) WHERE colleague_id = OLD.colleague_id AND EXISTS (SELECT 1 FROM colleague WHERE id = OLD.colleague_id);
END;
DELETE FROM colleague_search;
INSERT INTO colleague_search (colleague_id, text) SELECT c.id, rapport_fold(c.name || char(31) || c.team || char(31) || c.role || char(31) || c.agenda || char(31) || c.motivators || char(31) || c.demotivators || char(31) || c.valued_info || char(31) || c.notes || char(31) || IFNULL((SELECT group_concat(tag, char(31)) FROM colleague_tag t WHERE t.colleague_id = c.id), '')) FROM colleague c;
"""#
}
