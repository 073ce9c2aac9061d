import Foundation
import GRDB
import PeerNetwork

extension AppDatabase {
    /// Adds a colleague; initial ratings and stance start their histories. With
    /// `refusingLikelyDuplicate`, someone with the same name or email already there is refused
    /// (`LikelyDuplicate`), the same way from the shell and from the dashboard's form.
    @discardableResult
    public func addColleague(_ colleague: Colleague, at now: Date, refusingLikelyDuplicate: Bool = false) throws -> Colleague {
        try Self.validate(colleague)
        return try write { db in
            if refusingLikelyDuplicate, let twin = LikelyDuplicate.find(for: colleague, among: try likelyDuplicateCandidates(of: colleague)) {
                throw twin
            }
            return try Self.insert(colleague, at: now, in: db)
        }
    }

    /// `importedAt`: set for colleagues an import created, so the review can ask for their ratings.
    static func insert(_ colleague: Colleague, at now: Date, importedAt: Date? = nil, in db: Database) throws -> Colleague {
        try insert([colleague], at: now, importedAt: importedAt, in: db)[0]
    }

    /// New colleagues with their tags, their ratings and stance as their histories' entries, and
    /// the earlier entries `ratingHistory` and `stanceHistory` hold (by colleague, in the same
    /// order), rows at a time (`RowInserter`).
    static func insert(
        _ colleagues: [Colleague], at now: Date, importedAt: Date? = nil,
        ratingHistory: [[RatingChange]] = [], stanceHistory: [[StanceChange]] = [], in db: Database
    ) throws -> [Colleague] {
        for colleague in colleagues { try UnstorableText.check(colleague.textFields) }
        var saved = colleagues.map { colleague in
            var row = colleague
            row.name = colleague.name.singleSpaced
            row.ratedAt = colleague.ratings.isUnrated ? nil : (colleague.ratedAt ?? now)
            row.uid = colleague.uid ?? UUID().uuidString.lowercased()
            return row
        }
        let ids = try RowInserter.insert(
            into: "colleague", columns: colleagueColumns, saved.map { colleagueRow($0, createdAt: now, importedAt: importedAt) }, in: db)
        var tags: [[DatabaseValue]] = [], ratings: [[DatabaseValue]] = [], stances: [[DatabaseValue]] = []
        for index in saved.indices {
            let id = ids[index], row = saved[index]
            saved[index].id = id
            tags += tagRows(row.tags, of: id)
            for dimension in RatingDimension.allCases {
                if let value = row.ratings[dimension] {
                    ratings.append(ratingRow(dimension, value, of: id, at: row.ratedAt ?? now))
                }
            }
            for change in index < ratingHistory.count ? ratingHistory[index] : [] {
                ratings.append(ratingRow(change.dimension, change.value, of: id, at: change.changedAt))
            }
            if row.stance != .unknown { stances.append(stanceRow(row.stance, of: id, at: now)) }
            for change in index < stanceHistory.count ? stanceHistory[index] : [] {
                stances.append(stanceRow(change.stance, of: id, at: change.changedAt))
            }
        }
        try RowInserter.insert(into: "colleague_tag", columns: tagColumns, tags, in: db)
        try RowInserter.insert(into: "rating_change", columns: ratingColumns, ratings, in: db)
        try RowInserter.insert(into: "stance_change", columns: stanceColumns, stances, in: db)
        return saved
    }

    /// Every column a colleague is stored in, in the order of `colleagueRow`: the one list an
    /// insert and a restore both write, so neither can leave a field behind.
    static let colleagueColumns = [
        "name", "role", "team", "email", "notes", "agenda", "motivators", "demotivators", "valued_info", "stance",
        "vital", "frequency", "quality", "trust", "rated_at", "archived", "created_at", "uid", "imported_at",
        "contact_every_weeks", "folded_name", "organisation",
    ]

    /// `colleague` as it is stored, exactly: the caller decides its name's spacing and its uid.
    static func colleagueRow(_ colleague: Colleague, createdAt: Date, importedAt: Date?) -> [DatabaseValue] {
        let values: [(any DatabaseValueConvertible)?] = [
            colleague.name, colleague.role, colleague.team, colleague.email, colleague.notes, colleague.agenda, colleague.motivators,
            colleague.demotivators, colleague.valuedInfo, colleague.stance.rawValue, colleague.ratings.vital, colleague.ratings.frequency,
            colleague.ratings.quality, colleague.ratings.trust, colleague.ratedAt?.timeIntervalSince1970, colleague.archived,
            createdAt.timeIntervalSince1970, colleague.uid, importedAt?.timeIntervalSince1970, colleague.contactEveryWeeks,
            colleague.name.folded, colleague.organisation,
        ]
        return values.map { $0?.databaseValue ?? .null }
    }

    static let tagColumns = ["colleague_id", "tag"]
    static let ratingColumns = ["colleague_id", "dimension", "value", "changed_at"]
    static let stanceColumns = ["colleague_id", "stance", "changed_at"]

    /// A colleague's tags as rows: lower-cased, each once.
    static func tagRows(_ tags: [String], of id: ColleagueID) -> [[DatabaseValue]] {
        Set(tags.map { $0.trimmed.lowercased() }).sorted().filter { !$0.isEmpty }.map { [id.databaseValue, $0.databaseValue] }
    }

    static func ratingRow(_ dimension: RatingDimension, _ value: Int, of id: ColleagueID, at date: Date) -> [DatabaseValue] {
        [id.databaseValue, dimension.rawValue.databaseValue, value.databaseValue, date.timeIntervalSince1970.databaseValue]
    }

    static func stanceRow(_ stance: Stance, of id: ColleagueID, at date: Date) -> [DatabaseValue] {
        [id.databaseValue, stance.rawValue.databaseValue, date.timeIntervalSince1970.databaseValue]
    }

    /// An edit laid onto the row as it is now (`EditMerge`); a field both changed is refused as
    /// other invalid input is, naming it.
    static func merged<Value: Mergeable>(_ edited: Value, from base: Value, onto current: Value) throws -> Value {
        do { return try edited.edits(from: base, onto: current) } catch { throw StoreError.invalid(error.description) }
    }

    /// Saves every field; ratings and stance that changed get a history entry. Returns whether
    /// anything changed: a row that would stay the same is not written. Given `base`, the
    /// colleague as read when the edit began, only the fields the edit changed are saved, so a
    /// change another program made meanwhile stays (`Colleague.edits(from:onto:)`). With
    /// `refusingLikelyDuplicate`, a new name or email that someone else has is refused, as
    /// adding them would be.
    @discardableResult
    public func updateColleague(_ edited: Colleague, editedFrom base: Colleague? = nil, at now: Date, refusingLikelyDuplicate: Bool = false) throws -> Bool {
        guard let id = edited.id else { throw StoreError.invalid("colleague has no id") }
        return try write { db in
            guard let before = try Self.fetchColleague(id, in: db) else { throw StoreError.colleagueNotFound(.id(id)) }
            var colleague = edited
            if let base {
                colleague = try Self.merged(edited, from: base, onto: before)
            }
            try Self.validate(colleague)
            if refusingLikelyDuplicate {
                // Only what changed is looked for: a twin they already had was allowed when made.
                var changed = Colleague(name: "", email: "")
                if colleague.name.singleSpaced.folded != before.name.singleSpaced.folded { changed.name = colleague.name }
                if colleague.email.trimmed.lowercased() != before.email.trimmed.lowercased() { changed.email = colleague.email }
                let others = try likelyDuplicateCandidates(of: changed).filter { $0.id != id }
                if let twin = LikelyDuplicate.find(for: changed, among: others) { throw twin }
            }
            try UnstorableText.check(colleague.textFields)
            let changesBefore = db.totalChangesCount
            // The row as it would be stored; tags and ratings are compared on their own below.
            var row = colleague
            (row.name, row.uid, row.tags, row.ratings, row.ratedAt) = (colleague.name.singleSpaced, colleague.uid ?? before.uid, before.tags, before.ratings, before.ratedAt)
            if row != before {
                try db.execute(
                    sql: """
                        UPDATE colleague SET name = ?, role = ?, team = ?, email = ?, notes = ?, agenda = ?,
                            motivators = ?, demotivators = ?, valued_info = ?, stance = ?, archived = ?, uid = ?,
                            contact_every_weeks = ?, folded_name = ?, organisation = ?
                        WHERE id = ?
                        """,
                    arguments: [
                        colleague.name.singleSpaced, colleague.role, colleague.team, colleague.email, colleague.notes,
                        colleague.agenda, colleague.motivators, colleague.demotivators, colleague.valuedInfo,
                        colleague.stance.rawValue, colleague.archived, colleague.uid ?? before.uid, colleague.contactEveryWeeks,
                        colleague.name.singleSpaced.folded, colleague.organisation, id,
                    ])
            }
            if before.stance != colleague.stance { try Self.recordStance(colleague.stance, of: id, at: now, in: db) }
            if before.tags != colleague.tags.sorted() { try Self.replaceTags(colleague.tags, of: id, in: db) }
            // Saving a form is not a review of the ratings: only a rating that changed moves the
            // reviewed time, so an edit never hides a "stale ratings" item.
            try Self.applyRatings(colleague.ratings, to: before, at: now, markingReviewed: false, in: db)
            return db.totalChangesCount != changesBefore
        }
    }

    /// Sets the given dimensions; returns the ones whose value actually changed.
    /// A re-rating with nothing changed still marks the ratings as reviewed today. Given the
    /// ratings `shown` when the user began, one left as shown keeps what is stored now, as an
    /// edit does (`Colleague.edits(from:onto:)`).
    @discardableResult
    public func rate(_ id: ColleagueID, _ ratings: Ratings, shownAs shown: Ratings? = nil, at now: Date) throws -> [RatingDimension] {
        for dimension in RatingDimension.allCases {
            if let value = ratings[dimension], !RatingDimension.range.contains(value) {
                throw StoreError.invalid("\(dimension.rawValue) must be 1 to 5, not \(value)")
            }
        }
        return try write { db in
            guard let before = try Self.fetchColleague(id, in: db) else { throw StoreError.colleagueNotFound(.id(id)) }
            var ratings = ratings
            if let shown {
                var (base, edited) = (before, before)
                (base.ratings, edited.ratings) = (shown, ratings)
                ratings = try Self.merged(edited, from: base, onto: before).ratings
            }
            return try Self.applyRatings(ratings, to: before, at: now, in: db)
        }
    }

    /// `markingReviewed`: a re-rating (`rate`, `r`) marks the ratings reviewed even when nothing
    /// changed; other saves move the reviewed time only when a rating changed.
    @discardableResult
    static func applyRatings(
        _ ratings: Ratings, to before: Colleague, at now: Date, markingReviewed: Bool = true, in db: Database
    ) throws -> [RatingDimension] {
        guard let id = before.id else { return [] }
        var changed: [RatingDimension] = []
        for dimension in RatingDimension.allCases {
            guard let value = ratings[dimension], value != before.ratings[dimension] else { continue }
            try db.execute(sql: "UPDATE colleague SET \(dimension.rawValue) = ? WHERE id = ?", arguments: [value, id])
            try recordRating(dimension, value, of: id, at: now, in: db)
            changed.append(dimension)
        }
        if markingReviewed ? RatingDimension.allCases.contains(where: { ratings[$0] != nil }) : !changed.isEmpty {
            try db.execute(sql: "UPDATE colleague SET rated_at = :at WHERE id = :id AND rated_at IS NOT :at", arguments: ["at": now.timeIntervalSince1970, "id": id])
        }
        return changed
    }

    /// Given the stance `shown` when the user began, one another program changed meanwhile to
    /// something else is refused, as an edit's field is (`EditMerge`).
    public func setStance(_ id: ColleagueID, _ stance: Stance, shownAs shown: Stance? = nil, at now: Date) throws {
        try write { db in
            guard let before = try Self.fetchColleague(id, in: db) else { throw StoreError.colleagueNotFound(.id(id)) }
            if let shown {
                var (base, edited) = (before, before)
                (base.stance, edited.stance) = (shown, stance)
                _ = try Self.merged(edited, from: base, onto: before)
            }
            guard before.stance != stance else { return }
            try db.execute(sql: "UPDATE colleague SET stance = ? WHERE id = ?", arguments: [stance.rawValue, id])
            try Self.recordStance(stance, of: id, at: now, in: db)
        }
    }

    /// Archives or restores; returns false if they already were.
    @discardableResult
    public func setArchived(_ id: ColleagueID, _ archived: Bool) throws -> Bool {
        try write { db in
            guard let was = try Bool.fetchOne(db, sql: "SELECT archived FROM colleague WHERE id = ?", arguments: [id]) else {
                throw StoreError.colleagueNotFound(.id(id))
            }
            guard was != archived else { return false }
            try db.execute(sql: "UPDATE colleague SET archived = ? WHERE id = ?", arguments: [archived, id])
            return true
        }
    }

    /// Deletes the colleague, their histories, and their part in interactions. Interactions left
    /// with nobody are deleted too.
    public func deleteColleague(_ id: ColleagueID) throws {
        try write { db in
            // Their interactions with nobody else go first, found through the index on participant.
            try db.execute(sql: """
                DELETE FROM interaction WHERE id IN (SELECT interaction_id FROM participant WHERE colleague_id = :id)
                AND NOT EXISTS (SELECT 1 FROM participant p WHERE p.interaction_id = interaction.id AND p.colleague_id != :id)
                """, arguments: ["id": id])
            try db.execute(sql: "DELETE FROM colleague WHERE id = ?", arguments: [id])
            guard db.changesCount > 0 else { throw StoreError.colleagueNotFound(.id(id)) }
        }
    }

    static func recordRating(_ dimension: RatingDimension, _ value: Int, of id: ColleagueID, at date: Date, in db: Database) throws {
        try RowInserter.insert(into: "rating_change", columns: ratingColumns, [ratingRow(dimension, value, of: id, at: date)], in: db)
    }

    static func recordStance(_ stance: Stance, of id: ColleagueID, at date: Date, in db: Database) throws {
        try RowInserter.insert(into: "stance_change", columns: stanceColumns, [stanceRow(stance, of: id, at: date)], in: db)
    }

    /// Adds one tag to a colleague; one they have already is kept as it is.
    public func addTag(_ tag: String, to id: ColleagueID) throws {
        let tag = tag.lowercased()
        guard !tag.isEmpty, !tag.contains(where: \.isWhitespace) else { throw StoreError.invalid("tag '\(tag)' must be one word") }
        try UnstorableText.check(["tags": tag])
        try write { db in
            guard try Self.fetchColleague(id, in: db) != nil else { throw StoreError.colleagueNotFound(.id(id)) }
            try db.execute(sql: "INSERT OR IGNORE INTO colleague_tag (colleague_id, tag) VALUES (?, ?)", arguments: [id, tag])
        }
    }

    private static func replaceTags(_ tags: [String], of id: ColleagueID, in db: Database) throws {
        // Cached, like every statement an import or the demo runs per colleague: preparing a
        // statement also compiles the triggers it fires, which costs more than running it.
        try db.cachedStatement(sql: "DELETE FROM colleague_tag WHERE colleague_id = ?").execute(arguments: [id])
        try RowInserter.insert(into: "colleague_tag", columns: tagColumns, tagRows(tags, of: id), in: db)
    }

    static func validate(_ colleague: Colleague) throws {
        if colleague.name.trimmed.isEmpty { throw StoreError.invalid("a colleague needs a name") }
        if let weeks = colleague.contactEveryWeeks, !ContactCadence.allowedWeeks.contains(weeks) {
            throw StoreError.invalid("a keep-in-touch rhythm is 0 (none) to 52 weeks, not \(weeks)")
        }
        for dimension in RatingDimension.allCases {
            if let value = colleague.ratings[dimension], !RatingDimension.range.contains(value) {
                throw StoreError.invalid("\(dimension.rawValue) must be 1 to 5, not \(value)")
            }
        }
        if let bad = colleague.tags.first(where: { $0.contains(where: \.isWhitespace) }) {
            throw StoreError.invalid("tag '\(bad)' has a space; tags are single words")
        }
    }
}
