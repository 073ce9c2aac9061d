import Foundation

/// The user's home as libpq and the XDG base directories find it: `$HOME` when it is set and not
/// empty, else the account's entry. Foundation on Linux reads the account's entry only, so with
/// `HOME` pointing elsewhere a password went where libpq never looks.
public enum HomeDirectory {
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        return NSHomeDirectory()
    }
}
