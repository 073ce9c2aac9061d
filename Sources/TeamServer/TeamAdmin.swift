import Foundation

/// What the administrator of a team server does: create the schema and a team, invite members
/// (a PostgreSQL role each, with a generated password), list them. Run with a role that has
/// CREATEROLE; it owns the team's tables.
public struct TeamAdmin {
    public let connection: PGConnection

    public init(_ connection: PGConnection) { self.connection = connection }

    /// Creates the schema if this server has none yet, then the team. Returns the team's id.
    @discardableResult
    public func initialize(team name: String, weeklyBudgetMinutes: Int = 120) throws -> String {
        try connection.transaction {
            let installed = try connection.execute("SELECT to_regclass('rapport_team.schema_version') IS NOT NULL AS installed").rows[0][0] == "t"
            if !installed { try connection.run(script: TeamSchema.create) }
            if try !connection.execute("SELECT 1 FROM rapport_team.team WHERE name = $1", [name]).rows.isEmpty {
                throw PGConnection.Failure(sqlState: nil, message: "a team named \(name) already exists on this server")
            }
            return try connection.execute(
                "INSERT INTO rapport_team.team (name, weekly_budget_minutes) VALUES ($1, $2) RETURNING id", [name, String(weeklyBudgetMinutes)]
            ).rows[0][0]!
        }
    }

    /// A new member: an opaque login role in the member group, with a statement timeout (so a
    /// runaway query cannot hold the server) and a generated password, added to the team under
    /// `displayName`.
    public func invite(_ displayName: String, team: String, statementTimeout: String = "5s") throws -> TeamInvitation {
        let role = "rapport_" + Self.randomHex(8)
        let password = Self.randomHex(18)
        try connection.transaction {
            guard let teamID = try connection.execute("SELECT id FROM rapport_team.team WHERE name = $1", [team]).rows.first?[0] else {
                throw PGConnection.Failure(sqlState: nil, message: "no team named \(team) on this server")
            }
            // Role names and passwords cannot be parameters: both are made here, of hex digits only.
            try connection.execute("CREATE ROLE \(role) LOGIN IN ROLE rapport_member PASSWORD '\(password)'")
            guard statementTimeout.allSatisfy({ $0.isLetter || $0.isNumber }) else {
                throw PGConnection.Failure(sqlState: nil, message: "a statement timeout is a number and a unit, such as 5s")
            }
            try connection.execute("ALTER ROLE \(role) SET statement_timeout = '\(statementTimeout)'")
            // A transaction left open is ended soon, so a sync that looks a minute back misses nothing.
            try connection.execute("ALTER ROLE \(role) SET idle_in_transaction_session_timeout = '10s'")
            try connection.execute("INSERT INTO rapport_team.membership (team_id, role_name) VALUES ($1, $2)", [teamID, role])
            try connection.execute("INSERT INTO rapport_team.member (team_id, role_name, display_name) VALUES ($1, $2, $3)", [teamID, role, displayName])
        }
        let database = try connection.execute("SELECT current_database()").rows[0][0] ?? ""
        return TeamInvitation(team: team, role: role, password: password, database: database, host: connection.host, port: connection.port)
    }

    static func randomHex(_ bytes: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<bytes).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}

/// What a new member needs to connect, as one line to pass on: `rapport team join LINE`.
public struct TeamInvitation: Codable, Equatable {
    public var team: String
    public var role: String
    public var password: String
    public var database: String
    public var host: String
    public var port: String

    static let prefix = "rapport-team:"

    public var joinString: String {
        let json = try! JSONEncoder().encode(self)
        return Self.prefix + json.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
    }

    public init(team: String, role: String, password: String, database: String, host: String, port: String) {
        self.team = team
        self.role = role
        self.password = password
        self.database = database
        self.host = host
        self.port = port
    }

    public init(joinString: String) throws {
        let failure = PGConnection.Failure(sqlState: nil, message: "not a Rapport team invitation: it starts with \(Self.prefix) and is printed by `rapport team invite`")
        guard joinString.hasPrefix(Self.prefix) else { throw failure }
        var body = String(joinString.dropFirst(Self.prefix.count)).replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while body.count % 4 != 0 { body += "=" }
        guard let data = Data(base64Encoded: body), let invitation = try? JSONDecoder().decode(Self.self, from: data) else { throw failure }
        // Each field becomes part of a ~/.pgpass line and a connection string: a line break or
        // another control would add a line of its own.
        let fields = [("team", invitation.team), ("role", invitation.role), ("password", invitation.password),
                      ("database", invitation.database), ("host", invitation.host), ("port", invitation.port)]
        if let (name, _) = fields.first(where: { $0.1.unicodeScalars.contains { $0.properties.generalCategory == .control } }) {
            throw PGConnection.Failure(sqlState: nil, message: "not a usable Rapport team invitation: its \(name) holds a control character")
        }
        self = invitation
    }

    /// libpq's connection string for this member, without the password (`~/.pgpass` holds it).
    public var conninfo: String {
        "host=\(Self.quoted(host)) port=\(Self.quoted(port)) dbname=\(Self.quoted(database)) user=\(Self.quoted(role)) application_name=rapport"
    }

    /// The `~/.pgpass` line: host:port:database:user:password, with `:` and `\` escaped.
    public var pgpassLine: String {
        [host, port, database, role, password].map { $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ":", with: "\\:") }
            .joined(separator: ":")
    }

    /// A value quoted for a libpq `key=value` connection string.
    public static func quoted(_ value: String) -> String {
        "'" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
