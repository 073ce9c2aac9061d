import Foundation
import PeerNetwork
import PeerStore
import Testing

/// The database file is safe on first open, with files from elsewhere, and under contention.
@Suite struct StoreSafetyTests {
    let rapport = RapportBinary()

    /// The dashboard reads the review ahead on a second connection. Opening it must not drop the
    /// locks of the first (POSIX drops all of a process's locks on a file when any descriptor of
    /// it on that file closes): another process would then take itself for the only reader, fold
    /// the WAL away as it closed, and the first connection's next write would be lost.
    @Test func aSecondReaderLeavesTheFirstConnectionsWritesVisibleToOtherProcesses() throws {
        defer { rapport.remove() }
        try rapport.run(["demo"])
        let database = try AppDatabase(path: rapport.database, mode: .existingOnly)
        _ = try database.addColleague(Colleague(name: "Before Reader"), at: Date())
        let reader = try #require(try database.secondReader())
        #expect(try reader.revision() == database.revision())
        #expect(try rapport.run(["show", "before reader"]).status == 0)
        _ = try database.addColleague(Colleague(name: "After Reader"), at: Date())
        let shown = try rapport.run(["show", "after reader"])
        #expect(shown.status == 0, "\(shown.stderr)")
    }

    @Test func sixProcessesOpeningANewDatabaseAllSucceed() throws {
        defer { rapport.remove() }
        for round in 0..<25 {
            let path = rapport.folder.appendingPathComponent("new-\(round)/rapport.sqlite").path
            let processes = try (0..<6).map { index in
                let process = Process()
                process.executableURL = RapportBinary.executable
                process.arguments = ["add", "Person \(index)", "--db", path]
                process.standardOutput = FileHandle.nullDevice
                let errors = Pipe()
                process.standardError = errors
                try process.run()
                return (process, errors)
            }
            for (process, errors) in processes {
                process.waitUntilExit()
                let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                #expect(process.terminationStatus == 0, "round \(round): \(message)")
            }
            #expect(try rapport.run(["list", "--db", path], useDatabase: false).stdout.components(separatedBy: "Person ").count == 7)
        }
    }

    /// Subcommands close the file as the process exits without tearing their objects down
    /// (`OpenStores`): the WAL must still be folded into the file and removed, after a command
    /// that failed too.
    @Test func subcommandsLeaveTheFileWholeWithNoLogBesideIt() throws {
        defer { rapport.remove() }
        try rapport.run(["demo"])
        let commands = [
            ["log", "dana", "gave", "info", "closing test"], ["log", "nobody-here", "gave", "x"], ["log", "dana", "--by", "x"],
            ["review", "--json"], ["review"], ["add", "Kim Test"], ["rate", "kim", "--vital", "3"], ["list"], ["show", "nobody-here"],
        ]
        for command in commands {
            _ = try rapport.run(command)
            for suffix in ["-wal", "-shm"] {
                #expect(!FileManager.default.fileExists(atPath: rapport.database + suffix), "\(command.joined(separator: " ")) left \(suffix)")
            }
        }
        #expect(try rapport.run(["history"]).stdout.contains("closing test"))
    }

    @Test func aNewerDatabaseIsRefusedBeforeAnythingIsWritten() throws {
        defer { rapport.remove() }
        try rapport.run(["demo"])
        // As a newer Rapport would leave it: a migration this one does not know, and (as some
        // tools do) a rollback journal instead of WAL.
        try sqlite(rapport.database, "INSERT INTO grdb_migrations VALUES ('v99'); PRAGMA journal_mode = DELETE;")
        let before = try Data(contentsOf: URL(fileURLWithPath: rapport.database))
        for command in [["list"], ["log", "dana", "gave", "X"], ["add", "Kim"]] {
            let result = try rapport.run(command)
            #expect(result.status == 1)
            #expect(result.stderr == "Error: \(rapport.database) was written by a newer version of Rapport; upgrade Rapport to open it (the file was left untouched)\n")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: rapport.database)) == before, "not a byte changed")
        #expect(!FileManager.default.fileExists(atPath: rapport.database + "-wal"), "still a rollback-journal file")
    }

    @Test func looserPermissionsAreTightenedWithANotice() throws {
        defer { rapport.remove() }
        try rapport.run(["demo"])
        chmod(rapport.database, 0o644)
        let result = try rapport.run(["list"])
        #expect(result.status == 0)
        #expect(result.stderr == "Note: Made rapport.sqlite private (mode 0600): others could read your notes about colleagues\n")
        let mode = try FileManager.default.attributesOfItem(atPath: rapport.database)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try rapport.run(["list"]).stderr.isEmpty, "told once")
    }

    @Test func readCommandsOnAMissingPathCreateNothing() throws {
        defer { rapport.remove() }
        let missing = rapport.folder.appendingPathComponent("typo/rapport.sqlite").path
        for command in [["list"], ["show", "dana"], ["review"], ["balance"], ["budget"], ["need", "list"], ["promise", "list"], ["departments"], ["week-start"], ["log", "dana", "X"]] {
            let result = try rapport.run(command + ["--db", missing], useDatabase: false)
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr == "Error: there is no database at \(missing); check the path, or create one with `rapport add NAME` or `rapport demo`\n")
        }
        #expect(!FileManager.default.fileExists(atPath: rapport.folder.appendingPathComponent("typo").path), "no folder, no file")
        #expect(try rapport.run(["add", "Dana", "--db", missing], useDatabase: false).status == 0, "a write creates it")
    }

    /// The dashboard is the root command with no subcommand: its arguments fail as any command's do.
    @Test func theDashboardsArgumentsFailAsTheParserWould() throws {
        defer { rapport.remove() }
        let missing = rapport.folder.appendingPathComponent("typo/rapport.sqlite").path
        for arguments in [["--db", missing], ["--redact", "--db", missing], ["--db", missing, "--redact"]] {
            let result = try rapport.run(arguments, useDatabase: false)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr == "Error: there is no database at \(missing); check the path, or create one with `rapport add NAME` or `rapport demo`\n")
        }
        let noValue = try rapport.run(["--db"], useDatabase: false)
        #expect(noValue.status == 64 && noValue.stderr.contains("Missing value for '--db <path>'"))
        let unknown = try rapport.run(["--demo", "--dmeo"], useDatabase: false)
        #expect(unknown.status == 64 && unknown.stderr.contains("Unknown option '--dmeo'"))
    }

    @Test func aFolderGivenAsTheDatabaseSaysSo() throws {
        defer { rapport.remove() }
        for command in [["list"], ["add", "Dana"]] {
            let result = try rapport.run(command + ["--db", rapport.folder.path], useDatabase: false)
            #expect(result.status == 1)
            #expect(result.stderr == "Error: \(rapport.folder.path) is a folder, not a database file; give the file's path, such as \(rapport.folder.path)/rapport.sqlite\n")
        }
    }

    @Test func aBusyDatabaseIsASentenceNotSQL() throws {
        defer { rapport.remove() }
        try rapport.run(["demo"])
        // Another program holds the write lock for longer than the busy timeout.
        let holder = try WriteLockHolder(database: rapport.database, seconds: 9)
        defer { withExtendedLifetime(holder) {} }
        // A one-second wait (RAPPORT_BUSY_TIMEOUT), not the five a user gets.
        let result = try rapport.run(["log", "dana", "gave", "30m", "X"], environment: ["RAPPORT_BUSY_TIMEOUT": "1"])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: the database is busy: another program kept \(rapport.database) locked for more than a second. Nothing was saved; try again\n")
    }

    @Test func aDamagedDatabaseSaysSo() throws {
        defer { rapport.remove() }
        try rapport.run(["demo"])
        // Scribble over the headers of some pages, as a failing disk would.
        let file = try #require(FileHandle(forUpdatingAtPath: rapport.database))
        for page in 1..<11 {
            try file.seek(toOffset: UInt64(4096 * page))
            file.write(Data(repeating: 0xA5, count: 12))
        }
        try file.close()
        let result = try rapport.run(["list"])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: \(rapport.database) is damaged: SQLite's integrity check failed. Nothing was changed; restore it from a backup (see the README)\n")
    }

    private func sqlite(_ path: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); c.executescript(sys.argv[2]); c.close()", path, sql]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}
