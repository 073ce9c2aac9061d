import Foundation

/// The words that may follow the colleagues in a quick-log line, in any order.
enum QuickLogKeyword: Equatable {
    case direction(Direction)
    case kind(InteractionKind)
    /// A verb that says both ("helped": you gave help).
    case directionAndKind(Direction, InteractionKind)
    case minutes(Int)
    case date(Date)

    var slot: String {
        switch self {
        case .direction, .directionAndKind: "direction"
        case .kind: "kind"
        case .minutes: "duration"
        case .date: "date"
        }
    }

    static let directionWords: [String: Direction] = [
        "gave": .gave, "give": .gave, "given": .gave, "+": .gave,
        "got": .received, "received": .received, "get": .received, "-": .received,
        "mutual": .mutual, "=": .mutual,
    ]

    /// Few, as they also begin notes ("met at the offsite"): one only while neither the direction
    /// nor the kind was given (`QuickLogParser`).
    static let verbWords: [String: (Direction, InteractionKind)] = ["helped": (.gave, .help)]

    static let kindWords: [String: InteractionKind] = {
        var words = Dictionary(uniqueKeysWithValues: InteractionKind.allCases.map { ($0.rawValue, $0) })
        words["favour"] = .favor
        return words
    }()

    static let weekdays: [String: Int] = [
        "sunday": 1, "sun": 1, "monday": 2, "mon": 2, "tuesday": 3, "tue": 3, "wednesday": 4,
        "wed": 4, "thursday": 5, "thu": 5, "friday": 6, "fri": 6, "saturday": 7, "sat": 7,
    ]

    /// Reads one token; nil when it is no keyword, so the note begins there.
    static func parse(_ raw: String, now: Date, calendar: () -> Calendar) throws(QuickLogError) -> QuickLogKeyword? {
        let token = raw.folded
        if let direction = directionWords[token] { return .direction(direction) }
        if let (direction, kind) = verbWords[token] { return .directionAndKind(direction, kind) }
        if let kind = kindWords[token] { return .kind(kind) }
        if let minutes = try parseMinutes(token, raw: raw) { return .minutes(minutes) }
        if let date = try parseDate(token, raw: raw, now: now, calendar: calendar) { return .date(date) }
        return nil
    }

    static let hourUnits: Set<String> = ["h", "hr", "hrs", "hour", "hours"]
    static let minuteUnits: Set<String> = ["m", "min", "mins", "minute", "minutes"]

    /// `30m`, `30mins`, `90min`, `1h`, `1.5h`, `0.5h`, `1h30m`, `2h15`, `1hr`. Anything else that
    /// starts with a digit and goes on in units is an error rather than the start of the note.
    static func parseMinutes(_ token: String, raw: String) throws(QuickLogError) -> Int? {
        guard let first = token.first, first.isASCII, first.isNumber else { return nil }
        guard token.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0.isLetter) }), token.contains(where: \.isLetter) else { return nil }
        var rest = Substring(token)
        var total = 0.0
        var sawHours = false, sawMinutes = false
        while !rest.isEmpty {
            let number = rest.prefix { $0.isNumber || $0 == "." }
            guard let value = Double(number), number.filter({ $0 == "." }).count <= 1 else { throw .badDuration(raw) }
            rest = rest.dropFirst(number.count)
            let unit = String(rest.prefix { $0.isLetter })
            rest = rest.dropFirst(unit.count)
            if hourUnits.contains(unit), !sawHours, !sawMinutes {
                total += value * 60
                sawHours = true
            } else if minuteUnits.contains(unit) || (unit.isEmpty && sawHours), !sawMinutes, value == value.rounded() {
                // `2h15` means 2h15m.
                total += value
                sawMinutes = true
            } else {
                throw .badDuration(raw)
            }
        }
        let minutes = Int(total.rounded())
        guard total > 0, minutes > 0, minutes <= Interaction.allowedMinutes.upperBound, Double(minutes) == total || sawHours else { throw .badDuration(raw) }
        return minutes
    }

    /// `calendar` is asked for only when the token is a date: the first calendar in the user's
    /// time zone costs more than the rest of a line's parse.
    static func parseDate(_ token: String, raw: String, now: Date, calendar makeCalendar: () -> Calendar) throws(QuickLogError) -> Date? {
        if token == "today" { return now }
        // A log is of something that happened: flagged here rather than read as the note.
        if token == "tomorrow" { throw .futureDate(raw) }
        let weekday = weekdays[token]
        let isISODay = token.count == 10 && token.allSatisfy { $0.isNumber || $0 == "-" }
        guard token == "yesterday" || weekday != nil || isISODay else { return nil }
        let calendar = makeCalendar()
        let startOfToday = calendar.startOfDay(for: now)
        let noon = { (day: Date) in calendar.date(byAdding: .hour, value: 12, to: day)! }
        if token == "yesterday" { return noon(calendar.date(byAdding: .day, value: -1, to: startOfToday)!) }
        if let weekday {
            // The most recent such day before today: "tuesday" said on a Tuesday means last week's.
            let todayWeekday = calendar.component(.weekday, from: startOfToday)
            var back = (todayWeekday - weekday + 7) % 7
            if back == 0 { back = 7 }
            return noon(calendar.date(byAdding: .day, value: -back, to: startOfToday)!)
        }
        guard let day = DueDate.isoDay(token, calendar: calendar) else { throw .badDate(raw) }
        guard day <= startOfToday else { throw .futureDate(raw) }
        return day == startOfToday ? now : noon(day)
    }
}

/// A duration as the quick-log line writes one (`30m`, `1h`, `1h30m`), for other commands.
public enum Duration {
    /// Minutes, or nil when `text` is not a duration of up to a day.
    public static func minutes(_ text: String) -> Int? {
        (try? QuickLogKeyword.parseMinutes(text.lowercased(), raw: text)) ?? nil
    }
}
