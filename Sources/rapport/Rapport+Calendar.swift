import ArgumentParser
import Foundation
import Interchange
import PeerNetwork
import PeerStore
import RapportApp

extension Rapport {
    struct CalendarCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "calendar",
            abstract: "Meetings from your calendar files become one-key logs.",
            discussion: """
                Rapport reads local files only: an .ics file, or a vdir folder as vdirsyncer and khal keep \
                them. It stores no titles and no other attendees' addresses: only each meeting's key, end, \
                length and the colleagues it matched.

                Examples:
                  rapport calendar add ~/.calendars/work
                  rapport calendar me me@example.com
                  rapport calendar pending
                  rapport calendar log 3f9c0a1b agreed to share the Q3 numbers
                """,
            subcommands: [Add.self, List.self, Remove.self, Me.self, Set.self, Pending.self, LogMeeting.self, Dismiss.self, Mute.self],
            defaultSubcommand: Pending.self)

        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "add", abstract: "Read meetings from an .ics file or a vdir folder.")
            @OptionGroup var store: StoreOptions
            @Argument(help: "The .ics file or vdir folders.", completion: .file(), transform: PathArgument.nonEmpty) var paths: [String]
            @Flag(help: "Prompt for private and confidential events too.") var includePrivate = false

            func run() throws {
                // Every path is checked before any is added: the command adds them all or none.
                let sources = try paths.map { path -> (path: String, isFolder: Bool) in
                    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
                    do throws(CalendarSource.Unreadable) { return (absolute, try CalendarSource.check(absolute)) } catch { throw CLIError(error.description) }
                }
                let database = try store.open(creating: true)
                let added = try database.addCalendarSources(
                    sources.map { CalendarSourceSetting(path: $0.path, includePrivate: includePrivate) }, at: AppClock.now)
                for (source, changed) in zip(sources, added) {
                    let how = "\(source.isFolder ? " (a folder)" : "")\(includePrivate ? ", private events included" : "")"
                    print(changed ? "Calendar added: \(source.path)\(how)" : "Already reading \(source.path)\(how); nothing changed")
                }
            }
        }

        struct List: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "list", abstract: "List the calendars, your addresses and the rules.")
            @OptionGroup var store: StoreOptions
            @Flag(help: "Print JSON.") var json = false

            func run() throws {
                let database = try store.openForReading()
                let sources = try database.calendarSources()
                let rules = try database.meetingRules()
                if json {
                    JSONValue.object([
                        ("sources", .array(sources.map { .object([("path", .string($0.path)), ("includePrivate", .bool($0.includePrivate))]) })),
                        ("me", .array(rules.myAddresses.sorted().map(JSONValue.string))),
                        ("windowDays", .int(rules.windowDays)),
                        ("attendees", .object([("min", .int(rules.attendees.lowerBound)), ("max", .int(rules.attendees.upperBound))])),
                    ]).printLine()
                    return
                }
                if sources.isEmpty { print("No calendars. Add one: rapport calendar add PATH") }
                for source in sources { print("\(source.path)\(source.includePrivate ? "  (private events included)" : "")") }
                print("You: \(rules.myAddresses.isEmpty ? "no addresses yet (rapport calendar me EMAIL…)" : rules.myAddresses.sorted().joined(separator: ", "))")
                print("Meetings that ended in the last \(rules.windowDays) days, with \(rules.attendees.lowerBound) to \(rules.attendees.upperBound) people.")
            }
        }

        struct Remove: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "remove", abstract: "Stop reading a calendar (what was decided is kept).")
            @OptionGroup var store: StoreOptions
            @Argument(help: "The path as `calendar list` shows it.", completion: .file(), transform: PathArgument.nonEmpty) var path: String

            func run() throws {
                let database = try store.open()
                let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
                guard try database.removeCalendarSource(absolute) || database.removeCalendarSource(path) else {
                    throw CLIError("\(path) is not one of your calendars (rapport calendar list shows them)")
                }
                print("Calendar removed: \(absolute)")
            }
        }

        struct Me: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "me", abstract: "Your own addresses: meetings you declined are left out, and you are never an attendee to add.")
            @OptionGroup var store: StoreOptions
            @Argument(help: "Every address of yours, replacing those set before; none shows them.") var emails: [String] = []
            @Flag(help: "Forget your addresses.") var clear = false
            @Flag(help: "Print JSON.") var json = false

            func validate() throws {
                guard emails.isEmpty || !clear else { throw ValidationError("give addresses or --clear, not both") }
            }

            func run() throws {
                for email in emails where !email.contains("@") || email.contains(where: \.isWhitespace) {
                    throw CLIError("\(email) is not an email address")
                }
                let setting = clear || !emails.isEmpty
                let database = try setting ? store.open(creating: true) : store.openForReading()
                if setting { try database.setCalendarAddresses(emails) }
                let mine = try database.meetingRules().myAddresses.sorted()
                if json { return print(JSONValue.object([("addresses", .array(mine.map(JSONValue.string)))]).rendered()) }
                print(mine.isEmpty ? (setting ? "Your addresses are cleared." : "No addresses yet: rapport calendar me EMAIL…") : "Your addresses: \(mine.joined(separator: ", "))")
            }
        }

        struct Set: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "set", abstract: "Which meetings become prompts.")
            @OptionGroup var store: StoreOptions
            @Option(help: ArgumentHelp("Meetings that ended this many days back (default 3).", valueName: "days")) var windowDays: Int?
            @Option(help: ArgumentHelp("How many people a meeting has, as MIN-MAX (default 2-8).", valueName: "min-max")) var attendees: String?

            func validate() throws {
                guard windowDays != nil || attendees != nil else { throw ValidationError("say --window-days N or --attendees MIN-MAX") }
            }

            func run() throws {
                let range = try attendees.map { text -> ClosedRange<Int> in
                    guard let range = AppDatabase.attendeeRange(text) else { throw CLIError("--attendees takes MIN-MAX, such as 2-8, not \(text)") }
                    return range
                }
                let database = try store.open(creating: true)
                if let windowDays { try database.setMeetingWindow(days: windowDays) }
                if let range { try database.setMeetingAttendees(range) }
                let rules = try database.meetingRules()
                print("Meetings that ended in the last \(rules.windowDays) days, with \(rules.attendees.lowerBound) to \(rules.attendees.upperBound) people.")
            }
        }

        struct Pending: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "pending", abstract: "Meetings with colleagues that ended recently, still to log.")
            @OptionGroup var store: StoreOptions
            @Flag(help: "Print JSON.") var json = false

            func run() throws {
                let database = try store.openForReading()
                let (meetings, warnings) = try MeetingsOnFile.toLog(in: database, now: AppClock.now)
                for warning in warnings { printError("Warning: \(warning)") }
                if json { MeetingReport.json(meetings).printLine() } else { print(MeetingReport.text(meetings, now: AppClock.now)) }
            }
        }

        struct LogMeeting: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "log", abstract: "Log a meeting: its people, day, length and kind come from the calendar.")
            @OptionGroup var store: StoreOptions
            @Argument(help: "The meeting's key, as `calendar pending` shows it.") var key: String
            @Argument(help: "A note.") var note: [String] = []

            func run() throws {
                let database = try store.open()
                let now = AppClock.now
                let meeting = try MeetingsOnFile.pending(key, in: database, now: now)
                let logged = try database.logMeeting(MeetingReport.interaction(meeting, note: note.joined(separator: " ")), for: meeting, at: now)
                let names = meeting.colleagues.map(\.name).joined(separator: ", ")
                print("Logged #\(logged.id!): mutual meeting · \(names) · \(MeetingReport.when(meeting.meeting, now: now))\(logged.note.isEmpty ? "" : " — \(logged.note.onOneLine)")")
            }
        }

        struct Dismiss: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "dismiss", abstract: "Never ask about this meeting again.")
            @OptionGroup var store: StoreOptions
            @Argument(help: "The meeting's key, as `calendar pending` shows it.") var key: String

            func run() throws {
                let meeting = try MeetingsOnFile.decide(key, .dismissed, in: try store.open())
                print("Dismissed: \(meeting.meeting.title.isEmpty ? meeting.meeting.key.short : meeting.meeting.title)")
            }
        }

        struct Mute: ParsableCommand {
            static let configuration = CommandConfiguration(commandName: "mute", abstract: "Never ask about any meeting of this series again.")
            @OptionGroup var store: StoreOptions
            @Argument(help: "The key of one of its meetings, as `calendar pending` shows it.") var key: String

            func run() throws {
                let meeting = try MeetingsOnFile.decide(key, .muted, in: try store.open())
                print("Muted the series: \(meeting.meeting.title.isEmpty ? meeting.meeting.key.uid : meeting.meeting.title)")
            }
        }
    }
}

/// The shell's reading of the calendars: every command reads the files afresh.
enum MeetingsOnFile {
    static func toLog(in database: AppDatabase, now: Date) throws -> (meetings: [MeetingToLog], warnings: [String]) {
        let rules = try database.meetingRules()
        let scan = CalendarScan.read(try database.calendarSources(), rules: rules, now: now)
        return (try scan.meetingsToLog(database, rules: rules, now: now), scan.warnings)
    }

    /// Dismisses the meeting a key names, or mutes its series.
    static func decide(_ key: String, _ decision: MeetingDecision, in database: AppDatabase) throws -> MeetingToLog {
        let meeting = try pending(key, in: database, now: AppClock.now)
        try database.decideMeeting(meeting, decision, at: AppClock.now)
        return meeting
    }

    static func pending(_ key: String, in database: AppDatabase, now: Date) throws -> MeetingToLog {
        let meetings = try toLog(in: database, now: now).meetings
        guard let meeting = meetings.first(where: { $0.meeting.key.short == key.lowercased() }) else {
            throw CLIError("no meeting to log has the key \(key) (rapport calendar pending lists them)")
        }
        return meeting
    }
}
