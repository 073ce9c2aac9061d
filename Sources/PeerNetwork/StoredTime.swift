import Foundation

/// Moments are stored as seconds since 1970 in a REAL. A `Date` holds seconds since 2001, and
/// converting between the two can move the last bit, so a decision made "now" could read back a
/// hair later than the "now" it is compared with. Rounding the clock to the millisecond makes every
/// stored moment round-trip exactly.
public enum StoredTime {
    public static func rounded(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 * 1_000).rounded() / 1_000)
    }

    /// The current moment, rounded so it round-trips through the store.
    public static func now() -> Date { rounded(Date()) }
}
