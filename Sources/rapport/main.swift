import Foundation
import RapportApp

// New database, WAL and backup files are private (0600) and folders 0700.
umask(0o077)
do { try AppClock.validate() } catch { Rapport.exit(sanitizing: error) }
if let dashboard = DashboardArguments(CommandLine.arguments.dropFirst()) {
    do {
        try DashboardLauncher.run(databasePath: dashboard.databasePath, demo: dashboard.demo, redact: dashboard.redact)
    } catch {
        Rapport.exit(sanitizing: error)
    }
} else if let log = QuickLogArguments(CommandLine.arguments.dropFirst()) {
    do { try Rapport.Log.log(log.words, databasePath: log.databasePath) } catch { Rapport.exit(sanitizing: error) }
} else if let review = ReviewArguments(CommandLine.arguments.dropFirst()) {
    do {
        try Rapport.ReviewCommand.show(week: review.week, format: review.format, showsHidden: review.hidden, databasePath: review.databasePath)
    } catch {
        Rapport.exit(sanitizing: error)
    }
} else {
    do {
        var command = try Rapport.parseAsRoot()
        try command.run()
    } catch {
        Rapport.exit(sanitizing: error)
    }
}
