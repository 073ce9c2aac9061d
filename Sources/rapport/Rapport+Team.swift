import ArgumentParser
import Foundation
import PeerStore
import RapportApp
import PeerNetwork
import TeamServer
import TeamStore

extension Rapport {
    struct Team: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "team",
            abstract: "Team mode: a mutual-aid board on your team's PostgreSQL; your own notes stay on this machine.",
            discussion: """
                The administrator runs `init` and `invite`; each member runs `join` with the line `invite` printed.
                Every member connects as their own PostgreSQL role, and the server's row-level security enforces
                who sees and writes what. Connections take PostgreSQL's own URIs, PG* variables and ~/.pgpass.
                """,
            subcommands: [
                TeamInit.self, TeamInvite.self, TeamJoin.self, TeamMembers.self, TeamLeave.self, TeamSync.self,
                TeamAsk.self, TeamOffer.self, TeamExchange.self, TeamConfirm.self, TeamThanks.self, TeamClose.self, TeamCharter.self,
                TeamBoard.self, TeamBalanceCommand.self, TeamRound.self,
            ])
    }

    struct TeamInit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Create the team schema on a PostgreSQL server (once) and a team on it; needs a role with CREATEROLE.")
        @Argument(help: ArgumentHelp("The administrator's connection: a postgresql:// URI or key=value pairs.", valueName: "uri")) var uri: String
        @Option(help: ArgumentHelp("The new team's name.", valueName: "name")) var team: String
        @Option(help: ArgumentHelp("The weekly help budget the charter starts from, in hours.", valueName: "hours")) var budget: Double = 2

        func run() throws {
            guard budget > 0, budget <= 40 else { throw CLIError("--budget \(budget) must be between 0 and 40 hours") }
            let admin = TeamAdmin(try PGConnection(uri))
            try admin.initialize(team: team, weeklyBudgetMinutes: Int((budget * 60).rounded()))
            print("Created team \(team). Invite its members with: rapport team invite NAME --team \(team) --server '\(uri)'")
            if budget > 5 { print("Note: a weekly budget above 5 h is a lot to give on top of one's own work.") }
        }
    }

    struct TeamInvite: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "invite",
            abstract: "Create a member's PostgreSQL role; the last line printed is what they pass to `rapport team join`.")
        @Argument(help: ArgumentHelp("The member's name, as the team will see it.", valueName: "name")) var name: String
        @Option(help: ArgumentHelp("The team.", valueName: "name")) var team: String
        @Option(help: ArgumentHelp("The administrator's connection (default: the PG* environment).", valueName: "uri")) var server: String = ""

        func run() throws {
            let invitation = try TeamAdmin(try PGConnection(server)).invite(name, team: team)
            print("Invited \(name) to \(team) as PostgreSQL role \(invitation.role). Give them this line, privately; it holds their password:")
            print(invitation.joinString)
        }
    }

    struct TeamJoin: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "join",
            abstract: "Join a team with the line `rapport team invite` printed: the password goes into ~/.pgpass (0600).")
        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp("The invitation line.", valueName: "string")) var invitation: String

        func run() throws {
            let joining: TeamInvitation
            do { joining = try TeamInvitation(joinString: invitation) } catch { throw CLIError("\(error)") }
            // What could refuse the join is asked before anything is written here: the password
            // file, the server, then the database (which a first join creates).
            try PGPass.checkWritable()
            let connection = try PGConnection(joining.conninfo + " password=\(TeamInvitation.quoted(joining.password))")
            let teams = try connection.execute("SELECT name FROM rapport_team.team").rows.map { $0[0] }
            guard teams.contains(joining.team) else { throw CLIError("the server does not list \(joining.team) among this role's teams") }
            let team = try connection.execute("SELECT id::text, weekly_budget_minutes::text FROM rapport_team.team WHERE name = $1", [joining.team]).rows[0]
            let database = try store.open(creating: true)
            try PGPass.add(joining.pgpassLine)
            try database.setTeamConnection(AppDatabase.TeamConnection(conninfo: joining.conninfo, team: joining.team))
            let cache = try TeamCache(path: TeamCache.path(beside: store.resolvedPath))
            try cache.join(teamID: team[0]!, name: joining.team, myRole: joining.role, weeklyBudgetMinutes: Int(team[1] ?? "") ?? 120)
            try cache.sync(joining.conninfo)
            print("Joined \(joining.team). The password is in \(PGPass.path); the connection is kept in \(store.resolvedPath).")
            // The charter holds the defaults: a budget of one's own stays as it is.
            let budgetMinutes = Int(team[1] ?? "") ?? 120
            if try !database.hasWeeklyBudget() {
                try database.setWeeklyBudget(hours: Double(budgetMinutes) / 60)
                print("Your weekly help budget is the team's: \(QuickLogSummary.duration(budgetMinutes)) (rapport budget changes it).")
            }
            if budgetMinutes > 5 * 60 { print("Note: the team's budget is above 5 h a week, a lot to give on top of one's own work.") }
        }
    }

    struct TeamMembers: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "members", abstract: "The team's members, by name.")
        @OptionGroup var store: StoreOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let session = try TeamSession(store)
            let names = try session.cache.rows().members.map(\.name).sorted { $0.localizedCaseInsensitiveCompare($1) == .orderedAscending }
            if json {
                JSONValue.object([("team", .string(session.connection.team)), ("members", .array(names.map(JSONValue.string)))]).printLine()
            } else {
                print(([session.connection.team] + names.map { "  \($0)" }).joined(separator: "\n"))
            }
        }
    }

    struct TeamLeave: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "leave", abstract: "Forget the team connection on this machine; the team's confirmed history stays on the server.")
        @OptionGroup var store: StoreOptions

        func run() throws {
            let database = try store.open()
            guard let team = try database.teamConnection() else { throw CLIError("this network has joined no team") }
            try database.setTeamConnection(nil)
            print("Left \(team.team) on this machine. Your line in \(PGPass.path) stays until you remove it.")
        }
    }
}
