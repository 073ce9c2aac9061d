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
}
