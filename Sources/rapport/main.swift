import Foundation
import RapportApp

// New database, WAL and backup files are private (0600) and folders 0700.
umask(0o077)
do {
    try AppClock.validate()
    var command = try Rapport.parseAsRoot()
    try command.run()
} catch {
    Rapport.exit(sanitizing: error)
}
