import Foundation
import PeerNetwork
import PeerStore
import TeamStore

extension AppDatabase {
    /// The review's input with the team charter's norms, read from the team cache beside the
    /// database when this network has joined a team: the review brings a norm up when its date
    /// passes. Nothing here touches the network.
    public func reviewInputWithCharter(now: Date, calendar: Calendar) throws -> ReviewInput {
        var input = try reviewInput(now: now, calendar: calendar)
        let cachePath = TeamCache.path(beside: path)
        if try teamConnection() != nil, FileManager.default.fileExists(atPath: cachePath) {
            let cache = try TeamCache(path: cachePath)
            input.charter = try cache.norms(calendar: calendar)
        }
        return input
    }

    /// The weekly review as of `now`, charter included.
    public func reviewWithCharter(now: Date, calendar: Calendar? = nil) throws -> Review {
        let calendar = try calendar ?? weekCalendar()
        return Review.build(try reviewInputWithCharter(now: now, calendar: calendar), now: now, calendar: calendar)
    }
}
