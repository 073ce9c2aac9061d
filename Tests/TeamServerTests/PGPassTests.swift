import Foundation
import TeamServer
import TeamStore
import Testing

/// `~/.pgpass` holds the user's other passwords: joining a team adds one line and keeps every
/// byte that was there.
@Suite struct PGPassTests {
    let folder: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)").path
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }()

    @Test func aLineIsAddedOnceAndWhatWasThereStaysByteForByte() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/pgpass"
        // Latin-1, not UTF-8, and no newline at the end.
        let before = Data("db.example:5432:*:me:caf".utf8) + Data([0xE9])
        try before.write(to: URL(fileURLWithPath: path))
        try PGPass.add("localhost:5432:team:rapport_ana:secret", to: path)
        try PGPass.add("localhost:5432:team:rapport_ana:secret", to: path)
        let after = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(after == before + Data("\nlocalhost:5432:team:rapport_ana:secret\n".utf8))
        let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func aLinkIsRefusedAndWhatItPointsAtIsLeftAlone() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let target = folder + "/real", link = folder + "/pgpass"
        try Data("other:5432:*:me:pw\n".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        #expect(throws: (any Error).self) { try PGPass.add("localhost:5432:team:rapport_ana:secret", to: link) }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "other:5432:*:me:pw\n")
    }

    /// A pipe there is refused before it is read: the read would never end.
    @Test func aPipeIsRefusedUnread() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pipe = folder + "/pgpass"
        #expect(mkfifo(pipe, 0o600) == 0)
        #expect(throws: (any Error).self) { try PGPass.add("localhost:5432:team:rapport_ana:secret", to: pipe) }
        var info = stat()
        #expect(lstat(pipe, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func anInvitationWhoseFieldsHoldAControlIsRefused() throws {
        let good = TeamInvitation(team: "core", role: "rapport_ana", password: "pw", database: "team", host: "localhost", port: "5432")
        #expect(try TeamInvitation(joinString: good.joinString) == good)
        for field in [\TeamInvitation.host, \.password, \.role, \.team] {
            var bad = good
            bad[keyPath: field] += "\nevil:5432:*:*:pw"
            #expect(throws: (any Error).self) { try TeamInvitation(joinString: bad.joinString) }
        }
    }
}
