import ArgumentParser
import Foundation
import PeerNetwork
import PeerStore
import RapportApp
import TeamServer
import TeamStore

/// A member's team: the connection their database keeps, and the cache beside it.
struct TeamSession {
    let connection: AppDatabase.TeamConnection
    let cache: TeamCache
    let me: String

    init(_ store: StoreOptions) throws {
        guard let connection = try store.openForReading().teamConnection() else {
            throw CLIError("this network has joined no team: rapport team join LINE (from your team's administrator)")
        }
        self.connection = connection
        cache = try TeamCache(path: TeamCache.path(beside: store.resolvedPath))
        guard let team = try cache.team() else { throw CLIError("the team cache is empty: run rapport team join again") }
        me = team.myRole
    }

    /// Records a write, then runs the sync step; offline, the write waits in the outbox.
    func write(_ write: TeamWrite, _ done: String) throws {
        try cache.record(write, now: AppClock.now)
        // A confirmation is one line, whatever the member wrote.
        print((done + syncNow()).onOneLine)
    }

    /// " (sent)", or why it waits.
    func syncNow() -> String {
        do {
            let report = try cache.sync(connection.conninfo)
            for refusal in report.refused { printError("The server refused \(refusal)") }
            return report.refused.isEmpty ? " (sent)" : ""
        } catch {
            let waiting = (try? cache.pendingCount()) ?? 0
            return " (queued: \(waiting) waiting to send; \(error); rapport team sync sends them)"
        }
    }

    /// A member by name: exact (any case, accents folded), else the one whose name starts so.
    func role(of name: String) throws -> String {
        let members = try cache.rows().members
        let wanted = name.singleSpaced.folded
        if let exact = members.first(where: { $0.name.singleSpaced.folded == wanted }) { return exact.role }
        let starting = members.filter { $0.name.folded.hasPrefix(wanted) }
        guard starting.count == 1 else {
            throw CLIError(starting.isEmpty ? "no team member is named \(name)" : "\(starting.count) team members match \(name): \(starting.map(\.name).joined(separator: ", "))")
        }
        return starting[0].role
    }

    /// An id by its first characters, among `ids`.
    static func id(_ prefix: String, among ids: [String], what: String) throws -> String {
        let matches = ids.filter { $0.hasPrefix(prefix.lowercased()) }
        guard matches.count == 1, prefix.count >= 4 else {
            throw CLIError(matches.isEmpty ? "no \(what) has the id \(prefix)" : "\(prefix) names \(matches.count) \(what)s: give more of the id")
        }
        return matches[0]
    }

    /// "synced 3 min ago", or never, with what waits to be sent.
    func freshness() throws -> String {
        let synced = try cache.team()?.syncedAt
        let waiting = try cache.pendingCount()
        let when = synced.map { "synced \(RelativeTime.ago(from: $0, to: AppClock.now))" } ?? "never synced"
        return "(\(when)\(waiting > 0 ? "; \(waiting) waiting to send" : ""))"
    }

    /// A read of the cache: JSON, or the text with when the cache was last synced under it.
    func show(json: Bool, _ value: (TeamRows) -> JSONValue, text: (TeamRows) -> String) throws {
        let rows = try cache.rows()
        if json { return value(rows).printLine() }
        print(text(rows) + "\n\n" + (try freshness()))
    }
}

/// What the member typed, kept exactly; refused when it is blank or holds a NUL.
func nonEmpty(_ text: String, _ what: String) throws -> String {
    guard !text.trimmed.isEmpty else { throw CLIError("\(what) is empty") }
    try UnstorableText.check([what: text])
    return text
}

extension Rapport {
    struct TeamSync: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "sync", abstract: "Send what waits in the outbox, then fetch the team.")
        @OptionGroup var store: StoreOptions

        func run() throws {
            let session = try TeamSession(store)
            let report: TeamCache.SyncReport
            do { report = try session.cache.sync(session.connection.conninfo) } catch { throw CLIError("\(error); your writes wait in the outbox") }
            for refusal in report.refused { printError("The server refused \(refusal)") }
            print("Synced \(session.connection.team): sent \(report.sent), fetched the team.")
        }
    }

    struct TeamAsk: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ask", abstract: "Ask the team for help: what, by when, and what done means.",
            discussion: "Example: rapport team ask \"Review my budget deck\" --by friday --done-means \"comments in the doc\"")
        @OptionGroup var store: StoreOptions
        @Argument(help: "What you need.") var what: String
        @Option(help: ArgumentHelp("By when: 2027-03-15, friday, 3d…", valueName: "day")) var by: String
        @Option(help: ArgumentHelp("What done means, so everyone knows when to close it.", valueName: "text")) var doneMeans: String

        func run() throws {
            let session = try TeamSession(store)
            let due = try DueDate.parse(by, now: AppClock.now)
            let what = try nonEmpty(self.what, "the ask")
            try session.write(.ask(what: what, due: due, doneMeans: try nonEmpty(doneMeans, "--done-means")), "Asked \(session.connection.team): \(what)")
        }
    }

    struct TeamOffer: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "offer", abstract: "Offer help, to the team or for one ask.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "What you offer.") var what: String
        @Option(name: .customLong("for"), help: ArgumentHelp("The ask it answers (its id as the board shows it).", valueName: "ask")) var ask: String?

        func run() throws {
            let session = try TeamSession(store)
            let forAsk = try ask.map { try TeamSession.id($0, among: session.cache.rows().asks.map(\.id), what: "ask") }
            let what = try nonEmpty(self.what, "the offer")
            try session.write(.offer(what: what, forAsk: forAsk), "Offered: \(what)")
        }
    }

    struct TeamExchange: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "exchange", abstract: "Propose an exchange with a member; it counts once they confirm it too.",
            discussion: "Example: rapport team exchange Ana gave 45m \"paired on the forecast\"")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The other member.") var name: String
        @Argument(help: "gave or received.") var direction: String
        @Argument(help: "How long: 30m, 1h30m.") var duration: String
        @Argument(help: "What it was.") var what: String
        @Option(help: ArgumentHelp("The day it happened (default: today).", valueName: "day")) var on: String?
        @Option(help: ArgumentHelp("An exchange this one corrects: confirmed history is never changed, and once both sides confirm the correction it counts instead.", valueName: "id"))
        var corrects: String?

        func run() throws {
            let session = try TeamSession(store)
            guard ["gave", "received"].contains(direction) else { throw CLIError("'\(direction)' is not gave or received") }
            guard let minutes = Duration.minutes(duration) else { throw CLIError("'\(duration)' is not a duration: use 30m, 1h or 1h30m (up to a day)") }
            let other = try session.role(of: name)
            guard other != session.me else { throw CLIError("an exchange is between two members") }
            let day = try on.map { text -> Date in
                guard let day = PastDay.parse(text, now: AppClock.now, calendar: .iso8601Local) else { throw CLIError("'\(text)' is not a past day: use 2026-12-01, yesterday, monday") }
                return day
            } ?? AppClock.now
            let what = try nonEmpty(self.what, "what the exchange was")
            let corrected = try corrects.map { prefix in
                try TeamSession.id(prefix, among: session.cache.rows().exchanges.filter { [$0.giver, $0.receiver].contains(session.me) }.map(\.id), what: "exchange of yours")
            }
            try session.write(
                .exchange(with: other, gave: direction == "gave", minutes: minutes, what: what, on: day, corrects: corrected),
                "Proposed: you \(direction) \(try session.cache.rows().name(of: other)) \(QuickLogSummary.duration(minutes)), \(what); it counts once they confirm")
        }
    }

    struct TeamConfirm: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "confirm", abstract: "Confirm your side of an exchange another member proposed.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The exchange's id, as the board shows it.") var id: String

        func run() throws {
            let session = try TeamSession(store)
            let rows = try session.cache.rows()
            let mine = rows.exchanges.filter { $0.giver == session.me || $0.receiver == session.me }
            let exchange = try TeamSession.id(id, among: mine.map(\.id), what: "exchange of yours")
            try session.write(.confirm(exchange: exchange), "Confirmed \(TeamReport.shortID(exchange))")
        }
    }

    struct TeamThanks: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "thanks", abstract: "Thank a member, where the team can see it.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The member.") var name: String
        @Argument(help: "What for.") var what: String

        func run() throws {
            let session = try TeamSession(store)
            let recipient = try session.role(of: name)
            guard recipient != session.me else { throw CLIError("thanks go to someone else") }
            try session.write(.thanks(to: recipient, what: try nonEmpty(what, "the thanks")), "Thanked \(try session.cache.rows().name(of: recipient))")
        }
    }

    struct TeamClose: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "close", abstract: "Close an ask of yours: done, or no longer needed.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "The ask's id.") var id: String
        @Argument(help: "A word on how it ended.") var note: String = ""

        func run() throws {
            let session = try TeamSession(store)
            let mine = try session.cache.rows().asks.filter { $0.author == session.me && $0.closedAt == nil }
            let ask = try TeamSession.id(id, among: mine.map(\.id), what: "open ask of yours")
            try UnstorableText.check(["note": note])
            try session.write(.close(ask: ask, note: note), "Closed \(TeamReport.shortID(ask))")
        }
    }

    struct TeamCharter: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "charter", abstract: "The team's charter: 3 to 7 norms, each with a date to review it by.",
            discussion: "rapport team charter lists it; charter add \"NORM\" --review DAY adds one; charter review lists those due.")
        @OptionGroup var store: StoreOptions
        @Argument(help: "add or review (default: list).") var action: String?
        @Argument(help: "The norm, for add.") var norm: String?
        @Option(help: ArgumentHelp("When to review the norm, for add.", valueName: "day")) var review: String?
        @Flag(help: "Print JSON (when listing).") var json = false

        func run() throws {
            let session = try TeamSession(store)
            let norms = try session.cache.rows().norms
            switch action {
            case nil, "review":
                let shown = action == nil ? norms : norms.filter { $0.reviewOn <= AppClock.now }
                if json {
                    return JSONValue.array(shown.map { norm in
                        .object([("what", .string(norm.what)), ("reviewOn", .string(TeamDay.text(norm.reviewOn))), ("due", .bool(norm.reviewOn <= AppClock.now))])
                    }).printLine()
                }
                if shown.isEmpty { print(action == nil ? "The charter has no norms yet (a charter holds 3 to 7): rapport team charter add \"NORM\" --review DAY" : "No norm is due for review") }
                for norm in shown { print("\(norm.what.onOneLine) · review by \(TeamDay.text(norm.reviewOn))") }
            case "add":
                guard norms.count < 7 else { throw CLIError("the charter already has 7 norms, its most; review one instead") }
                guard let norm, let review else { throw CLIError("charter add needs the norm and --review DAY") }
                let what = try nonEmpty(norm, "the norm")
                try session.write(.norm(what: what, reviewOn: try DueDate.parse(review, now: AppClock.now)),
                                  "Added to the charter: \(what)" + (norms.count + 1 < 3 ? " (\(norms.count + 1) of at least 3)" : ""))
            default:
                throw CLIError("'\(action!)' is not add or review")
            }
        }
    }

    struct TeamBoard: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "board", abstract: "Asks and offers, what awaits your confirmation, the charter and the next actions.")
        @OptionGroup var store: StoreOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let session = try TeamSession(store)
            try session.show(json: json, { TeamReport.json($0, me: session.me, now: AppClock.now) }, text: { TeamReport.board($0, me: session.me, now: AppClock.now) })
        }
    }

    struct TeamBalanceCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "balance", abstract: "Given and received per member, by count and by hours, sorted by name.")
        @OptionGroup var store: StoreOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let session = try TeamSession(store)
            try session.show(json: json, TeamReport.balanceJSON, text: TeamReport.balance)
        }
    }

    struct TeamRound: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "round", abstract: "The next exchange meeting's agenda, as Markdown for its notes.")
        @OptionGroup var store: StoreOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let session = try TeamSession(store)
            let rows = try session.cache.rows()
            if json { return TeamReport.json(rows, me: session.me, now: AppClock.now).printLine() }
            print(TeamReport.round(rows, now: AppClock.now))
        }
    }
}
