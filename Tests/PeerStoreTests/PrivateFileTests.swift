import Foundation
import Testing
@testable import PeerStore

@Suite struct PrivateFileTests {
    /// Whatever writes a file, through whichever path: none lands on a file of a database this
    /// process opened, and the database's writes are all still there.
    @Test func noWriteLandsOnAnOpenDatabasesFiles() throws {
        let temporary = TemporaryDatabase()
        let database = try temporary.open()
        try database.declareDepartment("Finance")
        let name = URL(fileURLWithPath: temporary.path).lastPathComponent
        let aliases = ["", "-wal", "-shm", "-journal"].flatMap { suffix in
            [temporary.path + suffix, "\(temporary.folder.path)/./\(name)\(suffix)", "\(temporary.folder.path)/../\(temporary.folder.lastPathComponent)/\(name)\(suffix)"]
        }
        for path in aliases {
            for existing in [PrivateFile.Existing.replace, .refuse(hint: "choose another name")] {
                #expect(throws: StoreError.self, "\(path)") { try PrivateFile.write(to: path, existing: existing) { try $0.write(contentsOf: Data("x".utf8)) } }
            }
            #expect(throws: StoreError.self, "\(path)") { try database.backup(to: path) }
        }
        #expect(try database.declaredDepartments() == ["Finance"])
        // A file beside them is written as usual.
        try PrivateFile.write(to: temporary.path + "-export", existing: .refuse(hint: "")) { try $0.write(contentsOf: Data("x".utf8)) }
        #expect(try String(contentsOfFile: temporary.path + "-export", encoding: .utf8) == "x")
    }

    /// A made-up name already taken (by a file or a link) gets -2, -3… before its extension.
    @Test func aTakenNameGetsANumber() throws {
        let temporary = TemporaryDatabase()
        let folder = temporary.folder.appendingPathComponent("a.b").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(PrivateFile.unusedName(folder + "/x.vcf") == folder + "/x.vcf")
        #expect(FileManager.default.createFile(atPath: folder + "/x.vcf", contents: nil))
        try FileManager.default.createSymbolicLink(atPath: folder + "/x-2.vcf", withDestinationPath: "/nonexistent")
        #expect(PrivateFile.unusedName(folder + "/x.vcf") == folder + "/x-3.vcf")
        #expect(FileManager.default.createFile(atPath: folder + "/plain", contents: nil))
        #expect(PrivateFile.unusedName(folder + "/plain") == folder + "/plain-2", "the folder's dot is not an extension")
    }

    /// Making a file private again keeps the locks this process holds on it: closing any other
    /// descriptor of the file would drop them, and with them SQLite's.
    @Test func tighteningKeepsThisProcesssLocks() throws {
        let temporary = TemporaryDatabase()
        let path = temporary.path
        try FileManager.default.createDirectory(at: temporary.folder, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: path, contents: Data("x".utf8)))
        chmod(path, 0o644)
        let held = open(path, O_RDWR)
        defer { close(held) }
        var lock = flock(l_type: Int16(F_WRLCK), l_whence: Int16(SEEK_SET), l_start: 0, l_len: 0, l_pid: 0)
        #expect(fcntl(held, F_SETLK, &lock) == 0)
        #expect(PrivateFile.tighten(path))
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
        // An open file description's lock conflicts with the process's lock while it is held.
        let probe = open(path, O_RDWR)
        defer { close(probe) }
        var asked = flock(l_type: Int16(F_WRLCK), l_whence: Int16(SEEK_SET), l_start: 0, l_len: 0, l_pid: 0)
        // F_OFD_GETLK, left out of Glibc's Swift module: Linux's generic value.
        #expect(fcntl(probe, 36, &asked) == 0)
        #expect(asked.l_type == Int16(F_WRLCK), "the process's lock is still held")
    }
}
