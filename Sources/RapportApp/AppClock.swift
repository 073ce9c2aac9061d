import Foundation
import PeerNetwork

/// The moment commands act at: now, or `RAPPORT_NOW` (ISO 8601, `2026-11-24T12:00:00Z`) so a
/// script or a test can replay a review exactly.
public enum AppClock {
    public static let variable = "RAPPORT_NOW"

    /// Rounded to the millisecond, so what is stored at this moment reads back as this moment.
    public static var now: Date { fixed ?? StoredTime.now() }

    /// RAPPORT_NOW, read once: the dashboard asks for the time on every key.
    private static let fixed: Date? = setting.flatMap(parse).map(StoredTime.rounded)

    /// getenv, not ProcessInfo's environment: that copies every variable into a dictionary,
    /// a third of a millisecond at every start.
    private static var setting: String? { getenv(variable).map { String(cString: $0) } }

    public static func parse(_ text: String) -> Date? { try? Date.ISO8601FormatStyle().parse(text) }

    /// A set but unreadable RAPPORT_NOW is an error, not a silent fallback to the real time.
    public static func validate() throws {
        if let text = setting, parse(text) == nil {
            throw CLIError("\(variable)='\(text)' is not an ISO 8601 time like 2026-11-24T12:00:00Z")
        }
    }
}
