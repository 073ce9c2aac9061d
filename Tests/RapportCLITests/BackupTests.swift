import Foundation
import Testing

/// `rapport backup`: a consistent, private copy, even while another program is writing.
@Suite struct BackupTests {
    let rapport = RapportBinary()
    let at = ["RAPPORT_NOW": "2026-11-24T12:00:00Z", "TZ": "UTC"]

    @Test func aBackupIsAPrivateCopyThatOpensAsTheSameNetwork() throws {
        defer { rapport.remove() }
        try rapport.run(["demo"], environment: at)
        let result = try rapport.run(["backup"], environment: at)
        #expect(result.status == 0)
        let copy = rapport.folder.appendingPathComponent("rapport-backup-2026-11-24T120000.sqlite").path
        #expect(result.stdout == "Backed up 26 colleagues and 140 interactions to \(copy)\n")
        let one = RapportBinary()
        defer { one.remove() }
        try one.run(["add", "Dana Whitfield"])
        let single = one.folder.appendingPathComponent("one.sqlite").path
        #expect(try one.run(["backup", single]).stdout == "Backed up 1 colleague and 0 interactions to \(single)\n")
        #expect(try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int == 0o600)
        let original = try rapport.run(["list", "--json"], environment: at).stdout
        #expect(try rapport.run(["list", "--json", "--db", copy], environment: at, useDatabase: false).stdout == original)
    }

    /// A folder, as `cp` takes one: the copy goes into it under the default name.
    @Test func aBackupIntoAFolderGetsItsDefaultNameThere() throws {
        defer { rapport.remove() }
        try rapport.run(["demo"], environment: at)
        let folder = rapport.folder.appendingPathComponent("Backups").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        // A second in the same second goes beside the first, never over it.
        for (given, name) in [(folder, "rapport-backup-2026-11-24T120000.sqlite"), (folder + "/", "rapport-backup-2026-11-24T120000-2.sqlite")] {
            let result = try rapport.run(["backup", given], environment: at)
            #expect(result.stdout == "Backed up 26 colleagues and 140 interactions to \(folder)/\(name)\n", "\(result.stderr)")
        }
    }

    @Test func aBackupNeverOverwrites() throws {
        defer { rapport.remove() }
        try rapport.run(["demo"])
        let target = rapport.folder.appendingPathComponent("copy.sqlite").path
        #expect(try rapport.run(["backup", target]).status == 0)
        let again = try rapport.run(["backup", target])
        #expect(again.status == 1)
        #expect(again.stderr == "Error: \(target) already exists; nothing was written (choose another name: a backup never overwrites a file)\n")
    }

    @Test func aBackupWhileAnotherProgramWritesHoldsOnlyCommittedData() throws {
        defer { rapport.remove() }
        try rapport.run(["demo"])
        // Another program is in the middle of a write it has not committed.
        let writer = try WriteLockHolder(database: rapport.database, uncommittedColleague: "Uncommitted")
        defer { withExtendedLifetime(writer) {} }
        let target = rapport.folder.appendingPathComponent("during.sqlite").path
        let result = try rapport.run(["backup", target])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try rapport.run(["list", "--db", target], useDatabase: false).stdout
        #expect(names.contains("Dana Whitfield"))
        #expect(!names.contains("Uncommitted"))
    }
}
