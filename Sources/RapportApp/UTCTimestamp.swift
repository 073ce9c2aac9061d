import Foundation

/// `2026-11-24T12:00:00.123Z`: a moment in UTC to the millisecond, as `ArchiveJSON.timeFormatter`
/// writes it, from the calendar arithmetic alone. The formatter goes through ICU at about 2.5 µs
/// a call: a sixth of `export --format csv --interactions` at a million exchanges, and as much in
/// the JSON export. Stored times are whole milliseconds, which both round alike (a test checks).
public enum UTCTimestamp {
    public static func string(from date: Date) -> String {
        // 1583 to 9999 only: ICU writes earlier days in the Julian calendar, later years with
        // more digits; the formatter knows those.
        guard (-12_212_553_600.0..<253_402_300_800.0).contains(date.timeIntervalSince1970) else {
            return ArchiveJSON.timeFormatter.string(from: date)
        }
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.toNearestOrAwayFromZero))
        let day = floorDivision(milliseconds, 86_400_000)
        let ofDay = milliseconds - day * 86_400_000
        let (year, month, dayOfMonth) = civil(fromDays: day)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        func digits(_ value: Int64, _ count: Int) {
            var divisor: Int64 = 1
            for _ in 1..<count { divisor *= 10 }
            while divisor > 0 {
                bytes.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
                divisor /= 10
            }
        }
        digits(year, 4); bytes.append(UInt8(ascii: "-")); digits(month, 2); bytes.append(UInt8(ascii: "-")); digits(dayOfMonth, 2)
        bytes.append(UInt8(ascii: "T")); digits(ofDay / 3_600_000, 2); bytes.append(UInt8(ascii: ":"))
        digits(ofDay / 60_000 % 60, 2); bytes.append(UInt8(ascii: ":")); digits(ofDay / 1000 % 60, 2)
        bytes.append(UInt8(ascii: ".")); digits(ofDay % 1000, 3); bytes.append(UInt8(ascii: "Z"))
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> Int64 {
        value >= 0 ? value / divisor : (value - divisor + 1) / divisor
    }

    /// Year, month and day of the proleptic Gregorian calendar for days since 1970-01-01
    /// (Howard Hinnant's `civil_from_days`).
    private static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let shifted = days + 719_468
        let era = floorDivision(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
