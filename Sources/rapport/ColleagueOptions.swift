import ArgumentParser
import RapportApp
import PeerNetwork

/// The descriptive fields `add` and `edit` share; each one left out is left unchanged.
struct ColleagueOptions: ParsableArguments {
    @Option(help: "Their role or title.") var role: String?
    @Option(help: "Their team or department.") var team: String?
    @Option(name: .customLong("org"), help: "The organisation they work for, when it is not yours (a partner).") var organisation: String?
    @Option(help: "Their email address.") var email: String?
    @Option(name: .customLong("tag"), help: "A tag to add (repeatable), e.g. --tag exec.") var tags: [String] = []
    @Option(help: ArgumentHelp("Their stance: \(Stance.spellings).", valueName: "stance")) var stance: String?
    @Option(help: "What drives their business agenda.") var agenda: String?
    @Option(help: "What motivates them.") var motivators: String?
    @Option(help: "What demotivates them.") var demotivators: String?
    @Option(name: .customLong("values"), help: "What information they value.") var valuedInfo: String?
    @Option(help: "Free notes.") var notes: String?
    @Option(help: ArgumentHelp("How often to be in touch: 3w, none, or default (from vital: 5 → 2w, 4 → 3w, 3 → 6w).", valueName: "weeks"))
    var every: String?

    func apply(to colleague: inout Colleague) throws {
        if let role { colleague.role = role }
        if let team { colleague.team = team }
        if let organisation { colleague.organisation = organisation }
        if let email { colleague.email = email }
        if let agenda { colleague.agenda = agenda }
        if let motivators { colleague.motivators = motivators }
        if let demotivators { colleague.demotivators = demotivators }
        if let valuedInfo { colleague.valuedInfo = valuedInfo }
        if let notes { colleague.notes = notes }
        for tag in tags.map({ $0.trimmed.lowercased().trimmingCharacters(in: ["@"]) }) where !colleague.tags.contains(tag) {
            guard !tag.isEmpty, !tag.contains(where: \.isWhitespace) else {
                throw CLIError("--tag '\(tag)' is not a tag: use one word, like --tag exec")
            }
            colleague.tags.append(tag)
        }
        if let every {
            guard let weeks = ContactCadence.parse(every) else {
                throw CLIError("--every '\(every)' is not a rhythm: use a number of weeks (3w, 1 to 52), none or default")
            }
            colleague.contactEveryWeeks = weeks
        }
        if let stance {
            guard let parsed = Stance(parsing: stance) else {
                throw CLIError("--stance '\(stance)' is not a stance: use one of \(Stance.spellings)")
            }
            colleague.stance = parsed
        }
    }
}

/// `--vital N --frequency N --quality N --trust N`, each 1 to 5.
struct RatingOptions: ParsableArguments {
    @Option(help: "How critical their support is, 1 (marginal) to 5 (critical).") var vital: Int?
    @Option(help: "How often you interact, 1 (almost never) to 5 (daily).") var frequency: Int?
    @Option(help: "Transactional (1) to real rapport (5).") var quality: Int?
    @Option(help: "Honesty and kept commitments, 1 (none) to 5 (full).") var trust: Int?

    var ratings: Ratings { Ratings(vital: vital, frequency: frequency, quality: quality, trust: trust) }

    func validated() throws -> Ratings {
        for dimension in RatingDimension.allCases {
            if let value = ratings[dimension], !RatingDimension.range.contains(value) {
                throw CLIError("--\(dimension.rawValue) must be 1 to 5, not \(value)")
            }
        }
        return ratings
    }
}
