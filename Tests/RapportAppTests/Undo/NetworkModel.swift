import PeerNetwork

/// What the database should hold, at the level a user thinks in: colleagues with their fields
/// and histories, interactions with their people, needs, review decisions. Writes and undos are
/// written here from the rules the README states, independently of the store's row recording.
struct NetworkModel: Equatable {
    struct Person: Equatable {
        var name: String
        var role = ""
        var stance = Stance.unknown
        var vital: Int?
        var archived = false
        var vitalHistory: [Int] = []
        var stanceHistory: [Stance] = []
    }

    struct Meeting: Equatable {
        var people: Set<Int64>
        var note: String
    }

    struct NeedEntry: Equatable {
        var colleague: Int64
        var what: String
    }

    var people: [Int64: Person] = [:]
    var meetings: [Int64: Meeting] = [:]
    var needs: [Int64: NeedEntry] = [:]
    var decisions: [String: ReviewDecision.Choice] = [:]
    var nextPerson: Int64 = 1
    var nextMeeting: Int64 = 1
    var nextNeed: Int64 = 1

    /// What one dashboard change did, in the model's terms: enough to take it back or to see
    /// that someone else has changed it since.
    struct Record {
        /// Colleagues as they were before and after (fields only), for those the change edited.
        var edited: [Int64: (before: Person, after: Person)] = [:]
        var addedPeople: [Int64: Person] = [:]
        var removedPeople: [Int64: Person] = [:]
        var addedMeetings: [Int64: Meeting] = [:]
        var removedMeetings: [Int64: Meeting] = [:]
        /// A deleted colleague's place in interactions that stayed (they had others in them).
        var removedParticipations: [(meeting: Int64, person: Int64)] = []
        var addedNeeds: [Int64: NeedEntry] = [:]
        var removedNeeds: [Int64: NeedEntry] = [:]
        var decisions: [String: (before: ReviewDecision.Choice?, after: ReviewDecision.Choice?)] = [:]
    }

    // MARK: Writes

    mutating func add(_ name: String) -> Int64 {
        defer { nextPerson += 1 }
        people[nextPerson] = Person(name: name)
        return nextPerson
    }

    mutating func rate(_ id: Int64, vital: Int) {
        guard var person = people[id] else { return }
        if person.vital != vital { person.vitalHistory.append(vital) }
        person.vital = vital
        people[id] = person
    }

    mutating func setStance(_ id: Int64, _ stance: Stance) {
        guard var person = people[id], person.stance != stance else { return }
        person.stance = stance
        person.stanceHistory.append(stance)
        people[id] = person
    }

    mutating func setRole(_ id: Int64, _ role: String) { people[id]?.role = role }
    mutating func setArchived(_ id: Int64, _ archived: Bool) { people[id]?.archived = archived }

    mutating func log(_ people: Set<Int64>, note: String) -> Int64 {
        defer { nextMeeting += 1 }
        meetings[nextMeeting] = Meeting(people: people, note: note)
        return nextMeeting
    }

    mutating func addNeed(_ colleague: Int64, _ what: String) -> Int64 {
        defer { nextNeed += 1 }
        needs[nextNeed] = NeedEntry(colleague: colleague, what: what)
        return nextNeed
    }

    /// Deletes a colleague, their needs, their place in shared interactions, and the
    /// interactions they had alone.
    mutating func delete(_ id: Int64, into record: inout Record) {
        guard let person = people.removeValue(forKey: id) else { return }
        record.removedPeople[id] = person
        for (needID, need) in needs where need.colleague == id {
            needs[needID] = nil
            record.removedNeeds[needID] = need
        }
        for (meetingID, meeting) in meetings where meeting.people.contains(id) {
            if meeting.people.count == 1 {
                meetings[meetingID] = nil
                record.removedMeetings[meetingID] = meeting
            } else {
                meetings[meetingID]?.people.remove(id)
                record.removedParticipations.append((meetingID, id))
            }
        }
    }

    // MARK: Undo

    /// Whether an undo of `record` may run: everything it put there is still as it left it,
    /// everything it removed can come back, and taking back what it added would not take
    /// anything someone added since.
    func canUndo(_ record: Record) -> Bool {
        // A change that wrote nothing has nothing to check or put back.
        for (id, change) in record.edited where change.before != change.after {
            guard let now = people[id] else { return false }
            if change.before.role != change.after.role, now.role != change.after.role { return false }
            if change.before.stance != change.after.stance, now.stance != change.after.stance { return false }
            if change.before.vital != change.after.vital, now.vital != change.after.vital { return false }
            if change.before.archived != change.after.archived, now.archived != change.after.archived { return false }
        }
        for (id, added) in record.addedPeople {
            guard people[id] == added else { return false }
            if needs.values.contains(where: { $0.colleague == id && !record.addedNeeds.values.contains($0) }) { return false }
            if meetings.contains(where: { $0.value.people.contains(id) && record.addedMeetings[$0.key] == nil }) { return false }
        }
        for (id, meeting) in record.addedMeetings where meetings[id] != meeting { return false }
        for (id, need) in record.addedNeeds where needs[id] != need { return false }
        for meeting in record.removedMeetings.values where !meeting.people.allSatisfy(isBack(record)) { return false }
        for need in record.removedNeeds.values where !isBack(record)(need.colleague) { return false }
        for (meeting, _) in record.removedParticipations where meetings[meeting] == nil { return false }
        for (key, change) in record.decisions where decisions[key] != change.after { return false }
        return true
    }

    /// A colleague is there after the undo: still present, or brought back by it.
    private func isBack(_ record: Record) -> (Int64) -> Bool {
        { id in people[id] != nil || record.removedPeople[id] != nil }
    }

    mutating func undo(_ record: Record) {
        for (id, change) in record.edited {
            guard var person = people[id] else { continue }
            if change.before.role != change.after.role { person.role = change.before.role }
            if change.before.stance != change.after.stance { person.stance = change.before.stance }
            if change.before.vital != change.after.vital { person.vital = change.before.vital }
            if change.before.archived != change.after.archived { person.archived = change.before.archived }
            // History entries the change added go; those it did not add stay.
            person.vitalHistory = Array(person.vitalHistory.dropLast(change.after.vitalHistory.count - change.before.vitalHistory.count))
            person.stanceHistory = Array(person.stanceHistory.dropLast(change.after.stanceHistory.count - change.before.stanceHistory.count))
            people[id] = person
        }
        for id in record.addedPeople.keys { people[id] = nil }
        for id in record.addedMeetings.keys { meetings[id] = nil }
        for id in record.addedNeeds.keys { needs[id] = nil }
        for (id, person) in record.removedPeople { people[id] = person }
        for (id, meeting) in record.removedMeetings { meetings[id] = meeting }
        for (id, need) in record.removedNeeds { needs[id] = need }
        for (meeting, person) in record.removedParticipations { meetings[meeting]?.people.insert(person) }
        for (key, change) in record.decisions { decisions[key] = change.before }
    }
}
