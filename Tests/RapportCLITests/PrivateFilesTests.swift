import Foundation
import Testing

/// Files are private and never followed: every file Rapport writes is 0600 and written whole
/// under a temporary name, no symbolic link is ever written through or made private, and a read
/// command leaves every file as it found it.
@Suite struct PrivateFilesTests {
    let rapport = RapportBinary()
    let at = ["RAPPORT_NOW": "2026-11-24T12:00:00Z", "TZ": "UTC"]

    /// Every command that only reads, as a user would type it.
    static let readCommands: [[String]] = [
        ["list"], ["list", "--json"], ["show", "dana"], ["show", "dana", "--json"], ["history"], ["history", "dana"],
        ["balance"], ["balance", "--json"], ["budget"], ["need", "list"], ["promise", "list"], ["departments"],
        ["week-start"], ["agenda"], ["review"], ["review", "--json"], ["review", "--hidden"],
        ["export", "--format", "json"], ["export", "--format", "csv"], ["export", "--format", "vcard"],
        ["export", "--format", "markdown"], ["export", "--format", "ics"], ["organisation"], ["brief", "dana"],
        ["calendar", "list"], ["calendar", "pending"], ["calendar", "me"], ["history", "--json"], ["agenda", "--json"],
        ["brief", "kenji", "--format", "markdown"], ["calendar", "pending", "--json"], ["need", "list", "--json"], ["promise", "list", "--all"], ["departments", "--json"],
        ["history", "--since", "2w", "--until", "2027-01-31"], ["balance"], ["review", "--week", "2026-W47"], ["show", "#1"],
    ]

    @Test func aReadCommandLeavesEveryFileAsItWas() throws {
        defer { rapport.remove() }
        try rapport.run(["demo"], environment: at)
        let before = try rapport.files()
        for command in Self.readCommands {
            let result = try rapport.run(command, environment: at)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(try rapport.files() == before, "\(command) changed or created a file")
        }
    }

    @Test func aReadOnAnEmptyFileRefusesAndWritesNothing() throws {
        defer { rapport.remove() }
        #expect(FileManager.default.createFile(atPath: rapport.database, contents: Data()))
        let before = try rapport.files()
        for command in Self.readCommands + [["log", "dana", "gave", "5m", "x"]] {
            let result = try rapport.run(command, environment: at)
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr == "Error: \(rapport.database) is empty, not a Rapport database; nothing was changed\n", "\(command)")
        }
        #expect(try rapport.files() == before, "still one empty file, nothing beside it")
    }

    @Test func aSymbolicLinkIsNeverOpenedWrittenThroughOrMadePrivate() throws {
        defer { rapport.remove() }
        try rapport.run(["demo"], environment: at)
        let victim = rapport.folder.appendingPathComponent("victim.txt").path
        try "someone else's file".write(toFile: victim, atomically: false, encoding: .utf8)
        chmod(victim, 0o644)
        // A planted WAL or SHM, a link as the database itself, and a dangling link.
        let dangling = rapport.folder.appendingPathComponent("dangling.sqlite").path
        let linked = rapport.folder.appendingPathComponent("linked.sqlite").path
        symlink("nowhere.sqlite", dangling)
        symlink(rapport.database, linked)
        for (database, planted) in [(rapport.database, "-wal"), (rapport.database, "-shm"), (linked, ""), (dangling, "")] {
            if !planted.isEmpty { symlink(victim, database + planted) }
            defer { if !planted.isEmpty { unlink(database + planted) } }
            let link = database + planted
            for command in [["list"], ["log", "dana", "gave", "5m", "x"], ["add", "Bob"]] {
                let result = try rapport.run(command + ["--db", database], environment: at, useDatabase: false)
                #expect(result.status == 1, "\(command) \(link)")
                #expect(result.stderr == "Error: cannot open \(database): \(link) is a symbolic link; Rapport opens only real files (give the path of the file itself)\n")
            }
        }
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "someone else's file")
        #expect(try FileManager.default.attributesOfItem(atPath: victim)[.posixPermissions] as? Int == 0o644, "never made private through a link")
        #expect(!FileManager.default.fileExists(atPath: rapport.folder.appendingPathComponent("nowhere.sqlite").path), "the link's target was not created")
    }

    @Test func anExportIsPrivateRefusesToOverwriteAndReplacesWholeWithForce() throws {
        defer { rapport.remove() }
        try rapport.run(["demo"], environment: at)
        for format in ["json", "csv", "vcard", "markdown", "ics"] {
            let output = rapport.folder.appendingPathComponent("export.\(format)").path
            try "old".write(toFile: output, atomically: false, encoding: .utf8)
            chmod(output, 0o644)
            let refused = try rapport.run(["export", "--format", format, "--output", output], environment: at)
            #expect(refused.status == 1)
            #expect(refused.stderr == "Error: \(output) already exists; nothing was written (--force replaces it)\n")
            #expect(try String(contentsOfFile: output, encoding: .utf8) == "old")
            let forced = try rapport.run(["export", "--format", format, "--output", output, "--force"], environment: at)
            #expect(forced.status == 0, "\(forced.stderr)")
            #expect(try FileManager.default.attributesOfItem(atPath: output)[.posixPermissions] as? Int == 0o600, "\(format)")
            #expect(try String(contentsOfFile: output, encoding: .utf8) == rapport.run(["export", "--format", format], environment: at).stdout)
            // --force replaces a file, nothing else: a link there is neither written through nor
            // replaced, and nor is a pipe (or, as root, /dev/null).
            let victim = rapport.folder.appendingPathComponent("victim-\(format)").path
            try "keep".write(toFile: victim, atomically: false, encoding: .utf8)
            try FileManager.default.removeItem(atPath: output)
            symlink(victim, output)
            let pipe = rapport.folder.appendingPathComponent("pipe-\(format)").path
            #expect(mkfifo(pipe, 0o600) == 0)
            for target in [output, pipe] {
                let refused = try rapport.run(["export", "--format", format, "--output", target, "--force"], environment: at)
                #expect(refused.stderr == "Error: \(target) is not a regular file (a link, a device or a pipe); nothing was written (name a file)\n")
            }
            #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: output) == victim, "the link stays as it was")
            var info = stat()
            #expect(lstat(pipe, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the pipe stays a pipe")
        }
        #expect(try leftovers(rapport.folder).isEmpty)
    }

    /// No command that writes a file writes over the database it opened, or its WAL or shared
    /// memory, whichever path names them: `--force` onto the database once replaced it with the
    /// export, and an export onto the WAL would lose every write not yet folded back.
    @Test func nothingIsEverWrittenOverTheDatabasesOwnFiles() throws {
        defer { rapport.remove() }
        try rapport.run(["demo"], environment: at)
        let linkedFolder = rapport.folder.path + "-link"
        symlink(rapport.folder.path, linkedFolder)
        defer { unlink(linkedFolder) }
        let name = URL(fileURLWithPath: rapport.database).lastPathComponent
        let before = try rapport.run(["export", "--format", "json"], environment: at).stdout
        let database = try Data(contentsOf: URL(fileURLWithPath: rapport.database))
        for target in [rapport.database, "\(rapport.folder.path)/./\(name)-wal", "\(linkedFolder)/\(name)-shm", "\(linkedFolder)/\(name)"] {
            var writes = ["json", "csv", "vcard", "markdown", "ics"].map { ["export", "--format", $0, "--output", target, "--force"] }
            writes.append(["backup", target])
            for command in writes {
                let refused = try rapport.run(command, environment: at)
                #expect(refused.status == 1, "\(command)")
                #expect(refused.stderr == "Error: \(target) is the Rapport database, or one of its files; nothing was written (choose another name)\n", "\(command)")
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: rapport.database)) == database)
        #expect(try rapport.run(["export", "--format", "json"], environment: at).stdout == before)
        #expect(try leftovers(rapport.folder).isEmpty)
    }

    /// A backup killed at any moment leaves nothing at its path, or a whole copy: never an
    /// empty or half-written file that a later read would take for a database.
    @Test func aBackupKilledHalfWayLeavesNothingAtItsPath() throws {
        defer { rapport.remove() }
        try rapport.run(["demo"], environment: at)
        var whole = 0, none = 0
        for round in 0..<40 {
            let target = rapport.folder.appendingPathComponent("backup-\(round).sqlite").path
            let process = Process()
            process.executableURL = RapportBinary.executable
            process.arguments = ["backup", "--db", rapport.database, target]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(round % 20) * 1_000)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if FileManager.default.fileExists(atPath: target) {
                let list = try rapport.run(["list", "--db", target, "--json"], environment: at, useDatabase: false)
                #expect(list.status == 0, "a copy at the path is a whole database: \(list.stderr)")
                whole += 1
            } else {
                none += 1
            }
        }
        #expect(whole + none == 40)
    }

    /// Temporary files an interrupted write would leave.
    private func leftovers(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".rapport-") }
    }
}
