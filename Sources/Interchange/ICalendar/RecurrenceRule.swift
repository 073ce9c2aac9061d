import Foundation

/// An RRULE (RFC 5545 §3.3.10): FREQ DAILY, WEEKLY, MONTHLY or YEARLY, with INTERVAL, COUNT,
/// UNTIL, BYDAY (with ordinals such as `-1FR`), BYMONTHDAY, BYMONTH, BYSETPOS and WKST. Parts a
/// meeting never needs (BYHOUR, BYWEEKNO, BYYEARDAY, sub-daily frequencies) are refused, so the
/// event is reported rather than expanded wrongly.
public struct RecurrenceRule: Equatable, Sendable {
    public enum Frequency: String, Sendable {
        case daily = "DAILY", weekly = "WEEKLY", monthly = "MONTHLY", yearly = "YEARLY"
    }

    public struct WeekdayNumber: Equatable, Sendable {
        /// 0 for every such day in the period; 1 the first, -1 the last.
        public var ordinal: Int
        /// 1 Monday … 7 Sunday.
        public var weekday: Int
    }

    public var frequency: Frequency
    public var interval = 1
    public var count: Int?
    public var until: CalendarTime?
    public var byDay: [WeekdayNumber] = []
    public var byMonthDay: [Int] = []
    public var byMonth: [Int] = []
    public var bySetPosition: [Int] = []
    public var weekStart = 1

    static let weekdays = ["MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7]

    public init(frequency: Frequency) { self.frequency = frequency }

    public struct Invalid: Error, Equatable, Sendable {
        public var message: String
    }

    public static func parse(_ text: String) throws(Invalid) -> RecurrenceRule {
        var parts: [String: String] = [:]
        for part in text.split(separator: ";", omittingEmptySubsequences: true) {
            let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2 else { throw Invalid(message: "RRULE part \"\(part)\" has no value") }
            parts[pair[0].uppercased()] = pair[1].uppercased()
        }
        guard let frequencyName = parts.removeValue(forKey: "FREQ") else { throw Invalid(message: "RRULE has no FREQ") }
        guard let frequency = Frequency(rawValue: frequencyName) else {
            throw Invalid(message: "RRULE FREQ=\(frequencyName) is not one Rapport expands (DAILY, WEEKLY, MONTHLY, YEARLY)")
        }
        var rule = RecurrenceRule(frequency: frequency)
        func integers(_ name: String, _ range: ClosedRange<Int>) throws(Invalid) -> [Int] {
            guard let value = parts.removeValue(forKey: name) else { return [] }
            var numbers: [Int] = []
            for item in value.split(separator: ",") {
                guard let number = Int(item), range.contains(number), number != 0 else {
                    throw Invalid(message: "RRULE \(name)=\(value) is out of range")
                }
                numbers.append(number)
            }
            return numbers
        }
        if let interval = try integers("INTERVAL", 1...10_000).first { rule.interval = interval }
        if let count = try integers("COUNT", 1...Int(Int32.max)).first { rule.count = count }
        if let until = parts.removeValue(forKey: "UNTIL") {
            do { rule.until = try CalendarTime.parse(until, tzid: nil) } catch { throw Invalid(message: "RRULE UNTIL: \(error.message)") }
        }
        guard rule.count == nil || rule.until == nil else { throw Invalid(message: "RRULE has both COUNT and UNTIL") }
        rule.byMonthDay = try integers("BYMONTHDAY", -31...31)
        rule.byMonth = try integers("BYMONTH", 1...12)
        rule.bySetPosition = try integers("BYSETPOS", -366...366)
        if let start = parts.removeValue(forKey: "WKST") {
            guard let day = weekdays[start] else { throw Invalid(message: "RRULE WKST=\(start) is not a weekday") }
            rule.weekStart = day
        }
        if let days = parts.removeValue(forKey: "BYDAY") {
            for item in days.split(separator: ",") {
                let name = String(item.suffix(2))
                let number = item.dropLast(2)
                guard let weekday = weekdays[name], number.isEmpty || Int(number) != nil else {
                    throw Invalid(message: "RRULE BYDAY=\(days) is not a list of weekdays")
                }
                let ordinal = number.isEmpty ? 0 : Int(number)!
                guard abs(ordinal) <= 53 else { throw Invalid(message: "RRULE BYDAY=\(days) is out of range") }
                rule.byDay.append(WeekdayNumber(ordinal: ordinal, weekday: weekday))
            }
        }
        if let unknown = parts.keys.sorted().first {
            throw Invalid(message: "RRULE part \(unknown) is not one Rapport expands")
        }
        return rule
    }

    /// Whether a start is after UNTIL: by its moment for a UTC UNTIL (`instant` places the wall
    /// clock in time), by its day for a date, else on the wall clock.
    public func isPastUntil(_ wall: LocalDateTime, instant: (LocalDateTime) -> Int) -> Bool {
        switch until {
        case nil: false
        case .date(let day): wall.days > day.days
        case .dateTime(let end, .utc): instant(wall) > end.wallSeconds
        case .dateTime(let end, _): wall > end
        }
    }

    /// The starts the rule makes from `start`, in order, up to `last` (inclusive) on the same wall
    /// clock, and up to UNTIL, which `instant` places in time. Periods wholly before
    /// `needed` are skipped when no COUNT has to be counted through them: however long ago a
    /// series began, only the periods near the window are worked out.
    public func starts(from start: LocalDateTime, through last: LocalDateTime, needed: LocalDateTime? = nil,
                       instant: (LocalDateTime) -> Int) -> [LocalDateTime] {
        var result: [LocalDateTime] = []
        var made = 0
        var period = 0
        if count == nil, let needed, needed > start { period = max(0, periodsBefore(needed, from: start) - 1) }
        while true {
            guard let days = periodDays(period, from: start) else { break }
            period += 1
            if let first = days.first, first > last.days { break }
            if days.isEmpty, periodStart(period - 1, from: start) > last.days { break }
            for day in days {
                let occurrence = LocalDateTime(days: day, seconds: start.seconds)
                guard occurrence >= start else { continue }
                if occurrence > last || isPastUntil(occurrence, instant: instant) { return result }
                made += 1
                if let count, made > count { return result }
                result.append(occurrence)
            }
        }
        return result
    }

    /// The first day a period covers, for the end test when a period makes no day at all.
    private func periodStart(_ period: Int, from start: LocalDateTime) -> Int {
        switch frequency {
        case .daily: return start.days + period * interval
        case .weekly: return start.days - (start.weekday - weekStart + 7) % 7 + period * 7 * interval
        case .monthly:
            let month = start.year * 12 + start.month - 1 + period * interval
            return LocalDateTime.days(year: month / 12, month: month % 12 + 1, day: 1)
        case .yearly: return LocalDateTime.days(year: start.year + period * interval, month: 1, day: 1)
        }
    }

    /// Whole periods between `start` and `needed`.
    private func periodsBefore(_ needed: LocalDateTime, from start: LocalDateTime) -> Int {
        switch frequency {
        case .daily: return (needed.days - start.days) / interval
        case .weekly: return (needed.days - start.days) / (7 * interval)
        case .monthly: return ((needed.year - start.year) * 12 + needed.month - start.month) / interval
        case .yearly: return (needed.year - start.year) / interval
        }
    }

    /// The days (since 1970) period `period` makes, in order; nil past any year a calendar uses.
    private func periodDays(_ period: Int, from start: LocalDateTime) -> [Int]? {
        var days: [Int]
        switch frequency {
        case .daily:
            let day = start.days + period * interval
            days = [day].filter { matchesFilters($0) }
        case .weekly:
            let first = periodStart(period, from: start)
            let weekdays = byDay.isEmpty ? [start.weekday] : byDay.map(\.weekday)
            days = (first..<first + 7).filter { weekdays.contains(LocalDateTime.weekday(ofDays: $0)) && inByMonth($0) }
        case .monthly:
            let index = start.year * 12 + start.month - 1 + period * interval
            let (year, month) = (index / 12, index % 12 + 1)
            guard year < 10_000 else { return nil }
            days = byMonth.isEmpty || byMonth.contains(month) ? monthDays(year: year, month: month, start: start) : []
        case .yearly:
            let year = start.year + period * interval
            guard year < 10_000 else { return nil }
            days = yearDays(year, start: start)
        }
        days = Array(Set(days)).sorted()
        return bySetPosition.isEmpty ? days : setPositions(days)
    }

    private func inByMonth(_ day: Int) -> Bool {
        byMonth.isEmpty || byMonth.contains(LocalDateTime(days: day).month)
    }

    /// BYMONTH, BYMONTHDAY and BYDAY as filters, the way DAILY reads them.
    private func matchesFilters(_ day: Int) -> Bool {
        let date = LocalDateTime(days: day)
        if !byMonth.isEmpty, !byMonth.contains(date.month) { return false }
        if !byMonthDay.isEmpty {
            let length = LocalDateTime.daysIn(month: date.month, year: date.year)
            guard byMonthDay.contains(where: { $0 > 0 ? $0 == date.day : length + 1 + $0 == date.day }) else { return false }
        }
        if !byDay.isEmpty, !byDay.contains(where: { $0.weekday == date.weekday }) { return false }
        return true
    }

    private func monthDays(year: Int, month: Int, start: LocalDateTime) -> [Int] {
        let first = LocalDateTime.days(year: year, month: month, day: 1)
        let length = LocalDateTime.daysIn(month: month, year: year)
        if !byMonthDay.isEmpty {
            let days = byMonthDay.compactMap { value -> Int? in
                let day = value > 0 ? value : length + 1 + value
                return (1...length).contains(day) ? first + day - 1 : nil
            }
            return byDay.isEmpty ? days : days.filter { day in byDay.contains { $0.weekday == LocalDateTime.weekday(ofDays: day) } }
        }
        if !byDay.isEmpty { return weekdayDays(in: first..<first + length) }
        return start.day <= length ? [first + start.day - 1] : []
    }

    private func yearDays(_ year: Int, start: LocalDateTime) -> [Int] {
        if !byMonth.isEmpty {
            return byMonth.flatMap { month -> [Int] in
                if byMonthDay.isEmpty, byDay.isEmpty {
                    return start.day <= LocalDateTime.daysIn(month: month, year: year) ? [LocalDateTime.days(year: year, month: month, day: start.day)] : []
                }
                return monthDays(year: year, month: month, start: start)
            }
        }
        if !byMonthDay.isEmpty { return (1...12).flatMap { monthDays(year: year, month: $0, start: start) } }
        if !byDay.isEmpty {
            let first = LocalDateTime.days(year: year, month: 1, day: 1)
            return weekdayDays(in: first..<LocalDateTime.days(year: year + 1, month: 1, day: 1))
        }
        guard start.day <= LocalDateTime.daysIn(month: start.month, year: year) else { return [] }
        return [LocalDateTime.days(year: year, month: start.month, day: start.day)]
    }

    /// BYDAY within a month or a year: every such weekday, or the nth (from the end when negative).
    private func weekdayDays(in range: Range<Int>) -> [Int] {
        byDay.flatMap { item -> [Int] in
            let offset = (item.weekday - LocalDateTime.weekday(ofDays: range.lowerBound) + 7) % 7
            let all = Array(stride(from: range.lowerBound + offset, to: range.upperBound, by: 7))
            if item.ordinal == 0 { return all }
            let index = item.ordinal > 0 ? item.ordinal - 1 : all.count + item.ordinal
            return all.indices.contains(index) ? [all[index]] : []
        }
    }

    /// `days` sorted and without repeats.
    private func setPositions(_ days: [Int]) -> [Int] {
        Array(Set(bySetPosition.compactMap { position -> Int? in
            let index = position > 0 ? position - 1 : days.count + position
            return days.indices.contains(index) ? days[index] : nil
        })).sorted()
    }
}
