import Foundation

/// Departments drifting out of reach: a department with no active colleague in the network,
/// or one where nobody was contacted for `quietDays` (30). Departments are the teams in the
/// network (archived colleagues' teams included) plus the ones the user declared; only the user's
/// own organisation's people count, so an imported address book of partners is no silo.
public enum SiloRule: InsightRule {
    public static let quietDays = 30.0

    public static func insights(in context: ReviewContext) -> [Insight] {
        // Whoever you trust most is the one to ask for an introduction.
        let connector = context.person { a, b in
            (a.colleague.ratings.trust ?? 0, a.colleague.ratings.quality ?? 0, b.colleague.name)
                < (b.colleague.ratings.trust ?? 0, b.colleague.ratings.quality ?? 0, a.colleague.name)
        }?.colleague
        // Folding is slow: fold each distinct team once, not once a person. Members are kept as
        // positions in the input: copying 10,000 people is slow too.
        var foldedTeams: [String: String] = [:]
        var byTeam: [String: [Int]] = [:]
        for (index, team) in context.teams.enumerated() where context.input.isOwn(context.people[index].colleague) {
            let folded = foldedTeams[team] ?? team.trimmed.folded
            foldedTeams[team] = folded
            byTeam[folded, default: []].append(index)
        }
        var seen = Set<String>()
        let departments = (context.input.departments + foldedTeams.keys)
            .map(\.trimmed).filter { !$0.isEmpty && seen.insert($0.folded).inserted }
            .sorted { $0.folded < $1.folded }
        return departments.compactMap { department in
            let members = byTeam[department.folded] ?? []
            let key = "silo:\(department.folded)"
            guard !members.isEmpty else {
                return Insight(
                    .silo, key: key, about: connector, why: "No one in \(department) in your network",
                    action: connector.map { "Ask \($0.firstName) for an introduction to someone in \(department)" }
                        ?? "Find someone in \(department) to get to know",
                    priority: 42)
            }
            let lastContact = members.compactMap { context.people[$0].lastContact }.max()
            if let since = context.daysSince(lastContact), since <= quietDays { return nil }
            let contact = context.people[members.max { a, b in
                let (a, b) = (context.people[a].colleague, context.people[b].colleague)
                return (a.ratings.vital ?? 0, b.name) < (b.ratings.vital ?? 0, a.name)
            }!].colleague
            let silence = lastContact.map { "for \(RelativeTime.short(from: $0, to: context.now))" } ?? "yet"
            return Insight(
                .silo, key: key, about: contact, why: "Nobody in \(department) contacted \(silence)",
                action: "Catch up with \(contact.firstName) on what \(department) is working on", priority: 40)
        }
    }
}
