import Foundation
import PeerNetwork
import PeerStore

extension ArchiveJSON {
    /// A problem in an export, named by the file and the place in it.
    public struct Problem: Error, CustomStringConvertible {
        var file: String
        var path: String
        var message: String
        public var description: String { path.isEmpty ? "\(file): \(message)" : "\(file): \(path): \(message)" }
    }

    public static func decode(_ data: Data, file: String) throws -> NetworkArchive {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "not valid JSON"
            throw Problem(file: file, path: "", message: "not valid JSON (\(detail))")
        }
        let top = Field(value: root, path: "", file: file)
        guard try top.string("format") == format else {
            throw Problem(file: file, path: "format", message: "not a Rapport export (format is not \"\(format)\")")
        }
        let fileVersion = try top.int("version")
        guard fileVersion <= version else {
            throw Problem(file: file, path: "version", message: "written by a newer Rapport (version \(fileVersion)); upgrade Rapport to read it")
        }
        let settings = try top.object("settings")
        let people = try top.array("colleagues").map { try person($0) }
        try unique(people.map { $0.colleague.id }, "colleagues", "id", file: file)
        let ids = Set(people.compactMap(\.colleague.id))
        func colleagueID(_ field: Field, _ key: String) throws -> ColleagueID {
            let id = Int64(try field.int(key))
            guard ids.contains(id) else { throw field.problem(key, "names colleague \(id), who is not in the file") }
            return id
        }
        let interactions = try top.array("interactions").map { field in
            let people = try field.array("colleagueIDs").map { entry -> ColleagueID in
                guard let id = entry.value as? Int, ids.contains(Int64(id)) else { throw entry.problem("", "not the id of a colleague in the file") }
                return Int64(id)
            }
            guard !people.isEmpty else { throw field.problem("colleagueIDs", "an interaction needs at least one colleague") }
            return Interaction(
                id: Int64(try field.int("id")), occurredAt: try field.time("occurredAt"), colleagueIDs: people,
                direction: try field.choice("direction", Direction.init(rawValue:)), kind: try field.choice("kind", InteractionKind.init(rawValue:)),
                minutes: try field.optionalInt("minutes").map { minutes in
                    guard Interaction.allowedMinutes.contains(minutes) else { throw field.problem("minutes", "must be 1 to 1440 minutes (24h), not \(minutes)") }
                    return minutes
                }, note: try field.string("note"))
        }
        let archive = NetworkArchive(
            people: people, interactions: interactions,
            needs: try top.array("needs").map { field in
                Need(id: Int64(try field.int("id")), colleagueID: try colleagueID(field, "colleagueID"), what: try field.string("what"),
                     dueAt: try field.time("dueAt"), createdAt: try field.time("createdAt"), closedAt: try field.optionalTime("closedAt"))
            },
            promises: try top.array("promises").map { field in
                Promise(id: Int64(try field.int("id")), colleagueID: try colleagueID(field, "colleagueID"),
                        direction: try field.choice("direction", PromiseDirection.init(rawValue:)), what: try field.string("what"),
                        dueAt: try field.optionalTime("dueAt"), createdAt: try field.time("createdAt"), keptAt: try field.optionalTime("keptAt"))
            },
            decisions: try top.array("reviewDecisions").map { field in
                ReviewDecision(key: try field.string("key"), choice: try field.choice("choice", ReviewDecision.Choice.init(rawValue:)),
                               decidedAt: try field.time("decidedAt"), until: try field.optionalTime("until"))
            },
            departments: try top.array("departments").map { entry in
                let name = try entry.text("a department name")
                guard !name.trimmed.isEmpty else { throw entry.problem("", "a department needs a name") }
                return name
            },
            weeklyBudgetHours: try settings.optionalDouble("weeklyBudgetHours").map { hours in
                guard HelpBudget.allowedWeeklyHours.contains(hours) else { throw settings.problem("weeklyBudgetHours", "must be 0 to 168 hours, not \(hours)") }
                return hours
            },
            weekStart: try settings.optionalString("weekStart").map { name in
                guard let start = WeekStart(parsing: name) else { throw settings.problem("weekStart", "'\(name)' is not a weekday") }
                return start
            })
        // What the database keeps unique is checked here, where the place in the file is known.
        try unique(archive.people.map { $0.colleague.uid }, "colleagues", "uid", file: file)
        try unique(archive.interactions.map(\.id), "interactions", "id", file: file)
        try unique(archive.needs.map(\.id), "needs", "id", file: file)
        try unique(archive.promises.map(\.id), "promises", "id", file: file)
        try unique(archive.decisions.map(\.key), "reviewDecisions", "key", file: file)
        return archive
    }

    /// Refuses a value that appears twice, naming both places.
    private static func unique<T: Hashable>(_ values: [T?], _ array: String, _ key: String, file: String) throws {
        var first: [T: Int] = [:]
        for (index, value) in values.enumerated() {
            guard let value else { continue }
            if let earlier = first[value] {
                throw Problem(file: file, path: "\(array)[\(index)].\(key)", message: "\(value) is also the \(key) of \(array)[\(earlier)]")
            }
            first[value] = index
        }
    }

    private static func person(_ field: Field) throws -> NetworkArchive.Person {
        let ratingsField = try field.object("ratings")
        var ratings = Ratings()
        for dimension in RatingDimension.allCases {
            guard let value = try ratingsField.optionalInt(dimension.rawValue) else { continue }
            guard RatingDimension.range.contains(value) else { throw ratingsField.problem(dimension.rawValue, "must be 1 to 5, not \(value)") }
            ratings[dimension] = value
        }
        let name = try field.string("name")
        guard !name.trimmed.isEmpty else { throw field.problem("name", "a colleague needs a name") }
        let tags = try field.array("tags").map { entry -> String in
            let tag = try entry.text("a tag")
            guard !tag.contains(where: \.isWhitespace), !tag.isEmpty else { throw entry.problem("", "a tag is one word") }
            return tag
        }
        let colleague = Colleague(
            id: Int64(try field.int("id")), name: name, role: try field.string("role"), team: try field.string("team"),
            // Archives written before organisations have none.
            organisation: try field.optionalString("organisation") ?? "",
            email: try field.string("email"), tags: tags, notes: try field.string("notes"), agenda: try field.string("agenda"),
            motivators: try field.string("motivators"), demotivators: try field.string("demotivators"),
            valuedInfo: try field.string("valuedInfo"), stance: try field.choice("stance", Stance.init(rawValue:)), ratings: ratings,
            ratedAt: try field.optionalTime("ratedAt"), archived: try field.bool("archived"), uid: try field.optionalString("uid"),
            contactEveryWeeks: try field.has("contactEveryWeeks") ? field.optionalInt("contactEveryWeeks").map { weeks in
                guard ContactCadence.allowedWeeks.contains(weeks) else { throw field.problem("contactEveryWeeks", "must be 0 (none) to 52 weeks, not \(weeks)") }
                return weeks
            } : nil)
        return NetworkArchive.Person(
            colleague: colleague, createdAt: try field.time("createdAt"), importedAt: try field.optionalTime("importedAt"),
            ratingHistory: try field.array("ratingHistory").map { entry in
                let value = try entry.int("value")
                guard RatingDimension.range.contains(value) else { throw entry.problem("value", "must be 1 to 5, not \(value)") }
                return RatingChange(dimension: try entry.choice("dimension", RatingDimension.init(rawValue:)), value: value, changedAt: try entry.time("changedAt"))
            },
            stanceHistory: try field.array("stanceHistory").map { entry in
                StanceChange(stance: try entry.choice("stance", Stance.init(rawValue:)), changedAt: try entry.time("changedAt"))
            })
    }

    /// A JSON value with its path, for typed reads that say where they failed.
    public struct Field {
        var value: Any
        var path: String
        var file: String

        func problem(_ key: String, _ message: String) -> Problem {
            Problem(file: file, path: key.isEmpty ? path : (path.isEmpty ? key : "\(path).\(key)"), message: message)
        }

        private func member(_ key: String) throws -> Any? {
            guard let object = value as? [String: Any] else { throw problem("", "expected an object") }
            guard let member = object[key] else { throw problem(key, "missing") }
            return member is NSNull ? nil : member
        }

        private func required<T>(_ key: String, _ what: String) throws -> T {
            guard let member = try member(key) as? T else { throw problem(key, "expected \(what)") }
            return member
        }

        private func optional<T>(_ key: String, _ what: String) throws -> T? {
            guard let member = try member(key) else { return nil }
            guard let typed = member as? T else { throw problem(key, "expected \(what) or null") }
            return typed
        }

        /// Text is kept exactly, or refused here, where its path is known: a NUL would be cut
        /// off by the store (`UnstorableText`).
        func string(_ key: String) throws -> String { try storable(key, try required(key, "text")) }
        /// Whether a key is there at all: fields added in later versions may be missing.
        func has(_ key: String) -> Bool { (value as? [String: Any])?[key] != nil }
        func optionalString(_ key: String) throws -> String? { try optional(key, "text").map { try storable(key, $0) } }
        /// An array's entry that is text, checked as `string` checks a member.
        func text(_ expected: String) throws -> String {
            guard let text = value as? String else { throw problem("", "expected \(expected)") }
            return try storable("", text)
        }

        private func storable(_ key: String, _ text: String) throws -> String {
            guard !text.utf8.contains(0) else { throw problem(key, "contains a NUL character (\\0), which cannot be stored") }
            return text
        }
        func bool(_ key: String) throws -> Bool { try required(key, "true or false") }
        func optionalDouble(_ key: String) throws -> Double? { try optional(key, "a number") }

        func int(_ key: String) throws -> Int {
            guard let number = try member(key) as? NSNumber, let value = Int(exactly: number.doubleValue) else { throw problem(key, "expected a whole number") }
            return value
        }

        func optionalInt(_ key: String) throws -> Int? {
            guard try member(key) != nil else { return nil }
            return try int(key)
        }

        func time(_ key: String) throws -> Date {
            guard let date = try optionalTime(key) else { throw problem(key, "expected a time like 2026-11-24T12:00:00.000Z") }
            return date
        }

        func optionalTime(_ key: String) throws -> Date? {
            guard let text: String = try optional(key, "a time") else { return nil }
            guard let date = (try? ArchiveJSON.timeStyle.parse(text)) ?? (try? Date.ISO8601FormatStyle().parse(text)) else {
                throw problem(key, "'\(text)' is not a time like 2026-11-24T12:00:00.000Z")
            }
            return StoredTime.rounded(date)
        }

        func choice<T>(_ key: String, _ make: (String) -> T?) throws -> T {
            let text = try string(key)
            guard let value = make(text) else { throw problem(key, "'\(text)' is not one of the allowed values") }
            return value
        }

        func object(_ key: String) throws -> Field {
            guard let member = try member(key) as? [String: Any] else { throw problem(key, "expected an object") }
            return Field(value: member, path: path.isEmpty ? key : "\(path).\(key)", file: file)
        }

        func array(_ key: String) throws -> [Field] {
            guard let items = try member(key) as? [Any] else { throw problem(key, "expected a list") }
            let base = path.isEmpty ? key : "\(path).\(key)"
            return items.enumerated().map { Field(value: $1, path: "\(base)[\($0)]", file: file) }
        }
    }
}
