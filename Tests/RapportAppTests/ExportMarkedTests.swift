import Foundation
import PeerNetwork
import PeerStore
import Testing
@testable import RapportApp

@Suite struct ExportMarkedTests {
    @Test func theMarkedAreExportedToANewPrivateFileNeverOverwritingOne() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-x-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try AppDatabase(path: folder.appendingPathComponent("db.sqlite").path)
        let now = Date(timeIntervalSince1970: 1_795_532_400)
        let ann = try database.addColleague(Colleague(name: "Ann Berg", team: "Legal"), at: now).id!
        let ben = try database.addColleague(Colleague(name: "Ben Adler"), at: now).id!
        _ = try database.addColleague(Colleague(name: "Cy Moss"), at: now)
        let data = StoreDataSource(database: database)
        data.exportFolder = folder.path
        let first = try data.exportVCard([ann, ben], now: now)
        let second = try data.exportVCard([ann], now: now)
        #expect(first.hasSuffix("/rapport-2026-11-24.vcf") && second.hasSuffix("/rapport-2026-11-24-2.vcf"))
        let text = try String(contentsOfFile: first, encoding: .utf8)
        #expect(text.contains("FN:Ann Berg") && text.contains("FN:Ben Adler") && !text.contains("Cy Moss"))
        #expect(try FileManager.default.attributesOfItem(atPath: first)[.posixPermissions] as? Int == 0o600)
    }
}
