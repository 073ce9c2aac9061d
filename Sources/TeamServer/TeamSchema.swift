/// The team's tables on PostgreSQL, and the rules that make them trustworthy, enforced by the
/// server and nowhere else:
/// - every table has row-level security enabled and forced, each policy in terms of
///   `current_user` (each member connects as their own role);
/// - `membership` shows a member only their own rows, and every other policy asks it
///   (`team_id IN (SELECT team_id FROM membership)`), which composes without recursion;
/// - members may INSERT named columns only, so authorship and times default on the server and
///   cannot be forged; there is no UPDATE or DELETE on anything, so history is never rewritten;
/// - composite foreign keys `(team_id, …)` keep every reference inside one team;
/// - no column holds ratings, stance, notes, agenda, motivators or values: those stay on the
///   member's machine.
/// Frozen text, like the local migrations: a later version adds steps, it never edits these.
public enum TeamSchema {
    public static let version = 1

    /// Run once per server by the role that administers it (it owns the tables).
    public static let create = """
        CREATE SCHEMA rapport_team;
        CREATE TABLE rapport_team.schema_version (version integer NOT NULL);
        INSERT INTO rapport_team.schema_version VALUES (1);

        CREATE TABLE rapport_team.team (
            id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
            name text NOT NULL UNIQUE CHECK (name <> ''),
            weekly_budget_minutes integer NOT NULL DEFAULT 120 CHECK (weekly_budget_minutes > 0),
            created_at timestamptz NOT NULL DEFAULT now());
        -- Which role is in which team. A member sees only their own rows here.
        CREATE TABLE rapport_team.membership (
            team_id uuid NOT NULL REFERENCES rapport_team.team (id),
            role_name name NOT NULL,
            PRIMARY KEY (team_id, role_name));
        -- The roster a team sees: names to show, never passwords.
        CREATE TABLE rapport_team.member (
            team_id uuid NOT NULL,
            role_name name NOT NULL,
            display_name text NOT NULL CHECK (display_name <> ''),
            joined_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (team_id, role_name),
            UNIQUE (team_id, display_name),
            FOREIGN KEY (team_id, role_name) REFERENCES rapport_team.membership);
        CREATE TABLE rapport_team.ask (
            team_id uuid NOT NULL,
            id uuid NOT NULL,
            author name NOT NULL DEFAULT current_user,
            what text NOT NULL CHECK (what <> ''),
            due date NOT NULL,
            done_means text NOT NULL CHECK (done_means <> ''),
            created_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (team_id, id),
            FOREIGN KEY (team_id, author) REFERENCES rapport_team.member);
        -- An ask is closed by a row of its own: the ask itself is never changed.
        CREATE TABLE rapport_team.ask_closed (
            team_id uuid NOT NULL,
            ask_id uuid NOT NULL,
            closed_by name NOT NULL DEFAULT current_user,
            note text NOT NULL DEFAULT '',
            closed_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (team_id, ask_id),
            FOREIGN KEY (team_id, ask_id) REFERENCES rapport_team.ask,
            FOREIGN KEY (team_id, closed_by) REFERENCES rapport_team.member);
        CREATE TABLE rapport_team.offer (
            team_id uuid NOT NULL,
            id uuid NOT NULL,
            author name NOT NULL DEFAULT current_user,
            what text NOT NULL CHECK (what <> ''),
            for_ask uuid,
            created_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (team_id, id),
            FOREIGN KEY (team_id, author) REFERENCES rapport_team.member,
            FOREIGN KEY (team_id, for_ask) REFERENCES rapport_team.ask);
        -- Proposed by one side; it counts once both sides have a confirmation. A correction is
        -- a new exchange that names the one it corrects.
        CREATE TABLE rapport_team.exchange (
            team_id uuid NOT NULL,
            id uuid NOT NULL,
            proposer name NOT NULL DEFAULT current_user,
            giver name NOT NULL,
            receiver name NOT NULL,
            minutes integer NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
            what text NOT NULL CHECK (what <> ''),
            occurred_on date NOT NULL,
            corrects uuid,
            created_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (team_id, id),
            CHECK (giver <> receiver),
            CHECK (proposer IN (giver, receiver)),
            FOREIGN KEY (team_id, giver) REFERENCES rapport_team.member,
            FOREIGN KEY (team_id, receiver) REFERENCES rapport_team.member,
            FOREIGN KEY (team_id, corrects) REFERENCES rapport_team.exchange);
        CREATE TABLE rapport_team.confirmation (
            team_id uuid NOT NULL,
            exchange_id uuid NOT NULL,
            role_name name NOT NULL DEFAULT current_user,
            confirmed_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (team_id, exchange_id, role_name),
            FOREIGN KEY (team_id, exchange_id) REFERENCES rapport_team.exchange,
            FOREIGN KEY (team_id, role_name) REFERENCES rapport_team.member);
        CREATE TABLE rapport_team.thanks (
            team_id uuid NOT NULL,
            id uuid NOT NULL,
            author name NOT NULL DEFAULT current_user,
            recipient name NOT NULL,
            what text NOT NULL CHECK (what <> ''),
            created_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (team_id, id),
            CHECK (author <> recipient),
            FOREIGN KEY (team_id, author) REFERENCES rapport_team.member,
            FOREIGN KEY (team_id, recipient) REFERENCES rapport_team.member);
        -- The charter: 3 to 7 norms, each with a date to review it by.
        CREATE TABLE rapport_team.norm (
            team_id uuid NOT NULL,
            id uuid NOT NULL,
            author name NOT NULL DEFAULT current_user,
            what text NOT NULL CHECK (what <> ''),
            review_on date NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (team_id, id),
            FOREIGN KEY (team_id, author) REFERENCES rapport_team.member);

        -- A sync fetches what is new since its last fetch, team by team.
        CREATE INDEX member_since ON rapport_team.member (team_id, joined_at);
        CREATE INDEX ask_since ON rapport_team.ask (team_id, created_at);
        CREATE INDEX ask_closed_since ON rapport_team.ask_closed (team_id, closed_at);
        CREATE INDEX offer_since ON rapport_team.offer (team_id, created_at);
        CREATE INDEX exchange_since ON rapport_team.exchange (team_id, created_at);
        CREATE INDEX confirmation_since ON rapport_team.confirmation (team_id, confirmed_at);
        CREATE INDEX thanks_since ON rapport_team.thanks (team_id, created_at);
        CREATE INDEX norm_since ON rapport_team.norm (team_id, created_at);

        -- Exchanges both sides confirmed, as the member asking may see them.
        CREATE VIEW rapport_team.confirmed_exchange WITH (security_invoker = true) AS
            SELECT e.* FROM rapport_team.exchange e
            WHERE EXISTS (SELECT 1 FROM rapport_team.confirmation c
                          WHERE c.team_id = e.team_id AND c.exchange_id = e.id AND c.role_name = e.giver)
              AND EXISTS (SELECT 1 FROM rapport_team.confirmation c
                          WHERE c.team_id = e.team_id AND c.exchange_id = e.id AND c.role_name = e.receiver);

        -- Members: what the member role may do, column by column.
        DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'rapport_member') THEN
                CREATE ROLE rapport_member NOLOGIN;
            END IF;
        END $$;
        REVOKE ALL ON SCHEMA rapport_team FROM PUBLIC;
        GRANT USAGE ON SCHEMA rapport_team TO rapport_member;
        GRANT SELECT ON ALL TABLES IN SCHEMA rapport_team TO rapport_member;
        GRANT INSERT (team_id, id, what, due, done_means) ON rapport_team.ask TO rapport_member;
        GRANT INSERT (team_id, ask_id, note) ON rapport_team.ask_closed TO rapport_member;
        GRANT INSERT (team_id, id, what, for_ask) ON rapport_team.offer TO rapport_member;
        GRANT INSERT (team_id, id, giver, receiver, minutes, what, occurred_on, corrects) ON rapport_team.exchange TO rapport_member;
        GRANT INSERT (team_id, exchange_id) ON rapport_team.confirmation TO rapport_member;
        GRANT INSERT (team_id, id, recipient, what) ON rapport_team.thanks TO rapport_member;
        GRANT INSERT (team_id, id, what, review_on) ON rapport_team.norm TO rapport_member;

        -- A change anywhere tells listeners to fetch again; channels cross teams, so the
        -- payload never says more than that.
        CREATE FUNCTION rapport_team.notify_refetch() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('rapport_team', 'refetch');
            RETURN NULL;
        END $$;
        """ + tables.map { table in """

        ALTER TABLE rapport_team.\(table) ENABLE ROW LEVEL SECURITY;
        ALTER TABLE rapport_team.\(table) FORCE ROW LEVEL SECURITY;
        CREATE POLICY administer ON rapport_team.\(table) TO CURRENT_USER USING (true) WITH CHECK (true);
        CREATE TRIGGER refetch AFTER INSERT ON rapport_team.\(table) FOR EACH STATEMENT EXECUTE FUNCTION rapport_team.notify_refetch();
        """ }.joined() + """

        CREATE POLICY anyone ON rapport_team.schema_version FOR SELECT TO rapport_member USING (true);
        CREATE POLICY own_rows ON rapport_team.membership FOR SELECT TO rapport_member USING (role_name = current_user);
        CREATE POLICY my_teams ON rapport_team.team FOR SELECT TO rapport_member
            USING (id IN (SELECT team_id FROM rapport_team.membership));
        """ + teamTables.map { table, author in """

        CREATE POLICY read_my_teams ON rapport_team.\(table) FOR SELECT TO rapport_member
            USING (team_id IN (SELECT team_id FROM rapport_team.membership));
        """ + (author.map { column in """

        CREATE POLICY write_as_myself ON rapport_team.\(table) FOR INSERT TO rapport_member
            WITH CHECK (team_id IN (SELECT team_id FROM rapport_team.membership) AND \(column) = current_user\(extraCheck[table] ?? ""));
        """ } ?? "") }.joined() + "\n"

    static let tables = ["schema_version", "team", "membership", "member", "ask", "ask_closed", "offer", "exchange", "confirmation", "thanks", "norm"]

    /// The tables a team's members share, and the column that says who wrote a row.
    static let teamTables: [(String, String?)] = [
        ("member", nil), ("ask", "author"), ("ask_closed", "closed_by"), ("offer", "author"), ("exchange", "proposer"),
        ("confirmation", "role_name"), ("thanks", "author"), ("norm", "author"),
    ]

    /// What a member may write beyond being its author.
    static let extraCheck: [String: String] = [
        // Only the one who asked closes an ask.
        "ask_closed": """
             AND EXISTS (SELECT 1 FROM rapport_team.ask a WHERE a.team_id = ask_closed.team_id AND a.id = ask_closed.ask_id AND a.author = current_user)
            """,
        // Each side confirms its own side, and only of an exchange it is part of.
        "confirmation": """
             AND EXISTS (SELECT 1 FROM rapport_team.exchange e WHERE e.team_id = confirmation.team_id AND e.id = confirmation.exchange_id AND current_user IN (e.giver, e.receiver))
            """,
    ]
}
