import Foundation
import TerminalUI
import PeerNetwork

/// What is due this morning, for `rapport agenda`: promises and needs due within the window (or
/// overdue), the review's most urgent next actions, and colleagues past their keep-in-touch rhythm.
public struct Agenda: Sendable {
    public struct Due: Sendable {
        public var kind: String
        public var direction: PromiseDirection?
        public var id: Int64
        public var colleague: Colleague
        public var what: String
        public var dueAt: Date
    }

    public struct Late: Sendable {
        public var colleague: Colleague
        public var everyWeeks: Int
        public var lastContact: Date?
        public var daysLate: Int
    }

    public var now: Date
    public var days: Int
    public var due: [Due]
    public var nextActions: [Insight]
    public var late: [Late]
    /// Meetings from the calendars still to log; nil when no calendar was added.
    public var meetingsToLog: Int?

    /// How many of the review's items an agenda shows.
    public static let actionCount = 5

    public init(input: ReviewInput, review: Review, now: Date, days: Int, meetingsToLog: Int? = nil) {
        self.now = now
        self.meetingsToLog = meetingsToLog
        self.days = days
        let horizon = now.addingTimeInterval(Double(days) * 86_400)
        let people = Dictionary(input.people.map { ($0.colleague.id ?? 0, $0.colleague) }, uniquingKeysWith: { a, _ in a })
        // What the review has decided on (done, snoozed, dismissed) is not brought up again here.
        let decided = Set(review.hiddenInsights.map(\.key))
        let promises = input.promises.compactMap { promise -> Due? in
            guard promise.keptAt == nil, let due = promise.dueAt, due <= horizon, let colleague = people[promise.colleagueID],
                  !decided.contains("promise:\(promise.id ?? 0)") else { return nil }
            return Due(kind: "promise", direction: promise.direction, id: promise.id ?? 0, colleague: colleague, what: promise.what, dueAt: due)
        }
        let needs = input.needs.compactMap { need -> Due? in
            guard need.closedAt == nil, need.dueAt <= horizon, let colleague = people[need.colleagueID] else { return nil }
            return Due(kind: "need", direction: nil, id: need.id ?? 0, colleague: colleague, what: need.what, dueAt: need.dueAt)
        }
        due = (promises + needs).sorted { $0.dueAt < $1.dueAt }
        // Each thing is listed once: a promise already under Due, and a colleague already under
        // "Overdue for contact", are not next actions as well.
        let listedPromises = Set(promises.map(\.id))
        // One action a colleague, as the review's cards have.
        nextActions = Array(ReviewCard.group(review.insights.filter { insight in
            insight.kind != .keepInTouch && !(insight.promiseID.map(listedPromises.contains) ?? false)
        }).map(\.lead).prefix(Self.actionCount))
        let overdue = Set(review.insights.filter { $0.kind == .keepInTouch }.compactMap(\.colleagueID))
        late = input.people.compactMap { person in
            guard let id = person.colleague.id, overdue.contains(id),
                  let days = ContactCadence.daysLate(person, now: now), let weeks = ContactCadence.weeks(for: person.colleague) else { return nil }
            return Late(colleague: person.colleague, everyWeeks: weeks, lastContact: person.lastContact, daysLate: days)
        }.sorted { $0.daysLate > $1.daysLate }
    }

    public func text(calendar: Calendar) -> String {
        var lines = ["Agenda for \(DueDate.describe(now, now: now)), the next \(Plural.count(days, "day"))"]
        if let meetingsToLog { lines.append("Meetings to log: \(meetingsToLog)\(meetingsToLog > 0 ? " (rapport calendar pending)" : "")") }
        lines.append("")
        lines.append(due.isEmpty ? "Nothing due." : "Due")
        var table = TextTable(headers: ["", "", "", ""], maxWidths: [2: 34, 3: 50])
        for item in due {
            let what: String
            switch (item.kind, item.direction) {
            case ("promise", .mine?): what = "you promised \(item.colleague.name)"
            case ("promise", _): what = "\(item.colleague.name) promised you"
            default: what = "you need from \(item.colleague.name)"
            }
            table.rows.append([DueDate.describe(item.dueAt, now: now), DueDate.relative(item.dueAt, now: now), what, item.what])
        }
        // The table's header row is blank: leave it out.
        if !due.isEmpty { lines += table.rendered().components(separatedBy: "\n").dropFirst().map { "  " + $0 } }
        if !nextActions.isEmpty {
            lines += ["", "Next actions (rapport review for all)"]
            lines += nextActions.map { "  \($0.kind.shortTitle.padding(toLength: 8, withPad: " ", startingAt: 0)) \($0.action)" }
        }
        if !late.isEmpty {
            lines += ["", "Overdue for contact"]
            lines += late.prefix(8).map { entry in
                let last = entry.lastContact.map { "last contact \(RelativeTime.ago(from: $0, to: now))" } ?? "never contacted"
                return "  \(entry.colleague.name): \(last) (every \(entry.everyWeeks) weeks, \(entry.daysLate)d late)"
            }
        }
        return lines.joined(separator: "\n")
    }

    public var json: JSONValue {
        func person(_ colleague: Colleague) -> JSONValue { .object([("id", .int(Int(colleague.id ?? 0))), ("name", .string(colleague.name))]) }
        return .object([
            ("asOf", .date(now)),
            ("days", .int(days)),
            ("meetingsToLog", .optional(meetingsToLog) { .int($0) }),
            ("due", .array(due.map { item in
                .object([
                    ("type", .string(item.kind)), ("id", .int(Int(item.id))),
                    ("direction", .optional(item.direction?.rawValue, JSONValue.string)),
                    ("colleague", person(item.colleague)), ("what", .string(item.what)),
                    ("dueAt", .date(item.dueAt)), ("overdue", .bool(item.dueAt < now)),
                ])
            })),
            ("nextActions", .array(nextActions.map(JSONValue.insight))),
            ("overdueContacts", .array(late.map { entry in
                .object([
                    ("colleague", person(entry.colleague)), ("vital", .optional(entry.colleague.ratings.vital) { .int($0) }),
                    ("everyWeeks", .int(entry.everyWeeks)), ("lastContact", .date(entry.lastContact)), ("daysLate", .int(entry.daysLate)),
                ])
            })),
        ])
    }
}
