import Foundation
import TeamServer

/// LISTENs, as the member, for the server's "refetch": any team's write says only that (channels
/// cross teams), so each notice means "sync when you can", never what changed.
public enum TeamListener {
    /// Runs until the process ends: calls `changed` for each notice, and when the connection is
    /// lost, connects again after `retry` seconds.
    public static func run(_ conninfo: String, retry: Double = 30, changed: () -> Void) -> Never {
        while true {
            do {
                let connection = try PGConnection(conninfo)
                try connection.execute("LISTEN rapport_team")
                while true {
                    if try !connection.notifications(waiting: 60).isEmpty { changed() }
                }
            } catch {
                Thread.sleep(forTimeInterval: retry)
            }
        }
    }
}
