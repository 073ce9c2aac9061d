import Foundation

/// What to know before meeting someone: what they value and want, what is open between you, the
/// recent exchanges, and one thing to do, in the spirit of feeding them before you need them.
public struct Brief: Equatable, Sendable {
    public struct Person: Equatable, Sendable {
        public var colleague: Colleague
        public var balance: Balance
        /// Open promises, both ways.
        public var promises: [Promise]
        /// Open needs from them.
        public var needs: [Need]
        public var lastInformationShared: Interaction?
        /// The latest exchanges, newest first.
        public var recent: [Interaction]

        public init(colleague: Colleague, balance: Balance, promises: [Promise], needs: [Need], lastInformationShared: Interaction?, recent: [Interaction]) {
            self.colleague = colleague
            self.balance = balance
            self.promises = promises.filter(\.isOpen)
            self.needs = needs.filter(\.isOpen)
            self.lastInformationShared = lastInformationShared
            self.recent = recent
        }

        /// One next step: keep your word first, then feed them before a need, then even out a
        /// relationship that only takes, then bring what they value.
        public func suggestion(now: Date) -> String {
            let first = colleague.firstName
            let valued = colleague.valuedInfo.inSentence
            if let promise = promises.filter({ $0.direction == .mine }).min(by: { ($0.dueAt ?? .distantFuture) < ($1.dueAt ?? .distantFuture) }) {
                return "Deliver what you promised \(first), “\(promise.what)”, or say when you will."
            }
            if let need = needs.min(by: { $0.dueAt < $1.dueAt }) {
                let gift = valued.isEmpty ? "an update they would value" : "“\(valued)”"
                return "You will need “\(need.what)” from \(first): share \(gift) first, before you ask."
            }
            if balance.leaning == .onlyReceiving {
                let agenda = colleague.agenda.inSentence
                return agenda.isEmpty ? "You have been taking more than giving: offer \(first) a hand." : "You have been taking more than giving: offer help with “\(agenda)”."
            }
            let quietDays = lastInformationShared.map { now.timeIntervalSince($0.occurredAt) / 86_400 } ?? .infinity
            if !valued.isEmpty, quietDays > 14 { return "Bring \(first) something on “\(valued)”: nothing asked in return." }
            if valued.isEmpty { return "Ask \(first) what information would help them most, and note it as what they value." }
            return "Ask \(first) what they are working on, and listen for where you can help."
        }
    }

    public var meeting: CalendarMeeting?
    public var people: [Person]
    /// People in the meeting who are not in the network.
    public var others: [CalendarMeeting.Attendee]

    public init(meeting: CalendarMeeting?, people: [Person], others: [CalendarMeeting.Attendee] = []) {
        self.meeting = meeting
        self.people = people
        self.others = others
    }
}
