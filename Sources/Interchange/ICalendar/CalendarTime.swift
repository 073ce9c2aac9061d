import Foundation

/// A DATE or DATE-TIME value as an event writes it: a whole day, or a wall-clock time in UTC,
/// in a named zone (TZID), or floating (the reader's own zone).
public enum CalendarTime: Hashable, Sendable {
    case date(LocalDateTime)
    case dateTime(LocalDateTime, zone: ZoneName)

    public enum ZoneName: Hashable, Sendable {
        case utc
        case floating
        case named(String)
    }

    public var wall: LocalDateTime {
        switch self {
        case .date(let wall), .dateTime(let wall, _): wall
        }
    }

    public var isDate: Bool {
        if case .date = self { return true }
        return false
    }

    public var zoneName: ZoneName {
        switch self {
        case .date: .floating
        case .dateTime(_, let zone): zone
        }
    }

    public struct Invalid: Error, Equatable, Sendable {
        public var message: String
    }

    /// `YYYYMMDD`, `YYYYMMDDTHHMMSS` or `YYYYMMDDTHHMMSSZ`; a TZID names the zone of the second.
    public static func parse(_ text: String, tzid: String?) throws(Invalid) -> CalendarTime {
        let digits = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= digits.count else { return nil }
            var value = 0
            for byte in digits[range] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(4..<6), let day = number(6..<8) else {
            throw Invalid(message: "\"\(text.prefix(30))\" is not a date (YYYYMMDD)")
        }
        if digits.count == 8 {
            let wall = LocalDateTime(year: year, month: month, day: day)
            guard wall.isValid else { throw Invalid(message: "\(text) is not a day of the calendar") }
            return .date(wall)
        }
        guard digits.count == 15 || (digits.count == 16 && digits[15] == UInt8(ascii: "Z")), digits[8] == UInt8(ascii: "T"),
              let hour = number(9..<11), let minute = number(11..<13), let second = number(13..<15) else {
            throw Invalid(message: "\"\(text.prefix(30))\" is not a date-time (YYYYMMDDTHHMMSS)")
        }
        // A leap second (60) is read as the second before, as most calendars do.
        let wall = LocalDateTime(year: year, month: month, day: day, seconds: hour * 3600 + minute * 60 + min(second, 59))
        guard wall.isValid, hour < 24, minute < 60 else { throw Invalid(message: "\(text) is not a time of the calendar") }
        if digits.count == 16 { return .dateTime(wall, zone: .utc) }
        return .dateTime(wall, zone: tzid.map { .named($0) } ?? .floating)
    }
}
